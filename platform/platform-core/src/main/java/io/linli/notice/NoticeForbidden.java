package io.linli.notice;

/** Not the caller's to do with notices: publishing is for staff, acknowledging for residents. */
public class NoticeForbidden extends RuntimeException {

  public NoticeForbidden(String message) {
    super(message);
  }
}
