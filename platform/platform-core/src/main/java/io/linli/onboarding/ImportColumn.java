package io.linli.onboarding;

import java.util.Locale;

/**
 * The columns of the import sheet (one row per resident, the way property companies keep their rolls), in the
 * template's order. A sheet may order them as it likes and name them in Chinese or English; other columns are ignored
 * (the 错误原因 column of a downloaded file of rejected rows, say). Rejected rows are stored by position: add new
 * columns at the end.
 */
public enum ImportColumn {
  REGION_CODE("区域编码", "Region code", 40, true),
  REGION_NAME("区域名称", "Region name", 100, true),
  PROJECT_CODE("项目编码", "Project code", 40, true),
  PROJECT_NAME("项目名称", "Project name", 100, true),
  ADDRESS("地址", "Address", 200, false),
  BUILDING_CODE("楼栋编码", "Building code", 40, true),
  BUILDING_NAME("楼栋名称", "Building name", 100, true),
  UNIT("房号", "Unit", 20, true),
  FLOOR_AREA("建筑面积", "Floor area", 20, true),
  RESIDENT_NAME("业主姓名", "Resident name", 60, false),
  PHONE("手机号", "Mobile", 20, false),
  RELATION("关系", "Relation", 20, false);

  private final String zh;
  private final String en;
  private final int maxLength;
  private final boolean required;

  ImportColumn(String zh, String en, int maxLength, boolean required) {
    this.zh = zh;
    this.en = en;
    this.maxLength = maxLength;
    this.required = required;
  }

  /** @return the header in the language, as the template has it */
  public String header(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
  }

  int maxLength() {
    return maxLength;
  }

  /** @return whether every row must fill it in; a row without a resident leaves name, mobile and relation empty */
  boolean required() {
    return required;
  }

  /** @return the column a header names, in either language, ignoring case, spaces and a required-marker {@code *} */
  static java.util.Optional<ImportColumn> named(String header) {
    String wanted = header.replace("*", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    for (ImportColumn column : values()) {
      if (column.zh.equals(wanted) || column.en.replaceAll("\\s+", "").toLowerCase(Locale.ROOT).equals(wanted)) {
        return java.util.Optional.of(column);
      }
    }
    return java.util.Optional.empty();
  }
}
