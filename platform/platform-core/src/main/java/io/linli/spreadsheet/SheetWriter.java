package io.linli.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook of one sheet: a bold, frozen header row, then rows of text, numbers and times. Streamed: only a
 * window of rows is held in memory, so exports of any length fit.
 */
public final class SheetWriter implements AutoCloseable {

  private static final int ROWS_IN_MEMORY = 200;
  private static final int DEFAULT_WIDTH = 16;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final SXSSFSheet sheet;
  private final DateTimeFormatter time;
  private final CellStyle wrapped;
  private int rows;

  /**
   * @param widths each column's width in characters; columns beyond it get {@value #DEFAULT_WIDTH}
   * @param zone the time zone times are shown in
   */
  public SheetWriter(String sheetName, List<String> header, int[] widths, ZoneId zone) {
    time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    sheet = workbook.createSheet(sheetName);
    wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    CellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    Row row = sheet.createRow(rows++);
    for (int i = 0; i < header.size(); i++) {
      row.createCell(i).setCellValue(header.get(i));
      row.getCell(i).setCellStyle(bold);
      sheet.setColumnWidth(i, (i < widths.length ? widths[i] : DEFAULT_WIDTH) * 256);
    }
    sheet.createFreezePane(0, 1);
    sheet.setRandomAccessWindowSize(ROWS_IN_MEMORY);
  }

  /** @param cells {@code String}, {@code Number}, {@code Instant} or null (an empty cell) */
  public void add(List<?> cells) {
    Row row = sheet.createRow(rows++);
    for (int i = 0; i < cells.size(); i++) {
      Object value = cells.get(i);
      if (value instanceof Number number) {
        row.createCell(i).setCellValue(number.doubleValue());
      } else if (value instanceof Instant instant) {
        row.createCell(i).setCellValue(time.format(instant));
      } else if (value != null) {
        row.createCell(i).setCellValue(value.toString());
        row.getCell(i).setCellStyle(wrapped);
      }
    }
  }

  public void writeTo(OutputStream out) throws IOException {
    workbook.write(out);
  }

  /** @return the workbook as bytes, for small sheets */
  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    try {
      workbook.close(); // also deletes the temporary files SXSSF streamed rows into
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
