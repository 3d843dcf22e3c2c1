package com.example.hello;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.linli.api.Label;
import io.linli.api.NavigationEntry;
import io.linli.api.PluginContext;
import io.linli.api.PluginViews;
import io.linli.api.Surface;
import io.linli.api.ViewRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/** A menu entry in the console and its page, {@code /console/plugins/hello}. */
@Extension
public class HelloViews implements PluginViews {

  private final Greetings greetings;

  public HelloViews(PluginContext context) {
    greetings = new Greetings(context);
  }

  @Override
  public List<NavigationEntry> navigation() {
    return List.of(new NavigationEntry(Surface.CONSOLE, "", new Label("你好", "Hello"), Set.of()));
  }

  @Override
  public Optional<Component> view(ViewRequest request) {
    if (request.surface() != Surface.CONSOLE || !request.segment(0).isEmpty()) {
      return Optional.empty();
    }
    UnorderedList noticed = new UnorderedList();
    greetings.noticed().forEach(g -> noticed.add(new ListItem("#" + g.ticketId() + " " + g.title())));
    Paragraph greeting = new Paragraph(greetings.greeting());
    greeting.setId("hello-greeting");
    return Optional.of(new Div(new H2(new Label("你好", "Hello").in(request.locale())), greeting, noticed));
  }
}
