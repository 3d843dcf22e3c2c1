package io.linli.web.ui;

import com.vaadin.flow.component.html.Span;
import io.linli.sla.SlaClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A clock's countdown, coloured green / yellow (≥ 75 % used) / red (breached); grey while paused or stopped. */
final class SlaBadge extends Span {

  SlaBadge(Optional<SlaClock> clock, Instant now) {
    addClassName("sla");
    if (clock.isEmpty() || clock.get().stoppedAt().isPresent()) {
      addClassName("sla-NONE");
      setText(getTranslation("sla.none"));
      return;
    }
    SlaClock c = clock.get();
    String kind = getTranslation("clock." + c.kind().name());
    if (c.isPaused()) {
      addClassName("sla-PAUSED");
      setText(kind + " " + getTranslation("sla.paused"));
      return;
    }
    addClassName("sla-" + c.state(now).name());
    Duration remaining = c.remaining(now);
    String amount = amount(remaining.abs());
    setText(kind + " " + (remaining.isNegative()
        ? getTranslation("sla.overdue", amount) : getTranslation("sla.left", amount)));
  }

  private String amount(Duration d) {
    if (d.toDays() > 0) {
      return getTranslation("sla.days", d.toDays(), d.toHoursPart());
    }
    if (d.toHours() > 0) {
      return getTranslation("sla.hours", d.toHours(), d.toMinutesPart());
    }
    return getTranslation("sla.minutes", Math.max(1, d.toMinutes()));
  }
}
