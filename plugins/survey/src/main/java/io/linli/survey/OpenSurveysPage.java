package io.linli.survey;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.linli.api.ViewRequest;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/** 满意度评价: the owner's surveys waiting for an answer. */
class OpenSurveysPage extends VerticalLayout {

  OpenSurveysPage(SurveyService surveys, ViewRequest request) {
    ResourceBundle texts = SurveyTexts.of(request.locale());
    setId("survey-open");
    add(new H2(texts.getString("open.title")));
    var open = surveys.openFor(request.caller());
    if (open.isEmpty()) {
      add(new Paragraph(texts.getString("open.none")));
    }
    DateTimeFormatter day = DateTimeFormatter.ofPattern(texts.getString("open.dateFormat"))
        .withZone(surveys.zone());
    Div list = new Div();
    list.setWidthFull();
    open.forEach(invitation -> {
      Span title = new Span(invitation.ticketTitle());
      title.getStyle().set("font-weight", "600").set("flex-basis", "100%");
      Span detail = new Span(MessageFormat.format(texts.getString("open.detail"), invitation.projectName(),
          day.format(invitation.expiresAt())));
      detail.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
      Anchor answer = new Anchor(SurveyViews.PORTAL_ROOT + "/answer/" + invitation.id(), texts.getString("open.answer"));
      answer.getElement().setAttribute("router-link", true);
      answer.addClassName("survey-answer-link");
      list.add(Pages.card(title, detail, answer));
    });
    add(list);
  }
}
