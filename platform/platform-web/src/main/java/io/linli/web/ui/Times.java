package io.linli.web.ui;

import io.linli.tenancy.Tenant;
import java.time.format.DateTimeFormatter;

/** How the console shows moments: China time, to the minute. */
final class Times {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Tenant.ZONE);

  private Times() {}
}
