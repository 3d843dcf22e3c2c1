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
}
