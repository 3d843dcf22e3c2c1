package io.linli.replyscript;

import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;

/**
 * 话术: a reply template of the tenant's library in the "fact + data + solution" form, for one category of request
 * (or any), with variables such as {@code ${owner}} and {@code ${deadline}} filled from the ticket.
 */
@Entity
@Table(name = "reply_script")
public class ReplyScript extends TenantOwned {

  @Column(name = "code", length = 40, nullable = false)
  private String code;

  /** Null for a script that fits every category. */
  @Column(name = "category", length = 32)
  private String category;

  @Column(name = "title", length = 80, nullable = false)
  private String title;

  @Column(name = "body", length = 2000, nullable = false)
  private String body;

  protected ReplyScript() {}

  public ReplyScript(String code, String category, String title, String body) {
    this.code = code;
    redefine(category, title, body);
  }

  public void redefine(String category, String title, String body) {
    this.category = category;
    this.title = title;
    this.body = body;
  }

  public String code() {
    return code;
  }

  public String category() {
    return category;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  /** @return the body with the known variables filled in; an unknown {@code ${x}} stays visible for the agent to fix */
  public String render(Map<String, String> variables) {
    return new StringSubstitutor(variables).replace(body);
  }
}
