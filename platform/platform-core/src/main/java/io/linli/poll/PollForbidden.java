package io.linli.poll;

/** Not the caller's to do with polls: creating is for admins, directors and project managers, voting for owners. */
public class PollForbidden extends RuntimeException {

  public PollForbidden(String message) {
    super(message);
  }
}
