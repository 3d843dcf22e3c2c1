package io.linli.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantSqlTest {

  private static final Set<String> OWNED = Set.of("ticket", "household");

  @Test
  void the_tenant_owned_tables_are_those_of_the_tenant_owned_entities_and_of_the_plugins() {
    TenantSql.Tables tables = TenantSql.Tables.ofEntities();

    assertThat(tables.tenantOwned()).contains("ticket", "household", "notice", "survey_invitation")
        .doesNotContain("tenant");
    assertThat(tables.platform()).contains("tenant", "operator_account");
  }

  @Test
  void a_statement_is_bound_when_each_tenant_owned_table_it_names_has_a_tenant_predicate() {
    assertThat(TenantSql.unbound("SELECT ID, TITLE FROM ticket WHERE ((ID = ?) AND (tenant_id = ?))", OWNED))
        .isEmpty();
    assertThat(TenantSql.unbound("SELECT t0.ID FROM ticket t0, household t1 WHERE ((t0.ID = ?) AND"
        + " ((t0.tenant_id = ?) AND (t1.tenant_id = ?)))", OWNED)).isEmpty();
    assertThat(TenantSql.unbound("SELECT t0.ID FROM ticket t0 LEFT OUTER JOIN household t1 ON (t1.ID ="
        + " t0.household_id) WHERE (t0.tenant_id = ?)", OWNED)).containsExactly("household");
    assertThat(TenantSql.unbound("SELECT b.id FROM household h JOIN ticket b ON b.id = h.id AND b.tenant_id ="
        + " h.tenant_id WHERE b.tenant_id = ?", OWNED)).isEmpty();
    assertThat(TenantSql.unbound("SELECT COUNT(*) FROM tenant t WHERE t.slug = ?", OWNED)).isEmpty();
    assertThat(TenantSql.unbound("UPDATE ticket SET TITLE = ? WHERE (household_id = ?)", OWNED))
        .containsExactly("ticket");
  }

  @Test
  void an_insert_is_bound_when_it_writes_the_tenant_column() {
    assertThat(TenantSql.unbound("INSERT INTO ticket (TITLE, tenant_id) VALUES (?, ?)", OWNED)).isEmpty();
    assertThat(TenantSql.unbound("INSERT INTO household (CODE) VALUES (?)", OWNED)).containsExactly("household");
  }

  @Test
  void eclipselinks_write_of_one_entity_by_primary_key_is_exempt_with_its_reason() {
    assertThat(TenantSql.exemption("UPDATE ticket SET TITLE = ?, VERSION = ? WHERE ((ID = ?) AND (VERSION = ?))"))
        .hasValueSatisfying(reason -> assertThat(reason).contains("eclipselink#1333"));
    assertThat(TenantSql.exemption("UPDATE ticket SET TITLE = ? WHERE (household_id = ?)")).isEmpty();
  }
}
