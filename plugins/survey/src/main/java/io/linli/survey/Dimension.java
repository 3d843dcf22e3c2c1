package io.linli.survey;

import io.linli.api.Label;

/** The five dimensions of service quality in SERVQUAL (Parasuraman, Zeithaml and Berry). */
public enum Dimension {
  TANGIBLES(new Label("有形性", "Tangibles")),
  RELIABILITY(new Label("可靠性", "Reliability")),
  RESPONSIVENESS(new Label("响应性", "Responsiveness")),
  ASSURANCE(new Label("保证性", "Assurance")),
  EMPATHY(new Label("移情性", "Empathy"));

  private final Label label;

  Dimension(Label label) {
    this.label = label;
  }

  public Label label() {
    return label;
  }
}
