package io.linli.web;

import io.linli.dashboard.ClockFigures;
import io.linli.dashboard.DashboardService.Dashboard;
import io.linli.dashboard.Ratio;
import io.linli.dashboard.ServiceFigures;
import io.linli.sla.ClockKind;
import io.linli.spreadsheet.SheetWriter;
import io.linli.tenancy.Tenant;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** A dashboard as an Excel sheet: a row per place below, then the whole; shares in percent, times in minutes. */
public final class DashboardSheets {

  private static final String[] COLUMNS = {"place", "received", "responseAverage", "responseP90", "responseOnTime",
      "resolutionOnTime", "onSiteOnTime", "returnVisitOnTime", "resolution", "firstContact", "rating", "lowRatings", "repeats", "complaints",
      "complaintsPerThousand", "acknowledgement", "householdsPerAgent", "householdsPerSteward"};
  private static final int[] WIDTHS = {20};

  private DashboardSheets() {}

  public static void write(Dashboard dashboard, Locale locale, OutputStream out) throws IOException {
    DashboardFormat format = new DashboardFormat(locale);
    try (SheetWriter sheet = new SheetWriter(format.text("dashboard.title"),
        Arrays.stream(COLUMNS).map(c -> format.text("dashboard.sheet." + c)).toList(), WIDTHS, Tenant.ZONE)) {
      dashboard.places().forEach(p -> sheet.add(row(p.place().name().in(locale), p.figures())));
      sheet.add(row(format.text("dashboard.sheet.total"), dashboard.total()));
      sheet.writeTo(out);
    }
  }

  private static List<Object> row(String place, ServiceFigures f) {
    ClockFigures response = f.clocks().get(ClockKind.RESPONSE);
    List<Object> row = new ArrayList<>();
    row.add(place);
    row.add(f.received());
    row.add(response == null ? null : rounded(response.averageMinutes()));
    row.add(response == null || response.p90Minutes().isEmpty() ? null : response.p90Minutes().getAsLong());
    row.add(response == null ? null : percent(response.onTime()));
    for (ClockKind kind : java.util.List.of(ClockKind.RESOLUTION, ClockKind.ON_SITE, ClockKind.RETURN_VISIT)) {
      ClockFigures clock = f.clocks().get(kind);
      row.add(clock == null ? null : percent(clock.onTime()));
    }
    row.add(percent(f.resolution()));
    row.add(percent(f.firstContact()));
    row.add(rounded(f.averageRating()));
    row.add(percent(f.lowRatings()));
    row.add(percent(f.repeats()));
    row.add(f.complaints());
    row.add(rounded(f.complaintsPerThousandHouseholds()));
    row.add(percent(f.acknowledgement()));
    row.add(rounded(f.householdsPerAgent()));
    row.add(rounded(f.householdsPerSteward()));
    return row;
  }

  private static Double percent(Ratio ratio) {
    return rounded(ratio.share().isEmpty() ? OptionalDouble.empty()
        : OptionalDouble.of(ratio.share().getAsDouble() * 100));
  }

  private static Double rounded(OptionalDouble value) {
    return value.isEmpty() ? null : Math.round(value.getAsDouble() * 10) / 10.0;
  }
}
