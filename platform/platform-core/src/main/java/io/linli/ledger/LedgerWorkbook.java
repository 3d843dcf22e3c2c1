package io.linli.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import io.linli.spreadsheet.SheetWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The ledger as an Excel sheet, one row per contact, in the columns property companies keep on paper (时间、方式、
 * 房号、住户、参与人、沟通内容、后续跟进、跟进期限、记录人). Streamed: only a window of rows is held in memory.
 */
final class LedgerWorkbook implements AutoCloseable {

  private static final String[] COLUMNS = {"occurredAt", "kind", "project", "building", "unit", "participants",
      "content", "followUp", "followUpBy", "recordedBy"};
  private static final int[] WIDTHS = {18, 10, 14, 10, 10, 24, 60, 40, 12, 12};

  private final SheetWriter sheet;
  private final ResourceBundle texts;

  LedgerWorkbook(Locale locale, ZoneId zone) {
    texts = LedgerTexts.of(locale);
    sheet = new SheetWriter(texts.getString("sheet"),
        Arrays.stream(COLUMNS).map(column -> texts.getString("column." + column)).toList(), WIDTHS, zone);
  }

  void add(LedgerEntry entry) {
    var household = entry.household();
    sheet.add(Arrays.asList(
        entry.occurredAt(),
        LedgerTexts.kind(texts, entry.kind()),
        household.building().project().name().in(texts.getLocale()),
        household.building().name().in(texts.getLocale()),
        household.unit(),
        entry.participants(),
        entry.content(),
        entry.followUp(),
        entry.followUpBy() == null ? null : entry.followUpBy().toString(),
        entry.recordedBy().displayName()));
  }

  void writeTo(OutputStream out) throws IOException {
    sheet.writeTo(out);
  }

  @Override
  public void close() {
    sheet.close();
  }
}
