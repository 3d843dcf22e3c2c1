package io.linli.onboarding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import workbooks in memory: a header row, then rows of text or numbers (a Double is a numeric cell). */
final class ImportSheetBuilder {

  static final List<String> HEADER = List.of("区域编码", "区域名称", "项目编码", "项目名称", "地址", "楼栋编码", "楼栋名称",
      "房号", "建筑面积", "业主姓名", "手机号", "关系");

  private List<String> header = HEADER;
  private final List<List<Object>> rows = new ArrayList<>();

  static ImportSheetBuilder aSheet() {
    return new ImportSheetBuilder();
  }

  /** A complete row of 西溪雅苑 in 杭州区域 for a resident of a unit of 1号楼. */
  static List<Object> aResident(String unit, String name, String phone) {
    return new ArrayList<>(Arrays.asList("hz", "杭州区域", "xixi", "西溪雅苑", "文一西路 588 号", "1", "1号楼", unit,
        89.5, name, phone, "业主"));
  }

  ImportSheetBuilder header(String... names) {
    header = List.of(names);
    return this;
  }

  ImportSheetBuilder row(Object... cells) {
    rows.add(Arrays.asList(cells));
    return this;
  }

  ImportSheetBuilder row(List<Object> cells) {
    rows.add(cells);
    return this;
  }

  /** @param changes pairs of a column's header and its new value */
  static List<Object> with(List<Object> row, Object... changes) {
    List<Object> changed = new ArrayList<>(row);
    for (int i = 0; i < changes.length; i += 2) {
      changed.set(HEADER.indexOf((String) changes[i]), changes[i + 1]);
    }
    return changed;
  }

  byte[] bytes() {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("住户");
      write(sheet.createRow(0), new ArrayList<>(header));
      for (int i = 0; i < rows.size(); i++) {
        write(sheet.createRow(i + 1), rows.get(i));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      Object value = cells.get(i);
      if (value instanceof Number number) {
        row.createCell(i).setCellValue(number.doubleValue());
      } else if (value != null) {
        row.createCell(i).setCellValue(value.toString());
      }
    }
  }
}
