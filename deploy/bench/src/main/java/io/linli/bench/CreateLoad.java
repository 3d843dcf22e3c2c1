package io.linli.bench;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Ticket creation at a number of concurrent connections: first the raw JDBC reference, then the same filings through
 * {@code POST /api/tickets}, for the same time on the same database, so that their ratio says what the application
 * costs on top of the rows it writes.
 */
final class CreateLoad {

  record Outcome(LoadRun.Result raw, LoadRun.Result rest) {

    double ratio() {
      return rest.perSecond() / raw.perSecond();
    }
  }

  private final Database database;
  private final LinliClient client;
  private final BenchOptions options;

  CreateLoad(Database database, LinliClient client, BenchOptions options) {
    this.database = database;
    this.client = client;
    this.options = options;
  }

  /**
   * @param households those the agent may file for
   * @param token the agent's bearer token, shared by every REST connection
   */
  Outcome run(List<Household> households, RawTicketInsert.Agent agent, String token) throws InterruptedException {
    String run = Long.toString(System.currentTimeMillis(), 36);
    Duration warmup = Duration.ofSeconds(options.warmupSeconds());
    Duration measured = Duration.ofSeconds(options.seconds());
    LoadRun.Result raw = LoadRun.run("raw JDBC insert", options.clients(), warmup, measured,
        worker -> new RawTicketInsert(database, households, agent, "raw-" + run + "-" + worker + "-", worker));
    LoadRun.Result rest = LoadRun.run("REST create", options.clients(), warmup, measured, worker -> {
      SplittableRandom random = new SplittableRandom(1000L + worker);
      long[] count = {0};
      return () -> client.file(token, "rest-" + run + "-" + worker + "-" + count[0]++,
          households.get(random.nextInt(households.size())).id(), TicketMix.report(random));
    });
    return new Outcome(raw, rest);
  }
}
