package io.linli.audit;

import java.util.Objects;

/**
 * Who an audit entry is about: an account ({@code kind} STAFF, RESIDENT or OPERATOR, with its id) or the platform's
 * own background work. Plain values, so that every feature may record without this package knowing them.
 */
public record AuditActor(String kind, Long id, String name) {

  public static final AuditActor SYSTEM = new AuditActor("SYSTEM", null, "系统");

  public AuditActor {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(name);
  }
}
