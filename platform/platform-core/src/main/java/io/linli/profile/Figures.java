package io.linli.profile;

import java.time.Instant;
import java.util.List;

/**
 * What the rules look at for one household.
 *
 * @param repairs repair tickets filed within the repair window
 * @param ratings the latest ratings (1–5), newest first, at most as many as the thresholds count
 * @param repeatComplaints tickets flagged as a repeat complaint within the complaint window
 * @param staleTickets tickets still open longer than the thresholds allow
 * @param lastActivity the latest request, contact, vote or notice read or acknowledged; null if none
 * @param watchedSince since when the platform could have seen activity (the company's start on Linli)
 */
public record Figures(int repairs, List<Integer> ratings, int repeatComplaints, int staleTickets,
    Instant lastActivity, Instant watchedSince) {

  public Figures {
    ratings = List.copyOf(ratings);
  }
}
