package io.linli.alert;

import io.linli.api.Label;
import io.linli.api.Metric.Signal;
import java.util.Objects;

/** How a project stands on one rule, with the reason a manager reads. */
public record Verdict(AlertRule rule, Signal signal, Label reason) {

  public Verdict {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(reason, "reason");
  }
}
