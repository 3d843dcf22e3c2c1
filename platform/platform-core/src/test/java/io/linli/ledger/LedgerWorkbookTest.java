package io.linli.ledger;

import static io.linli.ledger.LedgerTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class LedgerWorkbookTest {

  @Test
  void the_sheet_has_a_chinese_header_and_one_row_per_contact_in_china_time() throws IOException {
    Sheet sheet = written(Locale.SIMPLIFIED_CHINESE,
        aContact().at(Instant.parse("2026-11-20T06:30:00Z")).kind(ContactKind.HOME_VISIT)
            .followUp("下周一复查噪音", LocalDate.of(2026, 11, 23)).recorded(),
        aContact().recorded());

    assertThat(sheet.getSheetName()).isEqualTo("沟通台账");
    assertThat(cells(sheet.getRow(0))).startsWith("沟通时间", "方式", "项目", "楼栋", "房号");
    assertThat(cells(sheet.getRow(1))).containsExactly("2026-11-20 14:30", "上门走访", "西溪雅苑", "4号楼", "1-601",
        "业主 张伟；管家 朱佳琪", "反映楼上夜间装修噪音，已告知装修管理规定", "下周一复查噪音", "2026-11-23", "朱佳琪");
    assertThat(sheet.getLastRowNum()).isEqualTo(2);
  }

  @Test
  void an_english_sheet_uses_english_headers_kinds_and_names() throws IOException {
    Sheet sheet = written(Locale.ENGLISH, aContact().recorded());

    assertThat(sheet.getSheetName()).isEqualTo("Communication ledger");
    assertThat(cells(sheet.getRow(1))).contains("Phone call", "Xixi Garden", "Building 4");
  }

  private static Sheet written(Locale locale, LedgerEntry... entries) throws IOException {
    var out = new ByteArrayOutputStream();
    try (LedgerWorkbook workbook = new LedgerWorkbook(locale, LedgerService.ZONE)) {
      for (LedgerEntry entry : entries) {
        workbook.add(entry);
      }
      workbook.writeTo(out);
    }
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
  }

  private static List<String> cells(Row row) {
    var values = new ArrayList<String>();
    row.forEach(cell -> values.add(cell.getStringCellValue()));
    return values;
  }
}
