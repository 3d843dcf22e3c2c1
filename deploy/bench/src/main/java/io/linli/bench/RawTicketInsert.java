package io.linli.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The reference a REST create is compared with: the rows filing writes (the ticket, its clocks, its FILE event),
 * inserted over one connection in one transaction per ticket, and nothing else — no reads, no checks, no HTTP.
 */
final class RawTicketInsert implements LoadRun.Operation {

  private final Connection connection;
  private final PreparedStatement ticket;
  private final PreparedStatement clock;
  private final PreparedStatement event;
  private final List<Household> households;
  private final Agent agent;
  private final String keyPrefix;
  private final SplittableRandom random;
  private long count;

  /** The staff member the tickets are filed by. */
  record Agent(long id, String name) {}

  RawTicketInsert(Database database, List<Household> households, Agent agent, String keyPrefix, long seed)
      throws SQLException {
    this.connection = database.open();
    connection.setAutoCommit(false);
    this.ticket = connection.prepareStatement("INSERT INTO ticket (tenant_id, household_id, building_id,"
        + " project_id, reporter_id, first_agent_id, category, priority, channel, title, description, status,"
        + " escalation_level, created_at, updated_at, idempotency_key)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', 'BUILDING_STEWARD', ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS);
    this.clock = connection.prepareStatement("INSERT INTO ticket_clock (tenant_id, ticket_id, kind, started_at,"
        + " due_at, next_check_at) VALUES (?, ?, ?, ?, ?, ?)");
    this.event = connection.prepareStatement("INSERT INTO ticket_event (tenant_id, ticket_id, at, action,"
        + " actor_kind, actor_id, actor_name, channel, status_after, text)"
        + " VALUES (?, ?, ?, 'FILE', 'STAFF', ?, ?, ?, 'RECEIVED', ?)");
    this.households = households;
    this.agent = agent;
    this.keyPrefix = keyPrefix;
    this.random = new SplittableRandom(seed);
  }

  @Override
  public void run() throws SQLException {
    Household household = households.get(random.nextInt(households.size()));
    TicketMix.Report report = TicketMix.report(random);
    Instant now = Instant.now();
    try {
      ticket.setString(1, household.tenant());
      ticket.setLong(2, household.id());
      ticket.setLong(3, household.buildingId());
      ticket.setLong(4, household.projectId());
      if (household.ownerId() == null) {
        ticket.setNull(5, Types.BIGINT);
      } else {
        ticket.setLong(5, household.ownerId());
      }
      ticket.setLong(6, agent.id());
      ticket.setString(7, report.category());
      ticket.setString(8, report.priority());
      ticket.setString(9, report.channel());
      ticket.setString(10, report.title());
      ticket.setString(11, report.description());
      ticket.setTimestamp(12, Database.at(now));
      ticket.setTimestamp(13, Database.at(now));
      ticket.setString(14, keyPrefix + count++);
      ticket.executeUpdate();
      long id;
      try (ResultSet keys = ticket.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
      for (String kind : report.clockKinds()) {
        Instant due = now.plus(Duration.ofHours(2));
        clock.setString(1, household.tenant());
        clock.setLong(2, id);
        clock.setString(3, kind);
        clock.setTimestamp(4, Database.at(now));
        clock.setTimestamp(5, Database.at(due));
        clock.setTimestamp(6, Database.at(due.minus(Duration.ofMinutes(30)))); // the 75 % warning
        clock.addBatch();
      }
      clock.executeBatch();
      event.setString(1, household.tenant());
      event.setLong(2, id);
      event.setTimestamp(3, Database.at(now));
      event.setLong(4, agent.id());
      event.setString(5, agent.name());
      event.setString(6, report.channel());
      event.setString(7, report.title());
      event.executeUpdate();
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
