package io.linli.audit;

import java.util.Optional;

/**
 * The person and client address a request acts for, bound to the request's thread by the web layer, so that a
 * service records who changed something without each caller passing it along. Background work has none: its entries
 * are the platform's.
 */
public final class AuditOrigin {

  private static final ThreadLocal<AuditOrigin> CURRENT = new ThreadLocal<>();

  private final AuditActor actor;
  private final String clientAddress;

  private AuditOrigin(AuditActor actor, String clientAddress) {
    this.actor = actor;
    this.clientAddress = clientAddress;
  }

  /**
   * Binds the origin until the returned scope is closed; the previous one, if any, comes back then.
   *
   * @param actor the signed-in person, or null before anyone signed in
   */
  public static Scope open(AuditActor actor, String clientAddress) {
    AuditOrigin previous = CURRENT.get();
    CURRENT.set(new AuditOrigin(actor, clientAddress));
    return () -> {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    };
  }

  static Optional<AuditOrigin> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** @return the signed-in person; the platform when the request has none (it then changes nothing of anyone's) */
  AuditActor actor() {
    return actor == null ? AuditActor.SYSTEM : actor;
  }

  String clientAddress() {
    return clientAddress;
  }

  /** An origin bound to a thread; closing it unbinds it. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
