package io.linli.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suite 4, faults under load: owners keep filing tickets (each retried with its Idempotency-Key until acknowledged)
 * while (a) the database is killed and started again, (b) the server is killed and started again while tickets'
 * response clocks run out, (c) the SMTP server is away while notices go out by e-mail. Each scenario then asks the
 * database (and the mailbox) what became of everything that was acknowledged.
 */
final class Faults {

  /** One scenario's figures, a row of the closing table. */
  record Row(String fault, long sent, int acknowledged, int lost, int duplicates, String recovery, String more) {}

  /** The SMTP server the notifications go to: GreenMail, stopped and started again for the outage. */
  static final class Mailbox {
    private final int port;
    private final List<MimeMessage> earlier = new ArrayList<>();
    private GreenMail mail;

    Mailbox(int port) {
      this.port = port;
    }

    void start() {
      mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      mail.start();
    }

    /** Stops listening; what it received so far is kept for {@link #received}. */
    void stop() {
      earlier.addAll(List.of(mail.getReceivedMessages()));
      mail.stop();
    }

    List<MimeMessage> received() {
      List<MimeMessage> all = new ArrayList<>(earlier);
      all.addAll(List.of(mail.getReceivedMessages()));
      return all;
    }
  }

  /** Repairs: the category whose response clock the suite's tenant files give one minute (see Reliability). */
  static final Supplier<TicketMix.Report> REPAIRS = () -> new TicketMix.Report("repair", null, null, "卫生间漏水",
      "卫生间天花板渗水，请尽快安排维修。");

  private final LinliStack stack;
  private final LinliClient client;
  private final DemoPeople people;
  private final Database database;
  private final String run;
  private final double rate;
  private final Consumer<String> say;
  final List<Row> rows = new ArrayList<>();

  Faults(LinliStack stack, LinliClient client, DemoPeople people, Database database, String run, double rate,
      Consumer<String> say) {
    this.stack = stack;
    this.client = client;
    this.people = people;
    this.database = database;
    this.run = run;
    this.rate = rate;
    this.say = say;
  }

  /** (a) kill -9 of MariaDB in the middle of the load, down for {@code down}, started again on the same data. */
  void database(Duration before, Duration down, Duration after) throws Exception {
    say.accept(String.format("(a) database: filing %.0f tickets/s; kill -9 of MariaDB after %d s, down %d s",
        rate, before.toSeconds(), down.toSeconds()));
    SplittableRandom random = new SplittableRandom(1);
    Filers filers = new Filers(client, people, "faults-" + run + "-db-",
        () -> Reliability.ownerReport(random), rate).start();
    Thread.sleep(before.toMillis());
    stack.killDatabase();
    say.accept("MariaDB killed");
    Thread.sleep(down.toMillis());
    long restarting = System.nanoTime();
    AtomicLong accepting = new AtomicLong();
    Thread probe = new Thread(() -> accepting.set(firstConnection()), "database-probe");
    probe.start();
    stack.startDatabase();
    probe.join();
    long back = accepting.get();
    say.accept(String.format("MariaDB accepts connections again %.1f s after it was started (crash recovery)",
        (back - restarting) / 1e9));
    Thread.sleep(after.toMillis());
    filers.stop();
    Filers.Check check = filers.check(database);
    double recovery = filers.firstAckAfter(back);
    double settled = Math.max(0, (filers.lastFailureNanos() - back) / 1e9);
    say.accept(String.format("first ticket acknowledged %.1f s after the database returned; last failed attempt"
        + " %.1f s after; the longest wait for an acknowledgement %.1f s", recovery, settled,
        filers.longestSilence()));
    rows.add(new Row("(a) kill -9 MariaDB, " + down.toSeconds() + " s down", filers.sent(), check.acknowledged(),
        check.lost(), check.duplicates() + check.wrongId(), String.format("%.1f s", recovery),
        String.format("no acknowledgement for %.1f s; %,d attempts failed and retried, the last %.1f s after the"
            + " database returned; %d filed but not acknowledged", filers.longestSilence(), filers.failed(), settled,
            check.unacknowledged())));
  }

  /**
   * (b) kill -9 of Payara in the middle of the load, started again at once; tickets whose response clock (one
   * minute) runs out while it is down must be escalated after the restart, each level once.
   */
  void server(Duration before, Duration after) throws Exception {
    say.accept(String.format("(b) server: filing %.0f repairs/s (response clock 1 min, 1 min a level);"
        + " kill -9 of Payara after %d s", rate, before.toSeconds()));
    String prefix = "faults-" + run + "-server-";
    Filers filers = new Filers(client, people, prefix, REPAIRS, rate).start();
    Thread.sleep(before.toMillis());
    Instant killedAt = Instant.now();
    stack.killServer();
    say.accept("Payara killed; starting it again");
    Duration restart = stack.startServer();
    Instant readyAt = Instant.now();
    long ready = System.nanoTime();
    say.accept(String.format("Payara answers again after %.1f s", restart.toMillis() / 1e3));
    Thread.sleep(after.toMillis());
    filers.stop();
    Filers.Check check = filers.check(database);
    double recovery = filers.firstAckAfter(ready);

    // the last tickets' clocks: breached a minute after filing, the next level a minute later
    Instant allDue = Instant.now().plusSeconds(60 + 60 + 15);
    say.accept("waiting for every ticket's escalations (until " + allDue + ")");
    Escalations escalations;
    do {
      Thread.sleep(5000);
      escalations = escalations(prefix, killedAt, readyAt);
    } while (escalations.complete() < escalations.tickets() && Instant.now().isBefore(allDue));
    Thread.sleep(5000); // a doubled escalation would come on a later scan
    escalations = escalations(prefix, killedAt, readyAt);
    say.accept(escalations.toString());
    rows.add(new Row("(b) kill -9 Payara, restarted", filers.sent(), check.acknowledged(), check.lost(),
        check.duplicates() + check.wrongId(), String.format("%.0f s restart", restart.toMillis() / 1e3),
        String.format("no acknowledgement for %.1f s; %d clocks ran out while down; escalations: %d tickets x 2"
                + " levels, %d skipped, %d doubled; warnings %d skipped, %d doubled, %d not sent as the clock had run"
                + " out by the restart (escalated instead); first ticket %.1f s after ready",
            filers.longestSilence(), escalations.dueWhileDown(),
            escalations.tickets(), escalations.skipped(), escalations.doubled(), escalations.warningsSkipped(),
            escalations.warningsDoubled(), escalations.warningsSuperseded(), recovery)));
  }

  /** @return when a connection to the database first succeeds, polling every 50 ms */
  private long firstConnection() {
    while (true) {
      try (Connection connection = database.open()) {
        return System.nanoTime();
      } catch (Exception notYet) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return System.nanoTime();
        }
      }
    }
  }

  /** Per ticket of the scenario: its response clock's warning and escalations, counted from the timeline. */
  record Escalations(int tickets, int complete, int dueWhileDown, int skipped, int doubled, int warningsSkipped,
      int warningsSuperseded, int warningsDoubled) {}

  private Escalations escalations(String prefix, Instant killedAt, Instant readyAt) throws Exception {
    String count = "(SELECT COUNT(*) FROM ticket_event e WHERE e.tenant_id = t.tenant_id AND e.ticket_id = t.id"
        + " AND e.action = ? AND e.text LIKE ?)";
    int tickets = 0;
    int complete = 0;
    int dueWhileDown = 0;
    int skipped = 0;
    int doubled = 0;
    int warningsSkipped = 0;
    int warningsSuperseded = 0;
    int warningsDoubled = 0;
    try (Connection connection = database.open();
        PreparedStatement select = connection.prepareStatement("SELECT c.due_at, " + count + ", " + count + ", "
            + count + " FROM ticket t JOIN ticket_clock c ON c.tenant_id = t.tenant_id AND c.ticket_id = t.id"
            + " AND c.kind = 'RESPONSE' WHERE t.tenant_id = ? AND t.idempotency_key LIKE ?")) {
      select.setString(1, "WARN");
      select.setString(2, "RESPONSE");
      select.setString(3, "ESCALATE");
      select.setString(4, "RESPONSE %PROJECT_MANAGER");
      select.setString(5, "ESCALATE");
      select.setString(6, "RESPONSE %REGIONAL_DIRECTOR");
      select.setString(7, DemoPeople.TENANT);
      select.setString(8, prefix + "%");
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          tickets++;
          Instant due = rows.getTimestamp(1).toInstant();
          if (!due.isBefore(killedAt) && due.isBefore(readyAt)) {
            dueWhileDown++;
          }
          int warned = rows.getInt(2);
          int manager = rows.getInt(3);
          int director = rows.getInt(4);
          if (manager >= 1 && director >= 1) {
            complete++;
          }
          skipped += (manager == 0 ? 1 : 0) + (director == 0 ? 1 : 0);
          doubled += Math.max(0, manager - 1) + Math.max(0, director - 1);
          // a clock that ran out before the server was back is escalated at once: its warning comes too late
          if (warned == 0 && due.isBefore(readyAt)) {
            warningsSuperseded++;
          } else if (warned == 0) {
            warningsSkipped++;
          }
          warningsDoubled += Math.max(0, warned - 1);
        }
      }
    }
    return new Escalations(tickets, complete, dueWhileDown, skipped, doubled, warningsSkipped, warningsSuperseded,
        warningsDoubled);
  }

  /**
   * (c) the SMTP server away for {@code outage} while notices go out by e-mail to owners who asked for it and
   * repairs filed a minute before are escalated (each escalation e-mails the new level); every message is to arrive
   * once after it returns.
   */
  void mail(Mailbox mailbox, Duration outage, int notices) throws Exception {
    say.accept(String.format("(c) SMTP: %d owners want e-mail; filing %.0f repairs/s, whose clocks run out a minute"
            + " later; after a minute the SMTP server goes away for %d s while %d notices go out",
        people.owners.size(), rate, outage.toSeconds(), notices));
    List<Long> households = new ArrayList<>();
    for (DemoPeople.Owner owner : people.owners) {
      client.send(owner.token, "PUT", "/api/me/preferences", "{\"channels\":[\"EMAIL\"],\"email\":"
          + LinliClient.json(address(owner)) + ",\"quietStart\":null,\"quietEnd\":null,\"language\":\"zh-CN\"}");
      households.add(owner.household);
    }
    String prefix = "faults-" + run + "-mail-";
    Filers filers = new Filers(client, people, prefix, REPAIRS, rate).start();
    Thread.sleep(Duration.ofMinutes(1).toMillis());
    mailbox.stop();
    long down = System.nanoTime();
    say.accept("SMTP server stopped");
    List<Long> ids = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (int n = 0; n < notices; n++) {
      String title = "电梯维保通知 " + run + "-" + n;
      String json = client.send(people.agentToken, "POST", "/api/notices", "{\"title\":" + LinliClient.json(title)
          + ",\"body\":\"<p>3 号楼电梯今日 14:00–16:00 维保，请走楼梯或使用 2 号楼电梯。</p>\","
          + "\"severity\":\"IMPORTANT\",\"emergency\":true,\"channels\":[\"EMAIL\"],\"householdIds\":"
          + households + "}");
      ids.add(LinliClient.id(json));
      titles.add(title);
      Thread.sleep(outage.toMillis() / notices);
    }
    mailbox.start();
    Instant back = Instant.now();
    say.accept(String.format("SMTP server back after %.0f s", (System.nanoTime() - down) / 1e9));
    filers.stop();
    Filers.Check check = filers.check(database);

    // the last repairs' second escalation comes two minutes after they were filed; then every e-mail is to go out
    Instant giveUp = Instant.now().plusSeconds(60 + 60 + 15).plus(outage);
    say.accept("waiting for the escalations and for every e-mail to go out (at most until " + giveUp + ")");
    Deliveries deliveries;
    Escalations escalations;
    do {
      Thread.sleep(3000);
      deliveries = deliveries(ids);
      escalations = escalations(prefix, Instant.EPOCH, Instant.EPOCH);
    } while ((deliveries.pending() > 0 || escalations.complete() < escalations.tickets())
        && Instant.now().isBefore(giveUp));

    Map<String, Integer> perRecipientAndNotice = new HashMap<>();
    Map<String, Integer> perRecipientAndEscalation = new HashMap<>();
    Map<Long, Integer> mailsPerTicket = new HashMap<>();
    Map<Long, Integer> escalationsPerTicket = escalationsPerTicket(prefix);
    for (MimeMessage message : mailbox.received()) {
      String subject = message.getSubject() == null ? "" : message.getSubject();
      for (Address to : message.getAllRecipients()) {
        titles.stream().filter(subject::contains)
            .forEach(title -> perRecipientAndNotice.merge(to + " " + title, 1, Integer::sum));
        Matcher ticket = ESCALATION_SUBJECT.matcher(subject);
        if (ticket.find() && escalationsPerTicket.containsKey(Long.valueOf(ticket.group(1)))) {
          perRecipientAndEscalation.merge(to + " " + subject, 1, Integer::sum);
          mailsPerTicket.merge(Long.valueOf(ticket.group(1)), 1, Integer::sum);
        }
      }
    }
    int expected = notices * people.owners.size();
    int twice = (int) perRecipientAndNotice.values().stream().filter(c -> c > 1).count();
    int missing = expected - perRecipientAndNotice.size();
    int escalated = escalationsPerTicket.values().stream().mapToInt(Integer::intValue).sum();
    int staffTwice = (int) perRecipientAndEscalation.values().stream().filter(c -> c > 1).count();
    int staffMissing = escalationsPerTicket.entrySet().stream()
        .mapToInt(e -> Math.max(0, e.getValue() - mailsPerTicket.getOrDefault(e.getKey(), 0))).sum();
    double lastAfter = deliveries.lastSent() == null ? Double.NaN
        : Duration.between(back, deliveries.lastSent()).toMillis() / 1e3;
    String owners = String.format("owners' e-mails: %d due, %d delivered, %d twice, %d missing, %d given up, %d"
            + " attempts failed and retried, the last sent %.1f s after the SMTP server returned", expected,
        perRecipientAndNotice.size(), twice, missing, deliveries.givenUp(), deliveries.failedAttempts(), lastAfter);
    String staff = String.format("staff escalation e-mails: %d escalations of %d repairs, %d e-mails, %d escalations"
        + " without one, %d twice", escalated, escalationsPerTicket.size(),
        perRecipientAndEscalation.values().stream().mapToInt(Integer::intValue).sum(), staffMissing, staffTwice);
    say.accept(owners);
    say.accept(staff);
    rows.add(new Row("(c) SMTP away " + outage.toSeconds() + " s", filers.sent(), check.acknowledged(), check.lost(),
        check.duplicates() + check.wrongId() + twice + staffTwice,
        String.format("%.0f s to the last e-mail", lastAfter), owners + "; " + staff));
  }

  /** The subject of a staff member's escalation e-mail, with the ticket's id (SlaCheck's text). */
  private static final Pattern ESCALATION_SUBJECT = Pattern.compile("工单 #(\\d+)「.*已超时升级");

  /** @return per ticket of the scenario, how many escalations its timeline shows */
  private Map<Long, Integer> escalationsPerTicket(String prefix) throws Exception {
    Map<Long, Integer> counts = new HashMap<>();
    try (Connection connection = database.open();
        PreparedStatement select = connection.prepareStatement("SELECT t.id, (SELECT COUNT(*) FROM ticket_event e"
            + " WHERE e.tenant_id = t.tenant_id AND e.ticket_id = t.id AND e.action = 'ESCALATE')"
            + " FROM ticket t WHERE t.tenant_id = ? AND t.idempotency_key LIKE ?")) {
      select.setString(1, DemoPeople.TENANT);
      select.setString(2, prefix + "%");
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getLong(1), rows.getInt(2));
        }
      }
    }
    return counts;
  }

  private static String address(DemoPeople.Owner owner) {
    return "owner-" + owner.household + "@faults.linli.test";
  }

  /** The e-mail deliveries of the notices and the staff's: still to send, given up, failed attempts, the last sent. */
  record Deliveries(int pending, int givenUp, int failedAttempts, Instant lastSent) {}

  private Deliveries deliveries(List<Long> notices) throws Exception {
    // the notices' e-mails and the staff's (escalations)
    String about = "(x.about IN (" + String.join(",", notices.stream().map(id -> "'notice:" + id + "'").toList())
        + ") OR x.about LIKE 'staff:%')";
    try (Connection connection = database.open();
        PreparedStatement select = connection.prepareStatement("SELECT SUM(x.status = 'PENDING'),"
            + " SUM(x.status = 'FAILED'), MAX(CASE WHEN x.status = 'SENT' THEN x.finished_at END),"
            + " (SELECT COUNT(*) FROM delivery_attempt a JOIN delivery x ON x.id = a.delivery_id"
            + "   WHERE x.tenant_id = ? AND x.channel = 'EMAIL' AND " + about + " AND a.outcome <> 'SENT')"
            + " FROM delivery x WHERE x.tenant_id = ? AND x.channel = 'EMAIL' AND " + about)) {
      select.setString(1, DemoPeople.TENANT);
      select.setString(2, DemoPeople.TENANT);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        Timestamp last = row.getTimestamp(3);
        return new Deliveries(row.getInt(1), row.getInt(2), row.getInt(4), last == null ? null : last.toInstant());
      }
    }
  }

  static void report(BenchReport report, List<Row> rows) {
    List<List<String>> table = new ArrayList<>();
    for (Row row : rows) {
      table.add(List.of(row.fault(), String.format("%,d", row.sent()), String.format("%,d", row.acknowledged()),
          String.valueOf(row.lost()), String.valueOf(row.duplicates()), row.recovery()));
    }
    report.table(List.of("fault", "requests sent", "acknowledged", "lost", "duplicates", "recovery"), table);
    for (Row row : rows) {
      report.line(row.fault() + ": " + row.more());
    }
  }
}
