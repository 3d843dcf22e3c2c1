package io.linli.onboarding;

import io.linli.onboarding.ImportJob.Outcome;
import io.linli.people.StaffMember;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Import jobs and their rejected rows. Each change is a transaction of its own, committed at once, so that whoever
 * polls the job sees the progress while the import goes on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportJobs {

  @Inject TenantEntityManager entityManagers;
  @Inject Clock clock;

  ImportJob create(long staffId, String fileName, int totalRows) {
    var em = entityManagers.current();
    StaffMember by = Optional.ofNullable(em.find(StaffMember.class, staffId)).orElseThrow();
    ImportJob job = new ImportJob(fileName, totalRows, by, clock.instant());
    em.persist(job);
    return job;
  }

  /**
   * @return the job; one that stopped with its node is marked FAILED here, so that whoever waits for it stops
   * @throws NoSuchElementException when the tenant has no such job (another tenant's id included)
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public ImportJob job(long id) {
    ImportJob job = Optional.ofNullable(entityManagers.current().find(ImportJob.class, id)).orElseThrow();
    if (job.stalled(clock.instant())) {
      job.finish(ImportJob.Status.FAILED, clock.instant());
    }
    job.startedBy().displayName();
    return job;
  }

  void rejected(long jobId, Collection<RowChecks.Rejected> rows) {
    var em = entityManagers.current();
    rows.forEach(row -> em.persist(new ImportRejectedRow(jobId, row)));
    ImportJob job = em.find(ImportJob.class, jobId);
    job.rejected(rows.size());
    job.progressed(clock.instant());
  }

  void written(long jobId, Collection<Outcome> outcomes) {
    ImportJob job = entityManagers.current().find(ImportJob.class, jobId);
    outcomes.forEach(job::written);
    job.progressed(clock.instant());
  }

  void finished(long jobId, ImportJob.Status status) {
    entityManagers.current().find(ImportJob.class, jobId).finish(status, clock.instant());
  }

  /** @return the job's rejected rows in the file's order */
  @Transactional(Transactional.TxType.REQUIRED)
  public List<ImportRejectedRow> rejectedRows(long jobId) {
    return entityManagers.current()
        .createQuery("select r from ImportRejectedRow r where r.jobId = :job order by r.rowNumber",
            ImportRejectedRow.class)
        .setParameter("job", jobId).getResultList();
  }
}
