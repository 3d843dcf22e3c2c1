package io.linli.web.security;

import io.linli.audit.AuditOrigin;
import io.linli.identity.AccessTokens;
import io.linli.identity.SignInService;
import io.linli.identity.SignedInUser;
import io.linli.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Establishes who is asking, for every request: a bearer token on /api, the signed-in session in the browser; either
 * ends when the account's password changes. Binds that user's tenant, and only that, and who they are for the audit
 * log, for the whole request. Requests without a user pass through unbound;
 * the REST layer and the views decide what they may see.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SignedInUserFilter extends HttpFilter {

  /** The session attribute that holds the {@link SignedInUser} of a browser session. */
  public static final String SESSION_USER = SignedInUser.class.getName();

  @Inject AccessTokens tokens;
  @Inject SignInService signIn;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    Optional<SignedInUser> user = (api ? bearer(request) : sessionUser(request)).filter(signIn::stillSignedIn);
    if (user.isEmpty() && !api) {
      endSession(request);
    }
    try (var origin = AuditOrigin.open(user.map(SignedInUser::auditActor).orElse(null), request.getRemoteAddr())) {
      if (user.isEmpty()) {
        chain.doFilter(request, response);
        return;
      }
      SignedInRequest signedIn = new SignedInRequest(request, user.get());
      if (user.get().tenant() == null) {
        chain.doFilter(signedIn, response);
        return;
      }
      try (var scope = TenantContext.open(user.get().tenant())) {
        chain.doFilter(signedIn, response);
      }
    }
  }

  /** A browser signed in with a password that has since changed is signed out. */
  private static void endSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USER) != null) {
      session.removeAttribute(SESSION_USER);
    }
  }

  private Optional<SignedInUser> bearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return tokens.verify(header.substring(7).trim());
  }

  private static Optional<SignedInUser> sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((SignedInUser) session.getAttribute(SESSION_USER));
  }
}
