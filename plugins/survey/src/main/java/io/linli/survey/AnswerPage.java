package io.linli.survey;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import io.linli.api.ViewRequest;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.IntStream;

/** An owner answers one survey, on a phone: one field per question, required ones marked. */
class AnswerPage extends VerticalLayout {

  private final Map<Question, AbstractField<?, ?>> fields = new LinkedHashMap<>();

  AnswerPage(SurveyService surveys, ViewRequest request, long invitationId) {
    ResourceBundle texts = SurveyTexts.of(request.locale());
    setId("survey-answer");
    setPadding(false);
    SurveyService.Sheet sheet = surveys.sheet(request.caller(), invitationId);
    add(new H2(sheet.questionnaire().name()),
        new Paragraph(MessageFormat.format(texts.getString("answer.about"), sheet.invitation().ticketTitle())));
    if (sheet.invitation().status() != InvitationStatus.OPEN) {
      add(new Paragraph(texts.getString("answer.closed." + sheet.invitation().status())));
      return;
    }
    sheet.questions().forEach(question -> {
      AbstractField<?, ?> field = field(question, texts);
      String text = (question.position() + 1) + ". " + question.text() + (question.kind().required() ? " *" : "");
      // the question above its field, wrapped: a field's own label is one line, cut short on a phone
      Span label = new Span(text);
      label.getStyle().set("font-weight", "600").set("display", "block");
      field.getElement().setAttribute("aria-label", text);
      field.getElement().setAttribute("data-question", String.valueOf(question.position() + 1));
      field.getElement().getStyle().set("width", "100%");
      fields.put(question, field);
      Div block = new Div(label, field);
      block.setWidthFull();
      add(block);
    });
    Paragraph problem = new Paragraph();
    problem.setId("answer-problem");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    Button submit = new Button(texts.getString("answer.submit"), e -> {
      problem.setText("");
      if (!complete()) {
        problem.setText(texts.getString("answer.incomplete"));
        return;
      }
      try {
        surveys.answer(request.caller(), invitationId, responses());
      } catch (SurveyRefused | AnswerSheet.Invalid refused) {
        problem.setText(texts.getString("answer.refused"));
        return;
      }
      removeAll();
      Paragraph thanks = new Paragraph(texts.getString("answer.thanks"));
      thanks.setId("answer-thanks");
      Anchor back = new Anchor(SurveyViews.PORTAL_ROOT, texts.getString("answer.back"));
      back.getElement().setAttribute("router-link", true);
      add(new H2(texts.getString("answer.thanks.title")), thanks, back);
    });
    submit.setId("answer-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setWidthFull();
    add(problem, submit);
  }

  private static AbstractField<?, ?> field(Question question, ResourceBundle texts) {
    switch (question.kind()) {
      case SCALE, NPS -> {
        RadioButtonGroup<Integer> scores = new RadioButtonGroup<>();
        int lowest = question.kind() == QuestionKind.SCALE ? 1 : 0;
        int highest = question.kind() == QuestionKind.SCALE ? 5 : 10;
        scores.setItems(IntStream.rangeClosed(lowest, highest).boxed().toList());
        if (question.kind() == QuestionKind.SCALE) {
          scores.setItemLabelGenerator(score -> score + " " + texts.getString("scale." + score));
          scores.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        }
        scores.setRequired(true);
        return scores;
      }
      case SINGLE -> {
        RadioButtonGroup<String> choice = new RadioButtonGroup<>("", question.options());
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setRequired(true);
        return choice;
      }
      case MULTIPLE -> {
        CheckboxGroup<String> choices = new CheckboxGroup<>("", question.options());
        choices.setRequired(true);
        return choices;
      }
      default -> {
        TextArea text = new TextArea();
        text.setMaxLength(AnswerSheet.LONGEST_TEXT);
        text.setWidthFull();
        return text;
      }
    }
  }

  /** Marks each required question left empty. @return whether none is */
  private boolean complete() {
    boolean complete = true;
    for (var entry : fields.entrySet()) {
      boolean missing = entry.getKey().kind().required() && entry.getValue().isEmpty();
      ((HasValidation) entry.getValue()).setInvalid(missing);
      complete &= !missing;
    }
    return complete;
  }

  private List<AnswerSheet.Response> responses() {
    List<AnswerSheet.Response> responses = new ArrayList<>();
    fields.forEach((question, field) -> {
      Object value = field.getValue();
      long id = question.id();
      switch (question.kind()) {
        case SCALE, NPS -> responses.add(new AnswerSheet.Response(id, (Integer) value, List.of(), null));
        case SINGLE -> responses.add(new AnswerSheet.Response(id, null,
            value == null ? List.of() : List.of((String) value), null));
        case MULTIPLE -> responses.add(new AnswerSheet.Response(id, null,
            new ArrayList<>((Set<?>) value).stream().map(Object::toString).toList(), null));
        case TEXT -> responses.add(new AnswerSheet.Response(id, null, List.of(), (String) value));
      }
    });
    return responses;
  }
}
