package io.linli.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImportTemplateTest {

  @Test
  void the_template_names_every_column_in_chinese_and_its_examples_import_cleanly() throws IOException {
    byte[] template = template(Locale.SIMPLIFIED_CHINESE);

    assertThat(header(template)).containsExactlyElementsOf(ImportSheetBuilder.HEADER);
    RowChecks.Checked checked = RowChecks.check(ImportFile.read(template));
    assertThat(checked.rejected()).isEmpty();
    assertThat(checked.valid()).extracting(ImportRecord::residentName).containsExactly("张伟", "王芳", null);
  }

  @Test
  void the_english_template_reads_back_the_same() throws IOException {
    byte[] template = template(Locale.ENGLISH);

    assertThat(header(template)).startsWith("Region code", "Region name");
    assertThat(RowChecks.check(ImportFile.read(template)).valid()).hasSize(3);
  }

  private static byte[] template(Locale locale) throws IOException {
    var out = new ByteArrayOutputStream();
    new ImportService().writeTemplate(locale, out);
    return out.toByteArray();
  }

  private static List<String> header(byte[] workbook) throws IOException {
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      List<String> cells = new ArrayList<>();
      book.getSheetAt(0).getRow(0).forEach(c -> cells.add(c.getStringCellValue()));
      return cells;
    }
  }
}
