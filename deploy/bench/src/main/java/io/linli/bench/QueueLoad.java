package io.linli.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff reading their queue ({@code GET /api/tickets}) on a big tenant, as the console does: the first page, the
 * open tickets only, and a page deep in the past through the cursor. {@code GET /api/status} at the same concurrency
 * is the reference: what any request costs before it touches a ticket.
 */
final class QueueLoad {

  private final LinliClient client;
  private final BenchOptions options;

  QueueLoad(LinliClient client, BenchOptions options) {
    this.client = client;
    this.options = options;
  }

  /**
   * @param token a staff member's bearer token
   * @param deepCursor a ticket id about half-way back in the staff member's tickets, for the deep page
   */
  List<LoadRun.Result> run(String token, long deepCursor) throws InterruptedException {
    Duration warmup = Duration.ofSeconds(Math.min(options.warmupSeconds(), 3));
    Duration measured = Duration.ofSeconds(Math.max(5, options.seconds() / 2));
    List<LoadRun.Result> results = new ArrayList<>();
    results.add(LoadRun.run("GET /api/status (reference)", options.queueClients(), warmup, measured,
        worker -> client::status));
    for (String[] variant : new String[][] {
        {"queue: first page", "limit=20"},
        {"queue: open only (RECEIVED)", "limit=20&status=RECEIVED"},
        {"queue: repair, IN_PROGRESS", "limit=20&category=repair&status=IN_PROGRESS"},
        {"queue: deep page (cursor)", "limit=20&before=" + deepCursor}}) {
      results.add(LoadRun.run(variant[0], options.queueClients(), warmup, measured,
          worker -> () -> client.queue(token, variant[1])));
    }
    return results;
  }
}
