package io.linli.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Suite 3, load held: owners and staff of the demo company at a fixed rate (an open loop: requests start on a
 * schedule whether or not earlier ones have answered, and a request's latency counts from when it was due, so a
 * server falling behind shows in p99 instead of slowing the load down). Owners file tickets, follow their tickets
 * and read notices; the agent reads the queue, opens tickets and replies on them.
 */
final class HeldLoad {

  /** A kind of request and its share of the traffic. */
  private enum Kind {
    OWNER_FILES(10), OWNER_LISTS_TICKETS(15), OWNER_OPENS_TICKET(15), OWNER_READS_NOTICES(15),
    STAFF_READS_QUEUE(20), STAFF_OPENS_TICKET(15), STAFF_REPLIES(10);

    final int weight;

    Kind(int weight) {
      this.weight = weight;
    }
  }

  /** What one kind did in the measured period. */
  record Row(String kind, long requests, long errors, double p50, double p99) {}

  /** The measured period: rows per kind, and the whole. */
  record Outcome(List<Row> rows, long requests, long errors, double seconds, double p50, double p99,
      String firstError) {}

  private final LinliClient client;
  private final DemoPeople people;
  private final String run;
  /** Tickets filed so far, per owner, that owners follow and staff act on. */
  private final List<List<Long>> ticketsOf = new ArrayList<>();
  private final List<Long> allTickets = new ArrayList<>();

  HeldLoad(LinliClient client, DemoPeople people, String run) {
    this.client = client;
    this.people = people;
    this.run = run;
  }

  /** Gives every owner a ticket to follow and the project notices to read. */
  void prepare(int notices) throws Exception {
    for (int n = 0; n < notices; n++) {
      client.send(people.agentToken, "POST", "/api/notices",
          "{\"title\":" + LinliClient.json("停水通知 " + run + "-" + n)
          + ",\"body\":\"<p>本周四 9:00–12:00 二次供水设施清洗，期间暂停供水，请提前储水。</p>\","
          + "\"severity\":\"NORMAL\",\"projectId\":" + people.project + "}");
    }
    SplittableRandom random = new SplittableRandom(7);
    for (DemoPeople.Owner owner : people.owners) {
      ticketsOf.add(new ArrayList<>());
      file(owner, ticketsOf.size() - 1, random);
    }
  }

  Outcome run(double rate, Duration warmup, Duration measured, int threads) throws InterruptedException {
    Map<Kind, Latencies> latencies = new LinkedHashMap<>();
    Map<Kind, AtomicLong> errors = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      latencies.put(kind, new Latencies());
      errors.put(kind, new AtomicLong());
    }
    AtomicReference<String> firstError = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    SplittableRandom schedule = new SplittableRandom(42);
    long start = System.nanoTime();
    long measureFrom = start + warmup.toNanos();
    long end = measureFrom + measured.toNanos();
    long periodNanos = (long) (1e9 / rate);
    for (long due = start; due < end; due += periodNanos) {
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      Kind kind = pick(schedule);
      long seed = schedule.nextLong();
      long dueAt = due;
      pool.execute(() -> {
        boolean measuredOne = dueAt >= measureFrom;
        try {
          perform(kind, new SplittableRandom(seed));
          if (measuredOne) {
            Latencies mine = latencies.get(kind);
            synchronized (mine) {
              mine.record(System.nanoTime() - dueAt);
            }
          }
        } catch (Exception e) {
          if (measuredOne) {
            errors.get(kind).incrementAndGet();
          }
          firstError.compareAndSet(null, kind + ": " + e);
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(2, TimeUnit.MINUTES);
    List<Row> rows = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      Latencies merged = Latencies.merge(List.of(latencies.get(kind)));
      rows.add(new Row(kind.name().toLowerCase().replace('_', ' '), merged.count() + errors.get(kind).get(),
          errors.get(kind).get(), merged.percentileMillis(0.5), merged.percentileMillis(0.99)));
    }
    Latencies all = Latencies.merge(latencies.values());
    long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
    return new Outcome(rows, all.count() + errorCount, errorCount, measured.toNanos() / 1e9,
        all.percentileMillis(0.5), all.percentileMillis(0.99), firstError.get());
  }

  private void perform(Kind kind, SplittableRandom random) throws Exception {
    int o = random.nextInt(people.owners.size());
    DemoPeople.Owner owner = people.owners.get(o);
    switch (kind) {
      case OWNER_FILES -> file(owner, o, random);
      case OWNER_LISTS_TICKETS -> client.get(owner.token, "/api/tickets?limit=20");
      case OWNER_OPENS_TICKET -> client.get(owner.token, "/api/tickets/" + anyOf(ticketsOf.get(o), random));
      case OWNER_READS_NOTICES -> client.get(owner.token, "/api/notices");
      case STAFF_READS_QUEUE ->
          client.queue(people.agentToken, random.nextBoolean() ? "limit=50" : "limit=50&open=true");
      case STAFF_OPENS_TICKET -> client.get(people.agentToken, "/api/tickets/" + anyOf(allTickets, random));
      case STAFF_REPLIES -> client.send(people.agentToken, "POST",
          "/api/tickets/" + anyOf(allTickets, random) + "/actions",
          "{\"action\":\"COMMENT\",\"text\":\"您好，已安排维修师傅今天下午上门查看。\"}");
    }
  }

  private void file(DemoPeople.Owner owner, int index, SplittableRandom random) throws Exception {
    LinliClient.Filed filed = client.fileOrReplay(owner.token, "held-" + run + "-" + index + "-" + random.nextLong(),
        null, Reliability.ownerReport(random));
    List<Long> mine = ticketsOf.get(index);
    synchronized (mine) {
      mine.add(filed.id());
    }
    synchronized (allTickets) {
      allTickets.add(filed.id());
    }
  }

  private static long anyOf(List<Long> ids, SplittableRandom random) {
    synchronized (ids) {
      return ids.get(random.nextInt(ids.size()));
    }
  }

  private static Kind pick(SplittableRandom random) {
    int total = 0;
    for (Kind kind : Kind.values()) {
      total += kind.weight;
    }
    int r = random.nextInt(total);
    for (Kind kind : Kind.values()) {
      r -= kind.weight;
      if (r < 0) {
        return kind;
      }
    }
    throw new AssertionError();
  }

  static void report(BenchReport report, Outcome outcome, double rate) {
    List<List<String>> rows = new ArrayList<>();
    for (Row row : outcome.rows()) {
      rows.add(List.of(row.kind(), String.format("%,d", row.requests()), BenchReport.number(row.requests()
          / outcome.seconds(), 1), BenchReport.number(row.p50(), 1), BenchReport.number(row.p99(), 1),
          String.valueOf(row.errors())));
    }
    rows.add(List.of("all", String.format("%,d", outcome.requests()),
        BenchReport.number(outcome.requests() / outcome.seconds(), 1), BenchReport.number(outcome.p50(), 1),
        BenchReport.number(outcome.p99(), 1), String.valueOf(outcome.errors())));
    report.table(List.of("request (rate " + BenchReport.number(rate, 0) + "/s)", "requests", "per s", "p50 ms",
        "p99 ms", "errors"), rows);
    if (outcome.firstError() != null) {
      report.line("first error: " + outcome.firstError());
    }
  }
}
