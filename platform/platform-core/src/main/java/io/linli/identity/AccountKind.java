package io.linli.identity;

/** Who signs in: company staff (console), residents (portal), or the SaaS operator (no tenant). */
public enum AccountKind {
  STAFF,
  RESIDENT,
  OPERATOR
}
