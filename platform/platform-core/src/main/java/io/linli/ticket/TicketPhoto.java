package io.linli.ticket;

import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo attached to a ticket (the leak, the broken lock …), stored with the ticket's tenant. */
@Entity
@Table(name = "ticket_photo")
public class TicketPhoto extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id")
  private Ticket ticket;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 8, nullable = false)
  private Photo kind;

  @Column(name = "size_bytes", nullable = false)
  private int size;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  @Embedded private Actor uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected TicketPhoto() {}

  TicketPhoto(Ticket ticket, Photo kind, byte[] content, Actor uploadedBy, Instant uploadedAt) {
    this.ticket = ticket;
    this.kind = kind;
    this.size = content.length;
    this.content = content;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Ticket ticket() {
    return ticket;
  }

  public Photo kind() {
    return kind;
  }

  public int size() {
    return size;
  }

  public byte[] content() {
    return content;
  }

  public Actor uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
