package io.linli.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The ledger as an Excel sheet, one row per contact, in the columns property companies keep on paper (时间、方式、
 * 房号、住户、参与人、沟通内容、后续跟进、跟进期限、记录人). Streamed: only a window of rows is held in memory.
 */
final class LedgerWorkbook implements AutoCloseable {

  private static final int ROWS_IN_MEMORY = 200;
  private static final String[] COLUMNS = {"occurredAt", "kind", "project", "building", "unit", "participants",
      "content", "followUp", "followUpBy", "recordedBy"};
  private static final int[] WIDTHS = {18, 10, 14, 10, 10, 24, 60, 40, 12, 12};

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final Sheet sheet;
  private final ResourceBundle texts;
  private final DateTimeFormatter time;
  private final CellStyle wrapped;
  private int rows;

  LedgerWorkbook(Locale locale, ZoneId zone) {
    texts = LedgerTexts.of(locale);
    time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    sheet = workbook.createSheet(texts.getString("sheet"));
    wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    CellStyle header = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    header.setFont(bold);
    Row row = sheet.createRow(rows++);
    for (int i = 0; i < COLUMNS.length; i++) {
      row.createCell(i).setCellValue(texts.getString("column." + COLUMNS[i]));
      row.getCell(i).setCellStyle(header);
      sheet.setColumnWidth(i, WIDTHS[i] * 256);
    }
    sheet.createFreezePane(0, 1);
    ((SXSSFSheet) sheet).setRandomAccessWindowSize(ROWS_IN_MEMORY);
  }

  void add(LedgerEntry entry) {
    Row row = sheet.createRow(rows++);
    var household = entry.household();
    String[] values = {
        time.format(entry.occurredAt()),
        LedgerTexts.kind(texts, entry.kind()),
        household.building().project().name().in(texts.getLocale()),
        household.building().name().in(texts.getLocale()),
        household.unit(),
        entry.participants(),
        entry.content(),
        entry.followUp(),
        entry.followUpBy() == null ? null : entry.followUpBy().toString(),
        entry.recordedBy().displayName()};
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        row.createCell(i).setCellValue(values[i]);
        row.getCell(i).setCellStyle(wrapped);
      }
    }
  }

  void writeTo(OutputStream out) throws IOException {
    workbook.write(out);
  }

  @Override
  public void close() throws IOException {
    workbook.close(); // also deletes the temporary files SXSSF streamed rows into
  }
}
