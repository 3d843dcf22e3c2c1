package io.linli.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo company's people the reliability suites act as: its customer-service agent of project xixi and owners of
 * xixi's households, signed in once each (sign-in is throttled and slow by design); a token is renewed when a
 * request answers 401.
 */
final class DemoPeople {

  static final String TENANT = "huayuan";
  static final String PASSWORD = "linli123";

  /** An owner: their household and bearer token. */
  static final class Owner {
    final String phone;
    final long household;
    volatile String token;

    Owner(String phone, long household) {
      this.phone = phone;
      this.household = household;
    }
  }

  private final LinliClient client;
  final long project;
  final List<Owner> owners = new ArrayList<>();
  volatile String agentToken;

  /** @param owners how many owners of xixi (one per household) to sign in */
  DemoPeople(LinliClient client, Database database, int owners) throws Exception {
    this.client = client;
    try (Connection connection = database.open();
        PreparedStatement select = connection.prepareStatement("SELECT r.phone, r.household_id, p.id FROM resident r"
            + " JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id"
            + " JOIN project p ON p.id = b.project_id"
            + " WHERE r.tenant_id = ? AND p.code = 'xixi' AND r.relation = 'OWNER' ORDER BY r.household_id LIMIT ?")) {
      select.setString(1, TENANT);
      select.setInt(2, owners);
      long projectId = 0;
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          this.owners.add(new Owner(rows.getString(1), rows.getLong(2)));
          projectId = rows.getLong(3);
        }
      }
      this.project = projectId;
    }
    signInAgent();
    for (Owner owner : this.owners) {
      signIn(owner);
    }
  }

  void signInAgent() throws Exception {
    agentToken = client.signIn("staff", TENANT, "agent.xixi", PASSWORD);
  }

  void signIn(Owner owner) throws Exception {
    owner.token = client.signIn("resident", TENANT, owner.phone, PASSWORD);
  }
}
