package io.linli.web.ui;

import com.vaadin.flow.component.Component;
import io.linli.sla.ClockKind;
import io.linli.sla.SlaClock;
import io.linli.ticket.Ticket;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the company promised, as the owner reads it: "我们将在 2 小时内响应，24 小时内处理完毕" from the ticket's clocks.
 * Short limits read as "within"; long ones (working days) as the moment they end.
 */
final class Promise {

  private static final Duration SAID_AS_WITHIN = Duration.ofHours(48);
  private static final DateTimeFormatter BY = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(Times.WHEN.getZone());

  private Promise() {}

  /** @return the sentence, or null when the ticket runs no clock the owner waits on */
  static String of(Component in, Ticket ticket) {
    List<String> parts = Stream.of(ClockKind.RESPONSE, ClockKind.ON_SITE, ClockKind.RESOLUTION)
        .map(kind -> ticket.clock(kind).map(clock -> in.getTranslation("promise." + kind.name(), amount(in, clock)))
            .orElse(null))
        .filter(Objects::nonNull)
        .toList();
    return parts.isEmpty() ? null
        : in.getTranslation("promise.sentence", String.join(in.getTranslation("promise.and"), parts));
  }

  private static String amount(Component in, SlaClock clock) {
    Duration limit = Duration.between(clock.startedAt(), clock.dueAt());
    if (limit.compareTo(SAID_AS_WITHIN) > 0) {
      return in.getTranslation("promise.by", BY.format(clock.dueAt()));
    }
    return limit.toMinutes() % 60 == 0
        ? in.getTranslation("promise.withinHours", limit.toHours())
        : in.getTranslation("promise.withinMinutes", limit.toMinutes());
  }
}
