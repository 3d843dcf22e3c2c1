package io.linli.onboarding;

import static io.linli.onboarding.ImportSheetBuilder.aResident;
import static io.linli.onboarding.ImportSheetBuilder.aSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportFileTest {

  @Test
  void rows_are_read_by_their_headers_with_excel_row_numbers_and_numbers_as_typed() {
    byte[] file = aSheet().row(aResident("1-101", "张伟", "13812345678"))
        .row() // an empty row is skipped, the numbering goes on
        .row(ImportSheetBuilder.with(aResident("1-102", "李娜", "x"), "手机号", 13912345678.0)).bytes();

    List<SheetRow> rows = ImportFile.read(file);

    assertThat(rows).extracting(SheetRow::number).containsExactly(2, 4);
    assertThat(rows.get(0).get(ImportColumn.PROJECT_NAME)).isEqualTo("西溪雅苑");
    assertThat(rows.get(0).get(ImportColumn.FLOOR_AREA)).isEqualTo("89.5");
    assertThat(rows.get(1).get(ImportColumn.PHONE)).isEqualTo("13912345678");
  }

  @Test
  void english_headers_in_another_order_and_extra_columns_are_accepted() {
    byte[] file = aSheet().header("Mobile", "错误原因", "Region code", "Region name", "Project code", "Project name",
            "Building code", "Building name", "Unit", "Floor area", "Resident name")
        .row("13812345678", "手机号格式不正确", "hz", "杭州区域", "xixi", "西溪雅苑", "1", "1号楼", "1-101", "90", "张伟").bytes();

    SheetRow row = ImportFile.read(file).get(0);

    assertThat(row.get(ImportColumn.PHONE)).isEqualTo("13812345678");
    assertThat(row.get(ImportColumn.RESIDENT_NAME)).isEqualTo("张伟");
    assertThat(row.get(ImportColumn.ADDRESS)).isNull();
  }

  @Test
  void a_sheet_without_a_required_column_is_refused_naming_it() {
    byte[] file = aSheet().header("区域编码", "区域名称", "项目编码", "项目名称", "楼栋编码", "楼栋名称", "房号").row("hz").bytes();

    assertThatThrownBy(() -> ImportFile.read(file)).isInstanceOf(ImportFileRejected.class)
        .hasMessageContaining("建筑面积")
        .extracting(e -> ((ImportFileRejected) e).reason()).isEqualTo(ImportFileRejected.Reason.UNREADABLE);
  }

  @Test
  void content_that_is_no_xlsx_is_refused_whatever_it_is_called() {
    assertThatThrownBy(() -> ImportFile.read("区域编码,区域名称\nhz,杭州".getBytes(StandardCharsets.UTF_8)))
        .extracting(e -> ((ImportFileRejected) e).reason()).isEqualTo(ImportFileRejected.Reason.NOT_XLSX);
  }

  @Test
  void content_over_ten_megabytes_is_refused_before_it_is_read() {
    assertThatThrownBy(() -> ImportFile.read(new byte[ImportFile.MAX_BYTES + 1]))
        .extracting(e -> ((ImportFileRejected) e).reason()).isEqualTo(ImportFileRejected.Reason.TOO_LARGE);
  }
}
