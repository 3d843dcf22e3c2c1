package io.linli.onboarding;

import static io.linli.onboarding.ImportSheetBuilder.aResident;
import static io.linli.onboarding.ImportSheetBuilder.aSheet;
import static io.linli.onboarding.ImportSheetBuilder.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.linli.people.ResidentRelation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RowChecksTest {

  @Test
  void a_complete_row_becomes_a_household_with_its_resident() {
    RowChecks.Checked checked = checked(aSheet().row(with(aResident("1-101", "张伟", "138 1234 5678"), "关系", "租户")));

    assertThat(checked.rejected()).isEmpty();
    ImportRecord record = checked.valid().get(0);
    assertThat(record.householdKey()).isEqualTo("xixi/1/1-101");
    assertThat(record.floorArea()).isEqualByComparingTo(new BigDecimal("89.5"));
    assertThat(record.phone()).isEqualTo("13812345678");
    assertThat(record.relation()).isEqualTo(ResidentRelation.OCCUPANT);
  }

  @Test
  void a_unit_without_a_resident_is_a_household_only_and_a_missing_relation_means_owner() {
    RowChecks.Checked checked = checked(aSheet()
        .row(with(aResident("1-101", null, null), "关系", null))
        .row(with(aResident("1-102", "李娜", "13912345678"), "关系", null)));

    assertThat(checked.rejected()).isEmpty();
    assertThat(checked.valid()).extracting(ImportRecord::phone).containsExactly(null, "13912345678");
    assertThat(checked.valid().get(1).relation()).isEqualTo(ResidentRelation.OWNER);
  }

  @Test
  void each_bad_cell_is_reported_with_its_row_column_and_reason_in_chinese_and_english() {
    RowChecks.Checked checked = checked(aSheet()
        .row(with(aResident("1-101", "张伟", "12345"), "楼栋编码", null, "建筑面积", -3.0, "关系", "朋友")));

    assertThat(checked.valid()).isEmpty();
    List<RowError> errors = checked.rejected().get(0).errors();
    assertThat(errors).extracting(RowError::row).containsOnly(2);
    assertThat(errors).extracting(e -> e.columnHeader(Locale.SIMPLIFIED_CHINESE))
        .containsExactly("楼栋编码", "建筑面积", "手机号", "关系");
    assertThat(errors).extracting(e -> e.reason(Locale.SIMPLIFIED_CHINESE)).containsExactly(
        "必填，不能为空", "建筑面积应为大于 0 的数字（单位：平方米，最多两位小数）",
        "手机号格式不正确，应为 11 位手机号码（如 13812345678）", "关系只能填写：业主、家属、租户");
    assertThat(errors.get(2).columnHeader(Locale.ENGLISH)).isEqualTo("Mobile");
    assertThat(errors.get(2).reason(Locale.ENGLISH)).startsWith("is not a mainland mobile number");
  }

  @Test
  void an_area_with_more_than_two_decimals_or_in_words_is_refused_and_square_metres_are_understood() {
    RowChecks.Checked checked = checked(aSheet()
        .row(with(aResident("1-101", "张伟", "13812345678"), "建筑面积", "89.555"))
        .row(with(aResident("1-102", "李娜", "13912345678"), "建筑面积", "九十"))
        .row(with(aResident("1-103", "王芳", "13712345678"), "建筑面积", "120.00㎡")));

    assertThat(checked.rejected()).extracting(r -> r.row().number()).containsExactly(2, 3);
    assertThat(checked.valid().get(0).floorArea()).isEqualByComparingTo("120");
  }

  @Test
  void a_name_without_a_mobile_is_incomplete() {
    RowChecks.Checked checked = checked(aSheet().row(aResident("1-101", "张伟", null)));

    assertThat(checked.rejected().get(0).errors()).extracting(RowError::column, RowError::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ImportColumn.PHONE,
            RowError.Reason.RESIDENT_INCOMPLETE));
  }

  @Test
  void a_code_names_one_thing_throughout_the_file_and_later_rows_that_differ_are_rejected() {
    RowChecks.Checked checked = checked(aSheet()
        .row(aResident("1-101", "张伟", "13812345678"))
        .row(with(aResident("1-102", "李娜", "13912345678"), "区域名称", "杭州"))
        .row(with(aResident("1-101", "王芳", "13712345678"), "建筑面积", 92.0)));

    assertThat(checked.valid()).extracting(ImportRecord::row).containsExactly(2);
    assertThat(checked.rejected().get(0).errors().get(0).reason(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("同一区域编码在第 2 行的区域名称为“杭州区域”，两处须一致");
    assertThat(checked.rejected().get(1).errors().get(0).reason(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("同一房号在第 2 行的建筑面积为“89.5”，两处须一致");
  }

  @Test
  void one_mobile_belongs_to_one_person_and_a_repeated_row_is_named_as_such() {
    RowChecks.Checked checked = checked(aSheet()
        .row(aResident("1-101", "张伟", "13812345678"))
        .row(aResident("1-102", "李娜", "13812345678"))
        .row(aResident("1-101", "张伟", "13812345678")));

    assertThat(checked.rejected()).extracting(r -> r.errors().get(0).reason(Locale.SIMPLIFIED_CHINESE))
        .containsExactly("该手机号已在第 2 行登记给 张伟，同一手机号只能对应一人", "与第 2 行重复");
  }

  @Test
  void the_relation_is_understood_in_the_words_companies_use() {
    assertThat(RowChecks.relation("业主")).isEqualTo(ResidentRelation.OWNER);
    assertThat(RowChecks.relation("家属")).isEqualTo(ResidentRelation.FAMILY);
    assertThat(RowChecks.relation("Tenant")).isEqualTo(ResidentRelation.OCCUPANT);
    assertThat(RowChecks.relation("居委会")).isNull();
  }

  private static RowChecks.Checked checked(ImportSheetBuilder sheet) {
    return RowChecks.check(ImportFile.read(sheet.bytes()));
  }
}
