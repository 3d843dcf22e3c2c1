package io.linli.poll;

import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One answer a household may choose. */
@Entity
@Table(name = "poll_option")
public class PollOption extends TenantOwned {

  static final int MAX_LABEL = 60;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "poll_id")
  private Poll poll;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "label", length = MAX_LABEL, nullable = false)
  private String label;

  @Enumerated(EnumType.STRING)
  @Column(name = "stance", length = 10, nullable = false)
  private Stance stance;

  protected PollOption() {}

  PollOption(Poll poll, int position, String label, Stance stance) {
    this.poll = poll;
    this.position = position;
    this.label = label;
    this.stance = stance;
  }

  public Poll poll() {
    return poll;
  }

  public int position() {
    return position;
  }

  public String label() {
    return label;
  }

  public Stance stance() {
    return stance;
  }
}
