package com.example.hello;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GreetingsTest {

  @Test
  void the_greeting_names_the_company_and_counts_the_tickets_noticed() {
    assertThat(Greetings.greet("huayuan", 3)).isEqualTo("你好，huayuan！已记录 3 张工单。");
  }
}
