package io.linli.web.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import io.linli.identity.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * Guards every navigation: a view marked {@link ForAccount} opens only for that kind of account; everyone else is
 * sent to its sign-in page. New sessions start in Chinese.
 */
@ApplicationScoped
public class AccessControl {

  void serviceInit(@Observes ServiceInitEvent event) {
    event.getSource().addSessionInitListener(e -> e.getSession().setLocale(Session.CHINESE));
    event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(AccessControl::check));
  }

  private static void check(BeforeEnterEvent event) {
    ForAccount required = event.getNavigationTarget().getAnnotation(ForAccount.class);
    if (required == null) {
      return;
    }
    Optional<SignedInUser> user = Session.user();
    if (user.isEmpty() || user.get().kind() != required.value()) {
      event.forwardTo(Routes.signIn(required.value()));
    }
  }
}
