package io.linli.poll;

import io.linli.community.Household;
import io.linli.people.Resident;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A household's one ballot in a poll (unique in the database); a later vote changes it. */
@Entity
@Table(name = "poll_ballot")
public class Ballot extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "poll_id")
  private Poll poll;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "household_id")
  private Household household;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "option_id")
  private PollOption option;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cast_by_id")
  private Resident castBy;

  @Column(name = "first_cast_at", nullable = false)
  private Instant firstCastAt;

  @Column(name = "cast_at", nullable = false)
  private Instant castAt;

  protected Ballot() {}

  Ballot(Poll poll, Household household, PollOption option, Resident by, Instant now) {
    this.poll = poll;
    this.household = household;
    this.firstCastAt = now;
    change(option, by, now);
  }

  final void change(PollOption option, Resident by, Instant now) {
    this.option = option;
    this.castBy = by;
    this.castAt = now;
  }

  public Poll poll() {
    return poll;
  }

  public Household household() {
    return household;
  }

  public PollOption option() {
    return option;
  }

  public Resident castBy() {
    return castBy;
  }

  public Instant firstCastAt() {
    return firstCastAt;
  }

  /** @return when the ballot got its present choice */
  public Instant castAt() {
    return castAt;
  }

  /** @return whether the household changed its vote since it first cast it */
  public boolean changed() {
    return !castAt.equals(firstCastAt);
  }
}
