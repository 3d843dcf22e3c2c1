package io.linli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The compact tables the run ends with, printed and written to a file to keep next to the code that was measured. */
final class BenchReport {

  private final StringBuilder text = new StringBuilder();

  void line(String line) {
    text.append(line).append('\n');
  }

  /** A table with columns as wide as their widest cell; the first column is left-aligned, the rest right-aligned. */
  void table(List<String> header, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    int[] widths = new int[header.size()];
    for (List<String> row : all) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    for (int r = 0; r < all.size(); r++) {
      StringBuilder out = new StringBuilder();
      List<String> row = all.get(r);
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        String pad = " ".repeat(widths[c] - width(cell));
        out.append(c == 0 ? cell + pad : "  " + pad + cell);
      }
      line(out.toString().stripTrailing());
      if (r == 0) {
        line("-".repeat(Arrays.stream(widths).sum() + 2 * (widths.length - 1)));
      }
    }
  }

  /** Rows of a load step: throughput, latency, errors, and how it compares. */
  static List<String> loadRow(LoadRun.Result result, String comparison, String target) {
    return List.of(result.name() + " (" + result.workers() + ")", number(result.perSecond(), 1),
        number(result.p50(), 2), number(result.p99(), 2), String.valueOf(result.errors()), comparison, target);
  }

  static String number(double value, int decimals) {
    return Double.isNaN(value) ? "-" : String.format("%,." + decimals + "f", value);
  }

  /** Chinese characters take two columns in a terminal; the bench's own labels are ASCII, tenant names are not. */
  private static int width(String cell) {
    return cell.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
  }

  String text() {
    return text.toString();
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text);
  }
}
