package io.linli.dashboard;

/**
 * One kind of clock of a group of tickets, counted.
 *
 * @param judged clocks that have a verdict: stopped, or breached while running
 * @param onTime stopped before their deadline
 * @param stopped and {@code seconds}: the stopped ones and the time they took, pauses left out
 */
public record ClockCounts(long judged, long onTime, long stopped, long seconds) {

  public static final ClockCounts NONE = new ClockCounts(0, 0, 0, 0);

  public ClockCounts plus(ClockCounts other) {
    return new ClockCounts(judged + other.judged, onTime + other.onTime, stopped + other.stopped,
        seconds + other.seconds);
  }
}
