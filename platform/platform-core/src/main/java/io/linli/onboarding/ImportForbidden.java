package io.linli.onboarding;

/** Only the company's admin imports, and sees imports. */
public class ImportForbidden extends RuntimeException {
  ImportForbidden() {
    super("only the company admin imports households and residents");
  }
}
