package com.example.hello;

import io.linli.api.PluginContext;
import java.util.List;

/** The plugin's logic, in plain Java over the context the platform hands it. */
public class Greetings {

  private final PluginContext context;

  public Greetings(PluginContext context) {
    this.context = context;
  }

  /** @return a greeting for the company */
  public static String greet(String company, int noticed) {
    return "你好，" + company + "！已记录 " + noticed + " 张工单。";
  }

  public void notice(long ticketId, String title) {
    context.data().run(em -> em.persist(new Greeting(ticketId, title)));
  }

  public List<Greeting> noticed() {
    return context.data().transaction(em ->
        em.createQuery("select g from Greeting g order by g.id desc", Greeting.class).setMaxResults(20)
            .getResultList());
  }

  public String greeting() {
    return greet(context.tenant().value(), noticed().size());
  }
}
