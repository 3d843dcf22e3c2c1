package io.linli.ticket;

import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Who did something to a ticket: a staff member, a resident, or the platform's clocks. */
@Embeddable
public class Actor {

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind", length = 12)
  private AccountKind kind;

  @Column(name = "actor_id")
  private Long accountId;

  @Column(name = "actor_name", length = 60, nullable = false)
  private String name;

  protected Actor() {}

  private Actor(AccountKind kind, Long accountId, String name) {
    this.kind = kind;
    this.accountId = accountId;
    this.name = name;
  }

  public static Actor of(SignedInUser user) {
    return new Actor(user.kind(), user.accountId(), user.displayName());
  }

  /** The platform itself, e.g. the SLA scheduler. */
  public static Actor system() {
    return new Actor(null, null, "系统");
  }

  /** A plugin acting through the platform's services, e.g. commenting on a ticket. */
  public static Actor plugin(String pluginId) {
    return new Actor(null, null, "插件 " + pluginId);
  }

  public AccountKind kind() {
    return kind;
  }

  public Long accountId() {
    return accountId;
  }

  public String name() {
    return name;
  }

  public boolean isSystem() {
    return kind == null;
  }
}
