package io.linli.profile;

/** The person may see the household but not do this to its profile (403). */
public class ProfileForbidden extends RuntimeException {
  public ProfileForbidden(String message) {
    super(message);
  }
}
