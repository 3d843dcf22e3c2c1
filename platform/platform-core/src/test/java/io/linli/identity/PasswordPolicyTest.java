package io.linli.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static final char[] CURRENT = "xixi-2026-春".toCharArray();

  @Test
  void a_long_enough_new_password_is_taken() {
    assertThatCode(() -> PasswordPolicy.check("agent.xixi", CURRENT, "梧桐苑3栋-夏天".toCharArray()))
        .doesNotThrowAnyException();
  }

  @Test
  void a_short_password_is_refused_naming_the_field() {
    assertThatThrownBy(() -> PasswordPolicy.check("agent.xixi", CURRENT, "abc123".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("newPassword: must be 8");
  }

  @Test
  void the_current_password_is_not_a_new_one() {
    assertThatThrownBy(() -> PasswordPolicy.check("agent.xixi", CURRENT, CURRENT.clone()))
        .hasMessageContaining("differ from the current");
  }

  @Test
  void the_account_name_is_not_a_password() {
    assertThatThrownBy(() -> PasswordPolicy.check("agent.xixi", CURRENT, "Agent.Xixi".toCharArray()))
        .hasMessageContaining("account's name");
  }

  @Test
  void a_run_of_one_character_is_refused() {
    assertThatThrownBy(() -> PasswordPolicy.check("agent.xixi", CURRENT, "1111111111".toCharArray()))
        .hasMessageContaining("so few characters");
  }
}
