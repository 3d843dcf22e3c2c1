package io.linli.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.knowledge.Article;
import io.linli.knowledge.KnowledgeService;
import io.linli.sla.SlaPolicies;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 知识库: the company's articles with how many households each helped, searched as owners search them; writers
 * (admin, director, project manager, agent) add and edit them below the list.
 */
@Route(value = "console/faq", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class ConsoleFaqView extends VerticalLayout implements HasDynamicTitle {

  private static final String NO_CATEGORY = "";

  private final KnowledgeService knowledge;
  private final Grid<KnowledgeService.Read> grid = new Grid<>();
  private final TextField search = new TextField();
  private final VerticalLayout editor = new VerticalLayout();

  @Inject
  public ConsoleFaqView(KnowledgeService knowledge) {
    this.knowledge = knowledge;
    setId("console-faq");
    SignedInUser user = Session.requireUser();
    add(new H2(getTranslation("faq.console.title")));
    search.setId("faq-console-search");
    search.setPlaceholder(getTranslation("faq.search.placeholder"));
    search.setClearButtonVisible(true);
    search.setWidth("24rem");
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> refresh(user));
    HorizontalLayout bar = new HorizontalLayout(search);
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    if (KnowledgeService.writes(user)) {
      Button create = new Button(getTranslation("faq.new"), e -> edit(user, null));
      create.setId("faq-new");
      create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      bar.add(create);
      grid.addItemClickListener(e -> edit(user, e.getItem().article()));
    }
    add(bar);
    grid.setId("faq-articles");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.addColumn(r -> r.article().question()).setHeader(getTranslation("faq.question")).setFlexGrow(3);
    grid.addColumn(r -> r.article().category() == null ? "—" : getTranslation("category." + r.article().category()))
        .setHeader(getTranslation("faq.category")).setAutoWidth(true);
    grid.addColumn(r -> getTranslation(r.article().published() ? "faq.published" : "faq.draft"))
        .setHeader(getTranslation("faq.status")).setAutoWidth(true);
    grid.addColumn(r -> r.helpful()).setHeader(getTranslation("faq.helpfulCount")).setAutoWidth(true);
    grid.addColumn(r -> Times.WHEN.format(r.article().updatedAt())).setHeader(getTranslation("faq.updatedAt"))
        .setAutoWidth(true);
    add(grid, editor);
    editor.setPadding(false);
    refresh(user);
  }

  /** All articles, or those the search finds, in the order owners would get them. */
  private void refresh(SignedInUser user) {
    List<KnowledgeService.Read> all = knowledge.articles(user);
    if (search.getValue().isBlank()) {
      grid.setItems(all);
      return;
    }
    Map<Long, KnowledgeService.Read> byId = all.stream()
        .collect(Collectors.toMap(r -> r.article().id(), Function.identity()));
    grid.setItems(knowledge.suggest(search.getValue(), 20).stream().map(f -> byId.get(f.article().id()))
        .filter(java.util.Objects::nonNull).toList());
  }

  /** @param article null for a new one */
  private void edit(SignedInUser user, Article article) {
    editor.removeAll();
    editor.add(new H3(getTranslation(article == null ? "faq.new" : "faq.edit")));
    TextField question = new TextField(getTranslation("faq.question"));
    question.setId("faq-question");
    question.setMaxLength(120);
    question.setWidth("40rem");
    TextArea answer = new TextArea(getTranslation("faq.answer"));
    answer.setId("faq-answer");
    answer.setHelperText(getTranslation("notices.body.help"));
    answer.setWidth("40rem");
    answer.setMinHeight("10rem");
    List<String> categories = new ArrayList<>();
    categories.add(NO_CATEGORY);
    categories.addAll(SlaPolicies.builtInCategories().stream().sorted().toList());
    Select<String> category = new Select<>();
    category.setLabel(getTranslation("faq.category"));
    category.setItems(categories);
    category.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("faq.category.none")
        : getTranslation("category." + c));
    category.setValue(NO_CATEGORY);
    TextField keywords = new TextField(getTranslation("faq.keywords"));
    keywords.setId("faq-keywords");
    keywords.setHelperText(getTranslation("faq.keywords.help"));
    keywords.setWidth("40rem");
    Checkbox published = new Checkbox(getTranslation("faq.publish"), true);
    published.setId("faq-published");
    if (article != null) {
      question.setValue(article.question());
      answer.setValue(article.answer());
      category.setValue(article.category() == null ? NO_CATEGORY : article.category());
      keywords.setValue(article.keywords());
      published.setValue(article.published());
    }
    Button save = new Button(getTranslation("faq.save"), e -> {
      try {
        knowledge.write(user, article == null ? null : article.id(), new KnowledgeService.Draft(question.getValue(),
            answer.getValue(), category.getValue(), keywords.getValue(), published.getValue()));
        Notification.show(getTranslation("faq.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        editor.removeAll();
        refresh(user);
      } catch (IllegalArgumentException problem) {
        Notification.show(getTranslation("faq.invalid", problem.getMessage()))
            .addThemeVariants(NotificationVariant.LUMO_ERROR);
      }
    });
    save.setId("faq-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("faq.cancel"), e -> editor.removeAll());
    editor.add(question, answer, category, keywords, published, new HorizontalLayout(save, cancel));
    question.focus();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("faq.console.title") + " · " + getTranslation("app.name");
  }
}
