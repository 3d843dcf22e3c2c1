package io.linli.onboarding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the first sheet of an uploaded workbook: its header row names the columns, each later row is a resident. */
public final class ImportFile {

  public static final int MAX_BYTES = 10 * 1024 * 1024;
  public static final int MAX_ROWS = 20_000;

  private ImportFile() {}

  /**
   * @return the non-empty rows below the header
   * @throws ImportFileRejected when the content is too large, is not an .xlsx workbook (judged by its own bytes, not
   *     its name or declared type), has too many rows, or lacks a required column
   */
  public static List<SheetRow> read(byte[] content) {
    if (content.length > MAX_BYTES) {
      throw new ImportFileRejected(ImportFileRejected.Reason.TOO_LARGE, "the file is larger than 10 MB");
    }
    try (InputStream in = new ByteArrayInputStream(content)) {
      FileMagic magic = FileMagic.valueOf(in);
      if (magic != FileMagic.OOXML) {
        throw new ImportFileRejected(ImportFileRejected.Reason.NOT_XLSX, magic == FileMagic.OLE2
            ? "the file is an old .xls workbook: save it as .xlsx (Excel 2007 or later) and import that"
            : "the file is not an Excel workbook (.xlsx)");
      }
    } catch (IOException e) {
      throw new ImportFileRejected(ImportFileRejected.Reason.NOT_XLSX, "the file is not an Excel workbook (.xlsx)");
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      return rows(workbook.getSheetAt(0));
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImportFileRejected rejected) {
        throw rejected;
      }
      throw new ImportFileRejected(ImportFileRejected.Reason.UNREADABLE, "the workbook could not be read");
    }
  }

  private static List<SheetRow> rows(Sheet sheet) {
    DataFormatter formatter = new DataFormatter();
    Row header = sheet.getRow(sheet.getFirstRowNum());
    Map<Integer, ImportColumn> columns = new java.util.HashMap<>();
    if (header != null) {
      for (Cell cell : header) {
        ImportColumn.named(text(cell, formatter)).ifPresent(c -> columns.putIfAbsent(cell.getColumnIndex(), c));
      }
    }
    List<ImportColumn> missing = java.util.Arrays.stream(ImportColumn.values())
        .filter(c -> c.required() && !columns.containsValue(c)).toList();
    if (!missing.isEmpty()) {
      throw new ImportFileRejected(ImportFileRejected.Reason.UNREADABLE, "the first row must name the columns;"
          + " missing: " + missing.stream().map(c -> c.header(java.util.Locale.SIMPLIFIED_CHINESE))
              .collect(Collectors.joining("、")), missing);
    }
    if (sheet.getLastRowNum() - header.getRowNum() > MAX_ROWS) {
      throw new ImportFileRejected(ImportFileRejected.Reason.TOO_LARGE,
          "the sheet has more than " + MAX_ROWS + " rows: split it into several files");
    }
    List<SheetRow> rows = new ArrayList<>();
    for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
      Row row = sheet.getRow(i);
      if (row == null) {
        continue;
      }
      Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
      columns.forEach((index, column) -> {
        Cell cell = row.getCell(index);
        String value = cell == null ? "" : text(cell, formatter).strip();
        if (!value.isEmpty()) {
          cells.put(column, value);
        }
      });
      if (!cells.isEmpty()) {
        rows.add(new SheetRow(i + 1, cells));
      }
    }
    return rows;
  }

  /**
   * A cell as the person typed it: numbers without Excel's display format (a mobile number typed as a number is
   * 13657148616, not 1.37E+10), formulas by their cached value.
   */
  private static String text(Cell cell, DataFormatter formatter) {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
      return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }
    if (type == CellType.STRING) {
      return cell.getRichStringCellValue().getString();
    }
    return type == CellType.ERROR ? "" : formatter.formatCellValue(cell);
  }
}
