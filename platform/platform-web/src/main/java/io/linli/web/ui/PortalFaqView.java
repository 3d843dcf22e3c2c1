package io.linli.web.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.knowledge.Article;
import io.linli.knowledge.KnowledgeService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * 常见问题: an owner searches the company's answers before filing (on enter), opens one and may say
 * 这解决了我的问题; when nothing matched, 没找到答案？去报事. Phone-sized first.
 */
@Route(value = "portal/faq/:id?([0-9]{1,18})", layout = SignedInLayout.class)
@ForAccount(AccountKind.RESIDENT)
public class PortalFaqView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  static final String REPORT = "portal/report";

  private final KnowledgeService knowledge;
  private final Div results = new Div();

  @Inject
  public PortalFaqView(KnowledgeService knowledge) {
    this.knowledge = knowledge;
    setId("portal-faq");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    SignedInUser user = Session.requireUser();
    var id = event.getRouteParameters().get("id");
    if (id.isPresent()) {
      try {
        article(user, knowledge.article(user, Long.parseLong(id.get())));
      } catch (NoSuchElementException e) {
        event.rerouteToError(NotFoundException.class); // a draft, or another company's: not there
      }
    } else {
      search(user);
    }
  }

  private void search(SignedInUser user) {
    add(new H2(getTranslation("faq.portal.title")));
    TextField query = new TextField();
    query.setId("faq-search");
    query.setPlaceholder(getTranslation("faq.search.placeholder"));
    query.setPrefixComponent(VaadinIcon.SEARCH.create());
    query.setClearButtonVisible(true);
    query.setWidthFull();
    // on enter (or leaving the field), not on every key: each search is one row of the owners' search log
    query.setValueChangeMode(ValueChangeMode.ON_CHANGE);
    query.addValueChangeListener(e -> show(user, e.getValue()));
    results.setId("faq-results");
    results.setWidthFull();
    add(query, results);
    show(user, "");
  }

  private void show(SignedInUser user, String text) {
    results.removeAll();
    if (text.isBlank()) {
      results.add(new H3(getTranslation("faq.popular")));
      knowledge.published(10).forEach(a -> results.add(card(a, firstLine(a))));
      return;
    }
    List<KnowledgeService.Found> found = knowledge.search(user, text, 10);
    if (found.isEmpty()) {
      results.add(new Paragraph(getTranslation("faq.nothingFound")));
    }
    found.forEach(f -> results.add(card(f.article(), f.snippet())));
    results.add(reportLink());
  }

  private Div card(Article article, String detail) {
    Anchor link = new Anchor("portal/faq/" + article.id(), article.question());
    link.getElement().setAttribute("router-link", true);
    Div card = Cards.card(new Span(link), new Span(detail));
    card.addClassName("faq-hit");
    return card;
  }

  private static String firstLine(Article article) {
    String text = article.answerText();
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  private void article(SignedInUser user, KnowledgeService.Read read) {
    Anchor back = new Anchor("portal/faq", getTranslation("faq.back"));
    back.getElement().setAttribute("router-link", true);
    add(back);
    H2 question = new H2(read.article().question());
    question.setId("faq-question");
    Div answer = new Div(new Html("<div>" + read.article().answer() + "</div>"));
    answer.setId("faq-answer");
    answer.setWidthFull();
    Div verdict = new Div();
    verdict.setId("faq-verdict");
    verdict(user, read, verdict);
    add(question, answer, verdict, reportLink());
  }

  private void verdict(SignedInUser user, KnowledgeService.Read read, Div verdict) {
    verdict.removeAll();
    Span count = new Span(getTranslation("faq.helpedHouseholds", read.helpful()));
    count.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
        .set("display", "block").set("margin-bottom", "var(--lumo-space-s)");
    if (read.helpedMyHousehold()) {
      verdict.add(new Paragraph(getTranslation("faq.thanks")), count);
      return;
    }
    Button helpful = new Button(getTranslation("faq.helpful"), VaadinIcon.THUMBS_UP.create(),
        e -> verdict(user, knowledge.markHelpful(user, read.article().id()), verdict));
    helpful.setId("faq-helpful");
    helpful.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    verdict.add(count, helpful);
  }

  private Anchor reportLink() {
    Anchor report = new Anchor(REPORT, getTranslation("faq.report"));
    report.setId("faq-report");
    report.getElement().setAttribute("router-link", true);
    report.getStyle().set("display", "block").set("margin-top", "var(--lumo-space-m)");
    return report;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("faq.portal.title") + " · " + getTranslation("app.name");
  }
}
