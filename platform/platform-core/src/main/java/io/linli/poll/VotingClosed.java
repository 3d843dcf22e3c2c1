package io.linli.poll;

/** A ballot outside the poll's voting window: before it opens or after it closes. */
public class VotingClosed extends RuntimeException {

  public VotingClosed(String message) {
    super(message);
  }
}
