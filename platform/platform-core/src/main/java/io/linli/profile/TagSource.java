package io.linli.profile;

/** Who set a tag: the rules, or a staff member by hand. */
public enum TagSource {
  RULE,
  MANUAL
}
