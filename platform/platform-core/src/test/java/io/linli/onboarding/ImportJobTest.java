package io.linli.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.linli.onboarding.ImportJob.Outcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImportJobTest {

  private static final Instant START = Instant.parse("2026-12-01T02:00:00Z");

  @Test
  void rows_count_towards_the_progress_by_what_they_came_to() {
    ImportJob job = new ImportJob("住户.xlsx", 8, null, START);

    job.rejected(2);
    job.written(Outcome.INSERTED);
    job.written(Outcome.UPDATED);
    job.written(Outcome.UNCHANGED);
    job.written(Outcome.UNCHANGED);

    assertThat(job.doneRows()).isEqualTo(6);
    assertThat(job.percentDone()).isEqualTo(75);
    assertThat(new int[] {job.inserted(), job.updated(), job.unchanged(), job.failed()}).containsExactly(1, 1, 2, 2);
  }

  @Test
  void a_running_import_that_stopped_moving_is_stalled_and_a_finished_one_never_is() {
    ImportJob job = new ImportJob("住户.xlsx", 400, null, START);
    job.progressed(START.plusSeconds(1));

    assertThat(job.stalled(START.plus(ImportJob.STALLED_AFTER))).isFalse();
    assertThat(job.stalled(START.plus(ImportJob.STALLED_AFTER).plus(Duration.ofSeconds(2)))).isTrue();
    job.finish(ImportJob.Status.DONE, START.plusSeconds(2));
    assertThat(job.stalled(START.plus(Duration.ofDays(1)))).isFalse();
  }

  @Test
  void an_empty_file_is_done_at_once() {
    assertThat(new ImportJob("空.xlsx", 0, null, START).percentDone()).isEqualTo(100);
  }
}
