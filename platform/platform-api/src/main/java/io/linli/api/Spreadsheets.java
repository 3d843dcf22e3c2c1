package io.linli.api;

import java.util.List;

/** Excel workbooks, written by the platform (Apache POI) so plugins need not ship a library for it. */
public interface Spreadsheets {

  /**
   * @param rows cells of {@code String}, {@code Number}, {@code java.time.Instant} (shown in the company's time
   *     zone) or null
   * @return an {@code .xlsx} workbook of one sheet: a bold header row, then the rows
   */
  byte[] workbook(String sheetName, List<String> header, List<List<Object>> rows);
}
