package io.linli.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.plugin.PluginContributions;
import io.linli.web.Workplace;
import jakarta.inject.Inject;

/** 工作台: a staff member's home — their company, role and projects. */
@Route(value = "console", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class ConsoleHomeView extends VerticalLayout implements HasDynamicTitle {

  @Inject
  public ConsoleHomeView(Workplace workplace, PluginContributions plugins) {
    SignedInUser user = Session.requireUser();
    Workplace.View view = workplace.of(user);
    add(new H2(getTranslation("home.console.title")));
    Paragraph role = new Paragraph(getTranslation("home.role", user.roles().stream()
        .map(r -> getTranslation("role." + r.name())).findFirst().orElse("")));
    role.setId("role");
    add(role, new H3(getTranslation("home.projects")));
    Div projects = new Div();
    projects.setId("projects");
    if (view.projects().isEmpty()) {
      projects.add(new Paragraph(getTranslation("home.projects.none")));
    }
    view.projects().forEach(p -> projects.add(Cards.card(
        new Span(p.name().in(getLocale())), new Span(p.region().name().in(getLocale()) + " · " + p.address()))));
    add(projects);
    var metrics = plugins.metrics();
    if (!metrics.isEmpty()) {
      add(new H3(getTranslation("home.metrics")));
      Div figures = new Div();
      figures.setId("plugin-metrics");
      figures.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
      metrics.forEach(m -> figures.add(MetricTile.of(m.metric(), getLocale())));
      add(figures);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("home.console.title") + " · " + getTranslation("app.name");
  }
}
