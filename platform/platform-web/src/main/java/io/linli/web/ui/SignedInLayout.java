package io.linli.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLink;
import io.linli.api.Role;
import io.linli.api.Surface;
import io.linli.identity.SignedInUser;
import io.linli.plugin.PluginContributions;
import io.linli.tenancy.Tenant;
import io.linli.tenancy.TenantService;
import io.linli.theme.ThemeCatalog;
import io.linli.web.theme.ThemeServlet;
import io.linli.identity.SignInService;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The frame of every signed-in page: the company's logo and name in its own colours, who is signed in, the
 * language, and sign-out. The company's theme pack is added to the page here, at runtime.
 */
@StyleSheet("context://styles/linli.css")
public class SignedInLayout extends AppLayout implements AfterNavigationObserver {

  private final PluginContributions plugins;
  private final HorizontalLayout pluginLinks = new HorizontalLayout();

  @Inject
  public SignedInLayout(TenantService tenants, ThemeCatalog themes, PluginContributions plugins,
      SignInService signIn) {
    this.plugins = plugins;
    Optional<SignedInUser> user = Session.user();
    Optional<Tenant> tenant = user.map(SignedInUser::tenant).flatMap(tenants::tenant);
    tenant.flatMap(t -> themes.find(t.theme())).ifPresent(pack -> {
      pack.styles().forEach(style -> UI.getCurrent().getPage().addStyleSheet(ThemeServlet.url(pack.name(), style)));
    });

    HorizontalLayout bar = new HorizontalLayout();
    bar.setWidthFull();
    bar.setAlignItems(FlexComponent.Alignment.CENTER);
    bar.addClassName("linli-header");
    bar.getStyle().set("padding", "0 var(--lumo-space-m)").set("min-height", "3.5rem")
        .set("background", "var(--linli-header-background, var(--lumo-primary-color))")
        .set("color", "var(--linli-header-text-color, var(--lumo-primary-contrast-color))");

    tenant.flatMap(t -> themes.find(t.theme()))
        .filter(pack -> pack.logo() != null)
        .ifPresent(pack -> {
          Image logo = new Image(ThemeServlet.url(pack.name(), pack.logo()), "logo");
          logo.setHeight("2.25rem");
          bar.add(logo);
        });
    Span company = new Span(tenant.map(t -> t.name().in(getLocale())).orElse(getTranslation("app.name")));
    company.setId("tenant-name");
    company.addClassName("linli-company");
    company.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
    bar.add(company);

    if (user.map(SignedInUser::isStaff).orElse(false)) {
      RouterLink home = new RouterLink(getTranslation("nav.home"), ConsoleHomeView.class);
      home.setHighlightCondition(HighlightConditions.sameLocation()); // not lit on every page under /console
      HorizontalLayout nav = new HorizontalLayout(home,
          new RouterLink(getTranslation("nav.tickets"), TicketQueueView.class));
      if (!java.util.Collections.disjoint(user.get().roles(), io.linli.dashboard.DashboardService.OVERSEERS)) {
        nav.add(new RouterLink(getTranslation("nav.dashboard"), DashboardView.class));
      }
      nav.add(new RouterLink(getTranslation("nav.ledger"), LedgerView.class),
          new RouterLink(getTranslation("nav.residents"), ConsoleResidentsView.class),
          new RouterLink(getTranslation("nav.notices"), ConsoleNoticesView.class),
          new RouterLink(getTranslation("nav.polls"), ConsolePollsView.class),
          new RouterLink(getTranslation("nav.faq"), ConsoleFaqView.class),
          new RouterLink(getTranslation("nav.alerts"), ConsoleAlertsView.class));
      pluginLinks.setId("plugin-nav");
      nav.add(pluginLinks);
      if (user.get().roles().contains(Role.TENANT_ADMIN)) {
        nav.add(administration());
      }
      nav.addClassName("linli-nav");
      nav.setId("nav");
      bar.add(nav);
    }
    Span spacer = new Span();
    bar.addAndExpand(spacer);
    user.ifPresent(u -> {
      Span who = new Span(u.displayName() + " · " + u.roles().stream()
          .map(r -> getTranslation("role." + r.name())).sorted().reduce((a, b) -> a + "、" + b).orElse(""));
      who.setId("signed-in-as");
      who.addClassName("linli-who");
      who.getStyle().set("font-size", "var(--lumo-font-size-s)");
      bar.add(who);
    });
    Button signOut = new Button(getTranslation("signout"), e -> Session.signOut());
    signOut.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_SMALL);
    signOut.setId("sign-out");
    if (user.map(SignedInUser::isStaff).orElse(false)) {
      Button password = new Button(getTranslation("password.change"), e -> new PasswordDialog(signIn).open());
      password.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
      password.getStyle().set("color", "inherit");
      password.setId("change-password");
      bar.add(password);
    }
    bar.add(new LanguageSwitch(), signOut);
    addToNavbar(true, bar);
  }

  /** 管理: the company admin's settings under one entry, so that the menu stays on one line. */
  private com.vaadin.flow.component.menubar.MenuBar administration() {
    var menu = new com.vaadin.flow.component.menubar.MenuBar();
    menu.setId("nav-admin");
    menu.addThemeVariants(com.vaadin.flow.component.menubar.MenuBarVariant.LUMO_TERTIARY_INLINE);
    var items = menu.addItem(getTranslation("nav.admin")).getSubMenu();
    items.addItem(getTranslation("nav.sla"), e -> getUI().ifPresent(ui -> ui.navigate(SlaSettingsView.class)));
    items.addItem(getTranslation("nav.plugins"), e -> getUI().ifPresent(ui -> ui.navigate(PluginsView.class)));
    items.addItem(getTranslation("nav.import"), e -> getUI().ifPresent(ui -> ui.navigate(ConsoleImportView.class)));
    items.addItem(getTranslation("nav.audit"), e -> getUI().ifPresent(ui -> ui.navigate(ConsoleAuditView.class)));
    return menu;
  }

  /** The menu entries of the plugins the company uses, asked for again on every navigation (they change live). */
  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    refreshPluginLinks();
  }

  void refreshPluginLinks() {
    pluginLinks.removeAll();
    Session.user().filter(SignedInUser::isStaff).ifPresent(user ->
        plugins.navigation(Surface.CONSOLE, user.caller()).forEach(link -> {
          Anchor anchor = new Anchor(link.href(), link.entry().label().in(getLocale()));
          anchor.getElement().setAttribute("router-link", true);
          anchor.addClassName("linli-plugin-link");
          pluginLinks.add(anchor);
        }));
    pluginLinks.setVisible(pluginLinks.getComponentCount() > 0); // no gap in the menu without entries
  }
}
