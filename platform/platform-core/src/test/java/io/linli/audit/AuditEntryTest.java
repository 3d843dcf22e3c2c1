package io.linli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  private static final Instant AT = Instant.parse("2026-12-02T01:00:00Z");
  private static final AuditActor AGENT = new AuditActor("STAFF", 7L, "陈静");

  @Test
  void an_entry_names_who_did_what_to_what_and_from_where() {
    AuditEntry entry = new AuditEntry(AT, AGENT, "ticket.dispatch", "ticket", 42L, "DISPATCHED", "10.0.0.8");

    assertThat(entry.actor()).isEqualTo(AGENT);
    assertThat(entry.action()).isEqualTo("ticket.dispatch");
    assertThat(entry.subjectId()).isEqualTo(42L);
    assertThat(entry.clientAddress()).isEqualTo("10.0.0.8");
  }

  @Test
  void an_overlong_detail_is_cut_to_fit_and_says_so() {
    AuditEntry entry = new AuditEntry(AT, AGENT, "ticket.comment", "ticket", 42L, "漏".repeat(600), null);

    assertThat(entry.detail()).hasSize(AuditEntry.MAX_DETAIL).endsWith("…");
  }

  @Test
  void background_work_is_the_platforms() {
    assertThat(AuditOrigin.current()).isEmpty();
    try (var origin = AuditOrigin.open(null, "10.0.0.8")) {
      assertThat(AuditOrigin.current().orElseThrow().actor()).isEqualTo(AuditActor.SYSTEM);
    }
    assertThat(AuditOrigin.current()).isEmpty();
  }
}
