package io.linli.web.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.web.security.SignedInUserFilter;
import java.util.Locale;
import java.util.Optional;

/** The browser session's signed-in user, kept where the request filter finds it to bind the tenant. */
public final class Session {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private Session() {}

  public static Optional<SignedInUser> user() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((SignedInUser) session.getSession().getAttribute(SignedInUserFilter.SESSION_USER));
  }

  public static SignedInUser requireUser() {
    return user().orElseThrow(() -> new IllegalStateException("not signed in"));
  }

  /** Signs {@code user} in, under a new session id so a session id seen before sign-in is worthless. */
  public static void signIn(SignedInUser user) {
    VaadinService.reinitializeSession(VaadinRequest.getCurrent());
    VaadinSession.getCurrent().getSession().setAttribute(SignedInUserFilter.SESSION_USER, user);
  }

  /** Keeps the session signed in as {@code user}, the same person under a changed password. */
  public static void renew(SignedInUser user) {
    VaadinSession.getCurrent().getSession().setAttribute(SignedInUserFilter.SESSION_USER, user);
  }

  /** Ends the session and returns to the sign-in page of the user's kind. */
  public static void signOut() {
    AccountKind kind = user().map(SignedInUser::kind).orElse(AccountKind.STAFF);
    var ui = com.vaadin.flow.component.UI.getCurrent();
    ui.getPage().setLocation(Routes.signIn(kind));
    VaadinSession.getCurrent().getSession().invalidate();
  }

  /** The session's language: Chinese unless English was chosen. */
  public static void setLocale(Locale locale) {
    VaadinSession.getCurrent().setLocale(locale);
  }
}
