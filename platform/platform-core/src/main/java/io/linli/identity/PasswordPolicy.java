package io.linli.identity;

import java.util.Arrays;

/** What a new password must be: long enough to resist guessing, and not the old one or the account's own name. */
final class PasswordPolicy {

  static final int MIN_LENGTH = 8;
  static final int MAX_LENGTH = 200;

  private PasswordPolicy() {}

  /** @throws IllegalArgumentException naming {@code newPassword} and why, when it may not be used */
  static void check(String username, char[] currentPassword, char[] newPassword) {
    if (newPassword.length < MIN_LENGTH || newPassword.length > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "newPassword: must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
    }
    if (Arrays.equals(newPassword, currentPassword)) {
      throw new IllegalArgumentException("newPassword: must differ from the current password");
    }
    if (String.valueOf(newPassword).equalsIgnoreCase(username)) {
      throw new IllegalArgumentException("newPassword: must not be the account's name");
    }
    if (String.valueOf(newPassword).chars().distinct().count() < 4) {
      throw new IllegalArgumentException("newPassword: must not repeat so few characters");
    }
  }
}
