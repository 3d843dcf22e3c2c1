package io.linli.onboarding;

import io.linli.audit.AuditLog;
import io.linli.api.Role;
import io.linli.api.TenantId;
import io.linli.identity.PasswordHashing;
import io.linli.identity.SignedInUser;
import io.linli.onboarding.ImportJob.Outcome;
import io.linli.spreadsheet.SheetWriter;
import io.linli.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * 批量导入: the company admin uploads a roll; it is read and checked at once, then written in the background in chunks
 * of {@value #CHUNK} rows, each its own transaction (a large file holds no long transaction, and the job's progress
 * moves chunk by chunk). Rows that fail a check are kept with their reasons, to download, fix and import again.
 */
@ApplicationScoped
public class ImportService {

  static final int CHUNK = 200;
  private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final int[] WIDTHS = {10, 14, 10, 16, 24, 10, 12, 10, 10, 12, 14, 8, 40};

  @Inject ImportJobs jobs;
  @Inject AuditLog audit;
  @Inject ImportWriter writer;
  @Resource ManagedExecutorService executor;

  private final PasswordHashing hashing = new PasswordHashing();

  /**
   * Reads the file and starts writing it in the background.
   *
   * @return the job, to follow
   * @throws ImportFileRejected when the file is too large, no .xlsx workbook, or lacks a required column
   * @throws ImportForbidden unless the company admin
   */
  public ImportJob start(SignedInUser user, String fileName, byte[] content) {
    requireAdmin(user);
    List<SheetRow> rows = ImportFile.read(content);
    String name = fileName == null || fileName.isBlank() ? "import.xlsx" : fileName.strip();
    ImportJob job = jobs.create(user.accountId(), name.length() > 200 ? name.substring(0, 200) : name, rows.size());
    TenantId tenant = TenantContext.require();
    long jobId = job.id();
    audit.record("import.start", "import", jobId, job.fileName() + " · " + rows.size() + " 行");
    executor.execute(() -> {
      try (var scope = TenantContext.open(tenant)) {
        run(jobId, rows);
      }
    });
    return job;
  }

  /** @throws NoSuchElementException when the company has no such import */
  public ImportJob job(SignedInUser user, long id) {
    requireAdmin(user);
    return jobs.job(id);
  }

  /** @return every reason of every rejected row, in the file's order */
  public List<RowError> errors(SignedInUser user, long id) {
    job(user, id);
    return jobs.rejectedRows(id).stream().flatMap(r -> r.errors().stream()).toList();
  }

  /** Writes the rejected rows as a sheet to fix and import again: the template's columns, then 错误原因. */
  public void writeRejectedRows(SignedInUser user, long id, Locale locale, OutputStream out) throws IOException {
    job(user, id);
    writeRejectedRows(jobs.rejectedRows(id), locale, out);
  }

  static void writeRejectedRows(List<ImportRejectedRow> rows, Locale locale, OutputStream out) throws IOException {
    try (SheetWriter sheet = sheet(locale, true)) {
      for (ImportRejectedRow rejected : rows) {
        SheetRow row = rejected.row();
        List<Object> cells = new ArrayList<>();
        Arrays.stream(ImportColumn.values()).forEach(c -> cells.add(row.get(c)));
        cells.add(rejected.errors().stream()
            .map(e -> (e.column() == null ? "" : e.columnHeader(locale) + "：") + e.reason(locale))
            .collect(Collectors.joining("；")));
        sheet.add(cells);
      }
      sheet.writeTo(out);
    }
  }

  /** Writes the template: the columns, and rows showing an owner, a family member and a unit without residents. */
  public void writeTemplate(Locale locale, OutputStream out) throws IOException {
    try (SheetWriter sheet = sheet(locale, false)) {
      sheet.add(List.of("hz", "杭州区域", "xixi", "西溪雅苑", "杭州市西湖区文一西路 588 号", "1", "1号楼", "1-101", 89.5,
          "张伟", "13800138000", "业主"));
      sheet.add(List.of("hz", "杭州区域", "xixi", "西溪雅苑", "杭州市西湖区文一西路 588 号", "1", "1号楼", "1-101", 89.5,
          "王芳", "13900139000", "家属"));
      sheet.add(Arrays.asList("hz", "杭州区域", "xixi", "西溪雅苑", "杭州市西湖区文一西路 588 号", "1", "1号楼", "1-102",
          120, null, null, null));
      sheet.writeTo(out);
    }
  }

  private static SheetWriter sheet(Locale locale, boolean withReasons) {
    List<String> header = new ArrayList<>(Arrays.stream(ImportColumn.values()).map(c -> c.header(locale)).toList());
    boolean english = locale != null && "en".equals(locale.getLanguage());
    if (withReasons) {
      header.add(english ? "Errors" : "错误原因");
    }
    return new SheetWriter(english ? "Residents" : "住户", header, WIDTHS, CHINA);
  }

  /**
   * Rejects what failed a check, then writes the rest chunk by chunk. A chunk that cannot be saved (a row meets one
   * written at the same moment by another import, say) is written again row by row, so only the rows at fault fail.
   */
  void run(long jobId, List<SheetRow> rows) {
    try {
      RowChecks.Checked checked = RowChecks.check(rows);
      jobs.rejected(jobId, checked.rejected());
      Map<Integer, SheetRow> byNumber = rows.stream().collect(Collectors.toMap(SheetRow::number, Function.identity()));
      String passwordHash = hashing.hash(unknownPassword());
      List<ImportRecord> valid = checked.valid();
      for (int from = 0; from < valid.size(); from += CHUNK) {
        List<ImportRecord> chunk = valid.subList(from, Math.min(valid.size(), from + CHUNK));
        try {
          jobs.written(jobId, writer.write(chunk, passwordHash).values());
        } catch (RuntimeException e) {
          LOG.log(Level.INFO, "import " + jobId + ": a chunk could not be saved, writing its rows one by one", e);
          for (ImportRecord record : chunk) {
            try {
              jobs.written(jobId, writer.write(List.of(record), passwordHash).values());
            } catch (RuntimeException rowFailure) {
              jobs.rejected(jobId, List.of(new RowChecks.Rejected(byNumber.get(record.row()),
                  List.of(RowError.of(record.row(), null, RowError.Reason.NOT_SAVED)))));
            }
          }
        }
      }
      jobs.finished(jobId, ImportJob.Status.DONE);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "import " + jobId + " stopped", e);
      jobs.finished(jobId, ImportJob.Status.FAILED);
    }
  }

  /** Imported residents cannot sign in until they are given a password: theirs is one nobody knows. */
  private static char[] unknownPassword() {
    SecureRandom random = new SecureRandom();
    char[] password = new char[32];
    for (int i = 0; i < password.length; i++) {
      password[i] = (char) ('!' + random.nextInt(94));
    }
    return password;
  }

  private static void requireAdmin(SignedInUser user) {
    if (!user.isStaff() || !user.roles().contains(Role.TENANT_ADMIN)) {
      throw new ImportForbidden();
    }
  }
}
