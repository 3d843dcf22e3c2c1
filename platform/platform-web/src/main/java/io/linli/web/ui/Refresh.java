package io.linli.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/** Reloads what a view shows every so often while it is attached: the browser polls, no push is needed. */
final class Refresh {

  private Refresh() {}

  static void every(Component view, int millis, Runnable load) {
    view.addAttachListener(attach -> {
      UI ui = attach.getUI();
      ui.setPollInterval(millis);
      Registration poll = ui.addPollListener(event -> load.run());
      Registration[] detach = new Registration[1];
      detach[0] = view.addDetachListener(event -> {
        poll.remove();
        ui.setPollInterval(-1);
        detach[0].remove();
      });
    });
  }
}
