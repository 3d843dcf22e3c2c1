package io.linli.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import io.linli.poll.PollStatus;

/** The status of a poll as a coloured badge: 未开始, 进行中, 已结束. */
final class PollBadges {

  private PollBadges() {}

  static Span status(Component in, PollStatus status) {
    Span badge = new Span(in.getTranslation("polls.status." + status.name()));
    badge.addClassName("poll-status");
    badge.getElement().getThemeList().add(switch (status) {
      case UPCOMING -> "badge contrast";
      case OPEN -> "badge success";
      case CLOSED -> "badge";
    });
    return badge;
  }
}
