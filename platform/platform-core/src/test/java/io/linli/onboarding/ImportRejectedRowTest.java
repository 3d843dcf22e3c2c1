package io.linli.onboarding;

import static io.linli.onboarding.ImportSheetBuilder.aResident;
import static io.linli.onboarding.ImportSheetBuilder.aSheet;
import static io.linli.onboarding.ImportSheetBuilder.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ImportRejectedRowTest {

  @Test
  void a_rejected_row_keeps_its_cells_and_reasons_to_be_downloaded_and_fixed() {
    RowChecks.Checked checked = RowChecks.check(ImportFile.read(aSheet()
        .row(aResident("1-101", "张伟", "13812345678"))
        .row(with(aResident("1-102", "李娜", "1391234"), "区域名称", "杭州", "地址", null)).bytes()));

    ImportRejectedRow stored = new ImportRejectedRow(7, checked.rejected().get(0));

    assertThat(stored.rowNumber()).isEqualTo(3);
    assertThat(stored.row().cells()).isEqualTo(checked.rejected().get(0).row().cells());
    assertThat(stored.row().get(ImportColumn.ADDRESS)).isNull();
    assertThat(stored.errors()).isEqualTo(checked.rejected().get(0).errors());
    assertThat(stored.errors()).extracting(e -> e.reason(Locale.SIMPLIFIED_CHINESE))
        .containsExactly("手机号格式不正确，应为 11 位手机号码（如 13812345678）");
  }

  @Test
  void a_row_that_could_not_be_saved_names_no_column() {
    var row = new SheetRow(4, java.util.Map.of(ImportColumn.UNIT, "1-101"));
    var stored = new ImportRejectedRow(7, new RowChecks.Rejected(row,
        java.util.List.of(RowError.of(4, null, RowError.Reason.NOT_SAVED))));

    assertThat(stored.errors()).singleElement().satisfies(e -> {
      assertThat(e.column()).isNull();
      assertThat(e.reason(Locale.ENGLISH)).isEqualTo("could not be saved: import this row again");
    });
  }

  @Test
  void the_downloaded_rejected_rows_once_corrected_import_cleanly() throws java.io.IOException {
    RowChecks.Checked checked = RowChecks.check(ImportFile.read(aSheet()
        .row(aResident("1-101", "张伟", "13812345678"))
        .row(with(aResident("1-102", "李娜", "1391234"), "地址", null))
        .row(with(aResident("1-103", "王芳", "13712345678"), "建筑面积", -5.0, "关系", "朋友")).bytes()));
    var out = new java.io.ByteArrayOutputStream();
    ImportService.writeRejectedRows(checked.rejected().stream().map(r -> new ImportRejectedRow(7, r)).toList(),
        Locale.SIMPLIFIED_CHINESE, out);

    byte[] corrected; // new cells, as Excel writes them: POI keeps a streamed inline string over a value set on it
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        new java.io.ByteArrayInputStream(out.toByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("错误原因");
      assertThat(sheet.getRow(2).getCell(12).getStringCellValue())
          .isEqualTo("建筑面积：建筑面积应为大于 0 的数字（单位：平方米，最多两位小数）；关系：关系只能填写：业主、家属、租户");
      sheet.getRow(1).createCell(10).setCellValue("13912345678");
      sheet.getRow(1).createCell(4).setCellValue("文一西路 588 号");
      sheet.getRow(2).createCell(8).setCellValue("95");
      sheet.getRow(2).createCell(11).setCellValue("家属");
      var fixed = new java.io.ByteArrayOutputStream();
      workbook.write(fixed);
      corrected = fixed.toByteArray();
    }

    RowChecks.Checked again = RowChecks.check(ImportFile.read(corrected));
    assertThat(again.rejected()).isEmpty();
    assertThat(again.valid()).extracting(ImportRecord::row).containsExactly(2, 3);
  }
}
