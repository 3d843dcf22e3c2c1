package io.linli.survey;

import io.linli.api.PluginEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A questionnaire of the company; at most one is the one sent after each service. */
@Entity
@Table(name = "survey_questionnaire")
public class Questionnaire extends PluginEntity {

  private String name;

  @Enumerated(EnumType.STRING)
  private Template template;

  @Column(name = "after_service")
  private boolean afterService;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Questionnaire() {}

  Questionnaire(String name, Template template, boolean afterService, Instant createdAt) {
    this.name = name;
    this.template = template;
    this.afterService = afterService;
    this.createdAt = createdAt;
  }

  public String name() {
    return name;
  }

  public Template template() {
    return template;
  }

  public boolean afterService() {
    return afterService;
  }

  void afterService(boolean afterService) {
    this.afterService = afterService;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
