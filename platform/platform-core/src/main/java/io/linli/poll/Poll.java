package io.linli.poll;

import io.linli.community.Household;
import io.linli.community.Project;
import io.linli.people.Resident;
import io.linli.people.StaffMember;
import io.linli.tenancy.Tenant;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A poll of one project's households. Its options, thresholds and window are set when it is created; only the
 * households' ballots change afterwards.
 */
@Entity
@Table(name = "poll")
public class Poll extends TenantOwned {

  static final int MAX_TITLE = 120;
  static final int MAX_DESCRIPTION = 4000;
  static final int MAX_OPTIONS = 20;
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Tenant.ZONE);

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id")
  private Project project;

  @Column(name = "title", length = MAX_TITLE, nullable = false)
  private String title;

  @Column(name = "description", nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16, nullable = false)
  private MatterKind kind;

  /** 不记名: staff and committee see who voted, never how. */
  @Column(name = "secret", nullable = false)
  private boolean secret;

  @Column(name = "opens_at", nullable = false)
  private Instant opensAt;

  @Column(name = "closes_at", nullable = false)
  private Instant closesAt;

  @Column(name = "participation_num", nullable = false)
  private int participationNumerator;

  @Column(name = "participation_den", nullable = false)
  private int participationDenominator;

  @Column(name = "approval_num", nullable = false)
  private int approvalNumerator;

  @Column(name = "approval_den", nullable = false)
  private int approvalDenominator;

  @Column(name = "approval_strict", nullable = false)
  private boolean approvalStrict;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "created_by_id")
  private StaffMember createdBy;

  @OneToMany(mappedBy = "poll", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<PollOption> options = new ArrayList<>();

  protected Poll() {}

  /** What staff set when they create a poll; null thresholds take the kind's defaults, no options 同意/反对/弃权. */
  public record Draft(String title, String description, MatterKind kind, List<String> options, boolean secret,
      Instant opensAt, Instant closesAt, Thresholds thresholds) {}

  /** @throws IllegalArgumentException naming the field that is missing or wrong */
  static Poll create(Project project, Draft draft, StaffMember by, Instant now) {
    if (draft.title() == null || draft.title().isBlank() || draft.title().strip().length() > MAX_TITLE) {
      throw new IllegalArgumentException("title: is required, at most " + MAX_TITLE + " characters");
    }
    if (draft.description() != null && draft.description().length() > MAX_DESCRIPTION) {
      throw new IllegalArgumentException("description: is at most " + MAX_DESCRIPTION + " characters");
    }
    if (draft.kind() == null) {
      throw new IllegalArgumentException("kind: is required, GENERAL, MAJOR or CONSULTATION");
    }
    if (draft.opensAt() == null || draft.closesAt() == null) {
      throw new IllegalArgumentException((draft.opensAt() == null ? "opensAt" : "closesAt") + ": is required");
    }
    if (!draft.closesAt().isAfter(draft.opensAt())) {
      throw new IllegalArgumentException("closesAt: must be after opensAt");
    }
    if (!draft.closesAt().isAfter(now)) {
      throw new IllegalArgumentException("closesAt: must be in the future");
    }
    Poll poll = new Poll();
    poll.project = project;
    poll.title = draft.title().strip();
    poll.description = draft.description() == null ? "" : draft.description().strip();
    poll.kind = draft.kind();
    poll.secret = draft.secret();
    poll.opensAt = draft.opensAt();
    poll.closesAt = draft.closesAt();
    poll.setThresholds(draft.kind() == MatterKind.CONSULTATION || draft.thresholds() == null
        ? draft.kind().defaults() : draft.thresholds());
    poll.createdBy = by;
    poll.createdAt = now;
    poll.addOptions(draft.options());
    return poll;
  }

  private void setThresholds(Thresholds thresholds) {
    participationNumerator = thresholds.participation().numerator();
    participationDenominator = thresholds.participation().denominator();
    approvalNumerator = thresholds.approval().numerator();
    approvalDenominator = thresholds.approval().denominator();
    approvalStrict = thresholds.strict();
  }

  private void addOptions(List<String> labels) {
    if (labels == null || labels.isEmpty()) {
      options.add(new PollOption(this, 1, "同意", Stance.FOR));
      options.add(new PollOption(this, 2, "反对", Stance.AGAINST));
      options.add(new PollOption(this, 3, "弃权", Stance.ABSTAIN));
      return;
    }
    if (labels.size() < 2 || labels.size() > MAX_OPTIONS) {
      throw new IllegalArgumentException("options: 2 to " + MAX_OPTIONS + " options, or none for 同意/反对/弃权");
    }
    var seen = new HashSet<String>();
    for (String label : labels) {
      if (label == null || label.isBlank() || label.strip().length() > PollOption.MAX_LABEL) {
        throw new IllegalArgumentException("options: each is required, at most " + PollOption.MAX_LABEL
            + " characters");
      }
      if (!seen.add(label.strip())) {
        throw new IllegalArgumentException("options: \"" + label.strip() + "\" is there twice");
      }
      options.add(new PollOption(this, options.size() + 1, label.strip(), Stance.CHOICE));
    }
  }

  public PollStatus status(Instant now) {
    return now.isBefore(opensAt) ? PollStatus.UPCOMING : now.isBefore(closesAt) ? PollStatus.OPEN : PollStatus.CLOSED;
  }

  /**
   * The household votes for {@code option}: its ballot, new or changed.
   *
   * @param existing the household's ballot so far, or null
   * @throws VotingClosed before the poll opens and from its close
   * @throws IllegalArgumentException when the option is not one of this poll's
   */
  Ballot vote(Ballot existing, Household household, PollOption option, Resident by, Instant now) {
    switch (status(now)) {
      case UPCOMING -> throw new VotingClosed("poll: voting opens at " + MINUTE.format(opensAt));
      case CLOSED -> throw new VotingClosed("poll: voting closed at " + MINUTE.format(closesAt));
      case OPEN -> { }
    }
    if (option == null || option.poll() != this) {
      throw new IllegalArgumentException("option: is not an option of this poll");
    }
    if (existing == null) {
      return new Ballot(this, household, option, by, now);
    }
    existing.change(option, by, now);
    return existing;
  }

  public Thresholds thresholds() {
    return new Thresholds(new Fraction(participationNumerator, participationDenominator),
        new Fraction(approvalNumerator, approvalDenominator), approvalStrict);
  }

  public Project project() {
    return project;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public MatterKind kind() {
    return kind;
  }

  public boolean secret() {
    return secret;
  }

  public Instant opensAt() {
    return opensAt;
  }

  public Instant closesAt() {
    return closesAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public StaffMember createdBy() {
    return createdBy;
  }

  public List<PollOption> options() {
    return List.copyOf(options);
  }
}
