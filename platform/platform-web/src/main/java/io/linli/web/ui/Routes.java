package io.linli.web.ui;

import io.linli.identity.AccountKind;

/** Where each kind of account signs in and lands. */
public final class Routes {

  private Routes() {}

  public static String signIn(AccountKind kind) {
    return switch (kind) {
      case STAFF -> "login";
      case RESIDENT -> "portal/login";
      case OPERATOR -> "operator/login";
    };
  }

  public static String home(AccountKind kind) {
    return switch (kind) {
      case STAFF -> "console";
      case RESIDENT -> "portal";
      case OPERATOR -> "operator";
    };
  }
}
