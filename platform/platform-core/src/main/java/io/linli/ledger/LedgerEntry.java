package io.linli.ledger;

import io.linli.community.Household;
import io.linli.people.StaffMember;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** One contact with a household as staff recorded it: never edited afterwards, so the ledger stays evidence. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends TenantOwned {

  static final int MAX_CONTENT = 4000;
  static final int MAX_PARTICIPANTS = 500;
  static final int MAX_FOLLOW_UP = 1000;
  /** A clock a few minutes fast on the recorder's phone is not an entry from the future. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "household_id")
  private Household household;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16, nullable = false)
  private ContactKind kind;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "participants", length = MAX_PARTICIPANTS)
  private String participants;

  @Column(name = "content", length = MAX_CONTENT, nullable = false)
  private String content;

  @Column(name = "follow_up", length = MAX_FOLLOW_UP)
  private String followUp;

  @Column(name = "follow_up_by")
  private LocalDate followUpBy;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recorded_by_id")
  private StaffMember recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected LedgerEntry() {}

  /** What happened in a contact, as the recorder tells it. */
  public record Contact(ContactKind kind, Instant occurredAt, String participants, String content, String followUp,
      LocalDate followUpBy) {}

  /**
   * Records a contact.
   *
   * @throws IllegalArgumentException naming the field, when the contact has no content, is too long, lies in the
   *     future, or has a follow-up date before the contact itself
   */
  public static LedgerEntry record(Household household, Contact contact, StaffMember recordedBy, ZoneId zone,
      Instant now) {
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(recordedBy, "recordedBy");
    if (contact.kind() == null) {
      throw new IllegalArgumentException("kind: is required");
    }
    String content = trimmed(contact.content());
    if (content == null) {
      throw new IllegalArgumentException("content: is required");
    }
    Instant occurredAt = contact.occurredAt() == null ? now : contact.occurredAt();
    if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
      throw new IllegalArgumentException("occurredAt: lies in the future");
    }
    if (contact.followUpBy() != null && contact.followUpBy().isBefore(occurredAt.atZone(zone).toLocalDate())) {
      throw new IllegalArgumentException("followUpBy: is before the contact itself");
    }
    LedgerEntry entry = new LedgerEntry();
    entry.household = household;
    entry.kind = contact.kind();
    entry.occurredAt = occurredAt;
    entry.participants = limited("participants", trimmed(contact.participants()), MAX_PARTICIPANTS);
    entry.content = limited("content", content, MAX_CONTENT);
    entry.followUp = limited("followUp", trimmed(contact.followUp()), MAX_FOLLOW_UP);
    entry.followUpBy = contact.followUpBy();
    entry.recordedBy = recordedBy;
    entry.recordedAt = now;
    return entry;
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String limited(String field, String text, int max) {
    if (text != null && text.length() > max) {
      throw new IllegalArgumentException(field + ": is at most " + max + " characters");
    }
    return text;
  }

  public Household household() {
    return household;
  }

  public ContactKind kind() {
    return kind;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String participants() {
    return participants;
  }

  public String content() {
    return content;
  }

  public String followUp() {
    return followUp;
  }

  public LocalDate followUpBy() {
    return followUpBy;
  }

  public StaffMember recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
