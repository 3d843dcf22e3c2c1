package io.linli.survey;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.linli.api.ViewRequest;
import java.io.ByteArrayInputStream;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/** One questionnaire: its results (per dimension, project and month), its questions, the Excel export. */
class QuestionnairePage extends VerticalLayout {

  QuestionnairePage(SurveyService surveys, ViewRequest request, long id) {
    ResourceBundle texts = SurveyTexts.of(request.locale());
    Locale locale = request.locale();
    setId("survey-questionnaire");
    SurveyService.Detail detail = surveys.questionnaire(request.caller(), id);
    Results results = surveys.results(request.caller(), id);
    add(new H2(detail.questionnaire().name()));

    Paragraph summary = new Paragraph(MessageFormat.format(texts.getString("results.summary"), results.invited(),
        results.responses(), results.invited() == 0 ? "—" : Math.round(results.responses() * 100.0 / results.invited()) + "%",
        results.average() == null ? "—" : String.format(Locale.ROOT, "%.2f", results.average()),
        results.nps() == null ? "—" : results.nps()));
    summary.setId("results-summary");
    Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
      byte[] workbook = surveys.export(request.caller(), id, locale);
      return new DownloadResponse(new ByteArrayInputStream(workbook), "survey-" + id + ".xlsx",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.length);
    }), texts.getString("results.export"));
    export.setId("results-export");
    add(new H3(texts.getString("results.title")), summary, export);

    Div dimensions = new Div();
    dimensions.setId("results-dimensions");
    dimensions.setWidthFull();
    results.dimensions().forEach(score -> dimensions.add(Pages.bar(score.dimension().label().in(locale),
        score.average(), 5, String.format(Locale.ROOT, "%.2f", score.average()))));
    if (!results.dimensions().isEmpty()) {
      add(new H3(texts.getString("results.dimensions")), dimensions);
    }
    if (!results.projects().isEmpty()) {
      add(new H3(texts.getString("results.projects")), projects(results, texts, locale));
    }
    if (!results.trend().isEmpty()) {
      Div trend = new Div();
      trend.setId("results-trend");
      trend.setWidthFull();
      results.trend().forEach(month -> trend.add(Pages.bar(month.month(), month.average(), 5,
          month.average() == null ? "—" : String.format(Locale.ROOT, "%.2f", month.average()))));
      add(new H3(texts.getString("results.trend")), trend);
    }

    add(new H3(texts.getString("questions.title")));
    OrderedList questions = new OrderedList();
    questions.setId("questions");
    detail.questions().forEach(q -> questions.add(new ListItem(q.text() + "（" + texts.getString("kind." + q.kind())
        + (q.dimension() == null ? "" : " · " + q.dimension().label().in(locale))
        + (q.options().isEmpty() ? "" : "：" + String.join(" / ", q.options())) + "）")));
    add(questions);
    if (SurveyService.manages(request.caller())) {
      add(newQuestion(surveys, request, id, texts, locale));
    }
  }

  private static Grid<Results.ProjectResult> projects(Results results, ResourceBundle texts, Locale locale) {
    Grid<Results.ProjectResult> grid = new Grid<>();
    grid.setId("results-projects");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.addColumn(Results.ProjectResult::project).setHeader(texts.getString("results.project")).setAutoWidth(true);
    grid.addColumn(Results.ProjectResult::responses).setHeader(texts.getString("results.responses"));
    grid.addColumn(p -> p.average() == null ? "—" : String.format(Locale.ROOT, "%.2f", p.average()))
        .setHeader(texts.getString("results.average"));
    for (Dimension dimension : Dimension.values()) {
      grid.addColumn(p -> p.dimensions().stream().filter(s -> s.dimension() == dimension).findFirst()
              .map(s -> String.format(Locale.ROOT, "%.2f", s.average())).orElse("—"))
          .setHeader(dimension.label().in(locale));
    }
    grid.setItems(results.projects());
    return grid;
  }

  private static HorizontalLayout newQuestion(SurveyService surveys, ViewRequest request, long id,
      ResourceBundle texts, Locale locale) {
    Select<QuestionKind> kind = new Select<>();
    kind.setLabel(texts.getString("question.kind"));
    kind.setItems(QuestionKind.values());
    kind.setItemLabelGenerator(k -> texts.getString("kind." + k));
    kind.setValue(QuestionKind.SCALE);
    TextField text = new TextField(texts.getString("question.text"));
    text.setId("question-text");
    text.setMaxLength(SurveyService.LONGEST_QUESTION);
    text.setWidth("22rem");
    Select<Dimension> dimension = new Select<>();
    dimension.setLabel(texts.getString("question.dimension"));
    dimension.setItems(Dimension.values());
    dimension.setItemLabelGenerator(d -> d == null ? texts.getString("question.dimension.none") : d.label().in(locale));
    dimension.setEmptySelectionAllowed(true);
    TextArea options = new TextArea(texts.getString("question.options"));
    options.setPlaceholder(texts.getString("question.options.placeholder"));
    Button add = new Button(texts.getString("question.add"), e -> {
      try {
        surveys.addQuestion(request.caller(), id, new Template.Draft(kind.getValue(), text.getValue(),
            kind.getValue() == QuestionKind.SCALE ? dimension.getValue() : null,
            Arrays.asList(options.getValue().split("\n"))));
        UI.getCurrent().getPage().reload();
      } catch (IllegalArgumentException problem) {
        Notification.show(texts.getString("question.invalid")).addThemeVariants(NotificationVariant.LUMO_ERROR);
      }
    });
    add.setId("question-add");
    HorizontalLayout form = new HorizontalLayout(kind, text, dimension, options, add);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    form.getStyle().set("flex-wrap", "wrap");
    return form;
  }
}
