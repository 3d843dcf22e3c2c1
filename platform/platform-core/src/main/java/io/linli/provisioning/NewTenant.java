package io.linli.provisioning;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the operator gives to start a new, empty tenant with its first tenant admin. A class rather than a record:
 * Payara's OpenAPI scanner fails on constraints of record components.
 */
public final class NewTenant {

  @NotNull(message = "{linli.required}")
  @Pattern(regexp = "[a-z][a-z0-9-]{1,30}", message = "{linli.tenant.id}")
  private final String id;

  @NotBlank(message = "{linli.required}")
  @Size(max = 100, message = "{linli.max100}")
  private final String nameZh;

  @Size(max = 100, message = "{linli.max100}")
  private final String nameEn;

  @NotNull(message = "{linli.required}")
  @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "{linli.theme.name}")
  private final String theme;

  @NotNull(message = "{linli.required}")
  @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,39}", message = "{linli.username}")
  private final String adminUsername;

  @NotBlank(message = "{linli.required}")
  @Size(max = 60, message = "{linli.max60}")
  private final String adminName;

  @NotNull(message = "{linli.required}")
  @Size(min = 10, max = 200, message = "{linli.password.length}")
  private final String adminPassword;

  @JsonbCreator
  public NewTenant(
      @JsonbProperty("id") String id,
      @JsonbProperty("nameZh") String nameZh,
      @JsonbProperty("nameEn") String nameEn,
      @JsonbProperty("theme") String theme,
      @JsonbProperty("adminUsername") String adminUsername,
      @JsonbProperty("adminName") String adminName,
      @JsonbProperty("adminPassword") String adminPassword) {
    this.id = id;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.theme = theme;
    this.adminUsername = adminUsername;
    this.adminName = adminName;
    this.adminPassword = adminPassword;
  }

  public String id() {
    return id;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public String theme() {
    return theme;
  }

  public String adminUsername() {
    return adminUsername;
  }

  public String adminName() {
    return adminName;
  }

  public String adminPassword() {
    return adminPassword;
  }
}
