package io.linli.onboarding;

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

/** One import of a file: how far it has come and what its rows came to. */
@Entity
@Table(name = "import_job")
public class ImportJob extends TenantOwned {

  /**
   * An import runs until every row is written or rejected; it fails only when the platform could not go on (its node
   * stopped, say): importing the file again then completes it, duplicating nothing.
   */
  public enum Status { RUNNING, DONE, FAILED }

  /** A running import moves every chunk, in well under a second: one that has not moved for this long has stopped. */
  static final Duration STALLED_AFTER = Duration.ofMinutes(10);

  /** What one row came to. */
  public enum Outcome { INSERTED, UPDATED, UNCHANGED }

  @Column(name = "file_name", length = 200, nullable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 12, nullable = false)
  private Status status;

  @Column(name = "total_rows", nullable = false)
  private int totalRows;

  @Column(name = "done_rows", nullable = false)
  private int doneRows;

  @Column(name = "inserted_rows", nullable = false)
  private int inserted;

  @Column(name = "updated_rows", nullable = false)
  private int updated;

  @Column(name = "unchanged_rows", nullable = false)
  private int unchanged;

  @Column(name = "failed_rows", nullable = false)
  private int failed;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "started_by_id")
  private StaffMember startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "progressed_at", nullable = false)
  private Instant progressedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected ImportJob() {}

  ImportJob(String fileName, int totalRows, StaffMember startedBy, Instant now) {
    this.fileName = fileName;
    this.totalRows = totalRows;
    this.startedBy = startedBy;
    this.startedAt = now;
    this.progressedAt = now;
    this.status = Status.RUNNING;
  }

  void progressed(Instant now) {
    progressedAt = now;
  }

  /** @return whether it still says RUNNING but has not moved for {@link #STALLED_AFTER} */
  boolean stalled(Instant now) {
    return status == Status.RUNNING && progressedAt.plus(STALLED_AFTER).isBefore(now);
  }

  void rejected(int rows) {
    failed += rows;
    doneRows += rows;
  }

  void written(Outcome outcome) {
    switch (outcome) {
      case INSERTED -> inserted++;
      case UPDATED -> updated++;
      case UNCHANGED -> unchanged++;
    }
    doneRows++;
  }

  void finish(Status status, Instant now) {
    this.status = status;
    this.finishedAt = now;
  }

  public String fileName() {
    return fileName;
  }

  public Status status() {
    return status;
  }

  public int totalRows() {
    return totalRows;
  }

  public int doneRows() {
    return doneRows;
  }

  /** @return done rows in percent of all, 0–100 (100 for a file without rows) */
  public int percentDone() {
    return totalRows == 0 ? 100 : (int) (doneRows * 100L / totalRows);
  }

  public int inserted() {
    return inserted;
  }

  public int updated() {
    return updated;
  }

  public int unchanged() {
    return unchanged;
  }

  public int failed() {
    return failed;
  }

  public StaffMember startedBy() {
    return startedBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }
}
