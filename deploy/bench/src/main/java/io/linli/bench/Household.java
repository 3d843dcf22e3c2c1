package io.linli.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A household tickets are filed for, with the keys a ticket row copies from it (its building, project and owner). */
record Household(String tenant, long id, long buildingId, long projectId, Long ownerId) {

  /** @return the households of every tenant, in a stable order */
  static List<Household> all(Connection connection) throws SQLException {
    return load(connection, "", null);
  }

  /** @return the households of one project of one tenant */
  static List<Household> ofProject(Connection connection, String tenant, String projectCode) throws SQLException {
    return load(connection, " WHERE h.tenant_id = ? AND p.code = ?", new String[] {tenant, projectCode});
  }

  private static List<Household> load(Connection connection, String where, String[] parameters)
      throws SQLException {
    String sql = "SELECT h.tenant_id, h.id, h.building_id, b.project_id,"
        + " (SELECT MIN(r.id) FROM resident r WHERE r.tenant_id = h.tenant_id AND r.household_id = h.id"
        + "   AND r.relation = 'OWNER') AS owner_id"
        + " FROM household h JOIN building b ON b.id = h.building_id JOIN project p ON p.id = b.project_id"
        + where + " ORDER BY h.id";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; parameters != null && i < parameters.length; i++) {
        select.setString(i + 1, parameters[i]);
      }
      List<Household> households = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          long owner = rows.getLong(5);
          households.add(new Household(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
              rows.wasNull() ? null : owner));
        }
      }
      return households;
    }
  }
}
