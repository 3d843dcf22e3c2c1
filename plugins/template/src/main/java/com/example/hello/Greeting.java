package com.example.hello;

import io.linli.api.PluginEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A ticket the plugin noticed. Entities extend PluginEntity: the platform keeps each company's rows apart. */
@Entity
@Table(name = "hello_greeting")
public class Greeting extends PluginEntity {

  @Column(name = "ticket_id")
  private long ticketId;

  private String title;

  protected Greeting() {}

  public Greeting(long ticketId, String title) {
    this.ticketId = ticketId;
    this.title = title;
  }

  public long ticketId() {
    return ticketId;
  }

  public String title() {
    return title;
  }
}
