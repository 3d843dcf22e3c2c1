package io.linli.survey;

/** How a question is answered. */
public enum QuestionKind {
  /** One of the options. */
  SINGLE,
  /** Any of the options, at least one. */
  MULTIPLE,
  /** 1 (very dissatisfied) to 5 (very satisfied). */
  SCALE,
  /** 0 to 10: how likely the owner would recommend the service (Net Promoter Score). */
  NPS,
  /** Free text; may be left empty. */
  TEXT;

  /** @return whether the owner must answer it */
  public boolean required() {
    return this != TEXT;
  }

  /** @return whether it is answered with options the questionnaire lists */
  public boolean hasOptions() {
    return this == SINGLE || this == MULTIPLE;
  }
}
