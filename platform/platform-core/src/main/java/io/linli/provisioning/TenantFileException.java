package io.linli.provisioning;

/** A tenant definition file is malformed: says which file, line and field, and what is wrong. */
public class TenantFileException extends RuntimeException {

  private final String file;
  private final int line;
  private final String field;

  public TenantFileException(String file, int line, String field, String problem) {
    super(file + ":" + line + ": " + field + ": " + problem);
    this.file = file;
    this.line = line;
    this.field = field;
  }

  public String file() {
    return file;
  }

  /** @return the 1-based line number */
  public int line() {
    return line;
  }

  /** @return the field's path in the file, such as {@code regions[0].projects[1].code} */
  public String field() {
    return field;
  }
}
