package io.linli.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Owners filing tickets at a fixed rate the way a careful app does: each filing has its Idempotency-Key and is sent
 * again with the same key until it is acknowledged (201, or 200 for a replay) — through a dead database, a dead
 * server, a restart. Afterwards the database is asked what became of every key.
 */
final class Filers {

  /** What one acknowledged key got: the ticket id, and when. */
  record Ack(long ticket, long atNanos, int attempts) {}

  /** What the database holds for the keys: lost (acknowledged, no ticket), doubled, another id, unacknowledged. */
  record Check(int acknowledged, int lost, int duplicates, int wrongId, int unacknowledged) {
    boolean clean() {
      return lost == 0 && duplicates == 0 && wrongId == 0;
    }
  }

  private static final long RETRY_MILLIS = 250;

  private final LinliClient client;
  private final DemoPeople people;
  private final String keyPrefix;
  private final Supplier<TicketMix.Report> reports;
  private final double rate;
  private final Map<String, Ack> acks = new ConcurrentHashMap<>();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong lastFailureNanos = new AtomicLong();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean stopping;

  /**
   * @param keyPrefix every key starts with it, unique to the run and scenario
   * @param rate new filings per second, over all owners
   */
  Filers(LinliClient client, DemoPeople people, String keyPrefix, Supplier<TicketMix.Report> reports, double rate) {
    this.client = client;
    this.people = people;
    this.keyPrefix = keyPrefix;
    this.reports = reports;
    this.rate = rate;
  }

  /** Starts one filer per owner, each at its share of the rate. */
  Filers start() {
    long periodNanos = (long) (people.owners.size() * 1e9 / rate);
    for (int i = 0; i < people.owners.size(); i++) {
      DemoPeople.Owner owner = people.owners.get(i);
      int index = i;
      Thread thread = new Thread(() -> file(owner, index, periodNanos), "filer-" + i);
      thread.setDaemon(true);
      thread.start();
      threads.add(thread);
    }
    return this;
  }

  private void file(DemoPeople.Owner owner, int index, long periodNanos) {
    SplittableRandom random = new SplittableRandom(index);
    long next = System.nanoTime() + random.nextLong(periodNanos);
    for (int n = 0; !stopping; n++) {
      sleepUntil(next);
      next += periodNanos;
      String key = keyPrefix + index + "-" + n;
      TicketMix.Report report = reports.get();
      for (int attempt = 1; ; attempt++) {
        sent.incrementAndGet();
        try {
          LinliClient.Filed filed = client.fileOrReplay(owner.token, key, null, report);
          acks.put(key, new Ack(filed.id(), System.nanoTime(), attempt));
          break;
        } catch (Exception e) {
          failed.incrementAndGet();
          lastFailureNanos.set(System.nanoTime());
          if (e instanceof LinliClient.UnexpectedStatus status && status.status == 401) {
            renew(owner);
          }
          sleepUntil(System.nanoTime() + Duration.ofMillis(RETRY_MILLIS).toNanos());
        }
      }
    }
  }

  private void renew(DemoPeople.Owner owner) {
    try {
      people.signIn(owner);
    } catch (Exception stillDown) {
      // the next attempt tries again
    }
  }

  /** Stops filing new tickets and waits until every filing under way is acknowledged. */
  void stop() throws InterruptedException {
    stopping = true;
    for (Thread thread : threads) {
      thread.join(Duration.ofMinutes(3).toMillis());
    }
  }

  long sent() {
    return sent.get();
  }

  long failed() {
    return failed.get();
  }

  long lastFailureNanos() {
    return lastFailureNanos.get();
  }

  Map<String, Ack> acks() {
    return acks;
  }

  /** @return the first acknowledgement at or after {@code nanos}, in seconds after it; NaN if none */
  double firstAckAfter(long nanos) {
    return acks.values().stream().mapToLong(Ack::atNanos).filter(t -> t >= nanos).min()
        .stream().mapToDouble(t -> (t - nanos) / 1e9).findFirst().orElse(Double.NaN);
  }

  /** @return the longest time between two acknowledgements, in seconds: the outage as owners saw it */
  double longestSilence() {
    long[] times = acks.values().stream().mapToLong(Ack::atNanos).sorted().toArray();
    long longest = 0;
    for (int i = 1; i < times.length; i++) {
      longest = Math.max(longest, times[i] - times[i - 1]);
    }
    return longest / 1e9;
  }

  /** Asks the database for every ticket of this run's keys and compares with what the clients were told. */
  Check check(Database database) throws Exception {
    Map<String, long[]> stored = new ConcurrentHashMap<>();
    try (Connection connection = database.open();
        PreparedStatement select = connection.prepareStatement("SELECT idempotency_key, COUNT(*), MIN(id)"
            + " FROM ticket WHERE tenant_id = ? AND idempotency_key LIKE ? GROUP BY idempotency_key")) {
      select.setString(1, DemoPeople.TENANT);
      select.setString(2, keyPrefix + "%");
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          stored.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3)});
        }
      }
    }
    int lost = 0;
    int duplicates = 0;
    int wrongId = 0;
    for (var ack : acks.entrySet()) {
      long[] row = stored.get(ack.getKey());
      if (row == null) {
        lost++;
      } else if (row[0] > 1) {
        duplicates++;
      } else if (row[1] != ack.getValue().ticket()) {
        wrongId++;
      }
    }
    int unacknowledged = (int) stored.keySet().stream().filter(key -> !acks.containsKey(key)).count();
    return new Check(acks.size(), lost, duplicates, wrongId, unacknowledged);
  }

  private static void sleepUntil(long nanos) {
    long left = nanos - System.nanoTime();
    if (left > 0) {
      try {
        Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
