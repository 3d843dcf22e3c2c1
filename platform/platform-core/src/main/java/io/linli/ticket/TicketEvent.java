package io.linli.ticket;

import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step on a ticket's timeline: who did what, when, by which channel, and what was said. Never changed. */
@Entity
@Table(name = "ticket_event")
public class TicketEvent extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id")
  private Ticket ticket;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", length = 16, nullable = false)
  private TicketAction action;

  @Embedded private Actor actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 12, nullable = false)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_after", length = 16, nullable = false)
  private TicketStatus statusAfter;

  @Column(name = "text", length = 2000)
  private String text;

  protected TicketEvent() {}

  TicketEvent(Ticket ticket, Instant at, TicketAction action, Actor actor, Channel channel, String text) {
    this.ticket = ticket;
    this.at = at;
    this.action = action;
    this.actor = actor;
    this.channel = channel;
    this.statusAfter = ticket.status();
    this.text = text;
  }

  public Instant at() {
    return at;
  }

  public TicketAction action() {
    return action;
  }

  public Actor actor() {
    return actor;
  }

  public Channel channel() {
    return channel;
  }

  public TicketStatus statusAfter() {
    return statusAfter;
  }

  public String text() {
    return text;
  }
}
