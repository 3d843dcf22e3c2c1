package io.linli.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Excel downloads. The sheet is written to a temporary file before the response starts, so that a refusal (a place
 * the caller may not see, a bad parameter) is a 4xx problem rather than a broken download, and memory stays flat
 * however many rows there are.
 */
final class Spreadsheets {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Writes the sheet. */
  interface Sheet {
    void writeTo(OutputStream out) throws IOException;
  }

  private Spreadsheets() {}

  static Response attachment(String fileName, Sheet sheet) throws IOException {
    Path file = Files.createTempFile("linli-", ".xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      sheet.writeTo(out);
    } catch (RuntimeException | IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    StreamingOutput body = out -> {
      try {
        Files.copy(file, out);
      } finally {
        Files.deleteIfExists(file);
      }
    };
    return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
  }
}
