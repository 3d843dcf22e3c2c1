package io.linli.alert;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one project did on one day of the company's calendar.
 *
 * @param responses tickets answered that day (their response clock stopped)
 * @param responseSeconds the time those answers took in total, pauses left out
 * @param complaints complaints filed that day
 * @param ratings ratings given that day
 * @param badRatings of those, ratings of 1 or 2
 * @param receiptsDue households asked to acknowledge the critical notices published that day
 * @param receiptsAcknowledged of those, the households that acknowledged (so far)
 * @param slaBreaches clocks of the project's tickets that ran out that day
 */
public record DayFigures(LocalDate day, int responses, long responseSeconds, int complaints, int ratings,
    int badRatings, int receiptsDue, int receiptsAcknowledged, int slaBreaches) {

  public DayFigures {
    Objects.requireNonNull(day, "day");
  }

  public static DayFigures empty(LocalDate day) {
    return new DayFigures(day, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** @return the average response in hours; empty on a day nothing was answered */
  public OptionalDouble averageResponseHours() {
    return responses == 0 ? OptionalDouble.empty() : OptionalDouble.of(responseSeconds / 3600.0 / responses);
  }

  DayFigures plusResponse(long seconds) {
    return new DayFigures(day, responses + 1, responseSeconds + seconds, complaints, ratings, badRatings,
        receiptsDue, receiptsAcknowledged, slaBreaches);
  }

  DayFigures plusComplaint() {
    return new DayFigures(day, responses, responseSeconds, complaints + 1, ratings, badRatings, receiptsDue,
        receiptsAcknowledged, slaBreaches);
  }

  DayFigures plusRating(int rating) {
    return new DayFigures(day, responses, responseSeconds, complaints, ratings + 1,
        badRatings + (rating <= AlertRule.BAD_RATING ? 1 : 0), receiptsDue, receiptsAcknowledged, slaBreaches);
  }

  DayFigures plusReceipts(int due, int acknowledged) {
    return new DayFigures(day, responses, responseSeconds, complaints, ratings, badRatings, receiptsDue + due,
        receiptsAcknowledged + acknowledged, slaBreaches);
  }

  DayFigures plusBreach() {
    return new DayFigures(day, responses, responseSeconds, complaints, ratings, badRatings, receiptsDue,
        receiptsAcknowledged, slaBreaches + 1);
  }
}
