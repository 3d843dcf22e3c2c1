package io.linli.dashboard;

/** The households of a place and the staff who serve them. */
public record Reach(long households, long agents, long stewards) {

  public static final Reach NONE = new Reach(0, 0, 0);
}
