package io.linli.survey;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.linli.api.ViewRequest;
import java.util.ResourceBundle;

/** 问卷调查: the company's questionnaires; managers create one from a template. */
class QuestionnairesPage extends VerticalLayout {

  QuestionnairesPage(SurveyService surveys, ViewRequest request) {
    ResourceBundle texts = SurveyTexts.of(request.locale());
    setId("survey-questionnaires");
    add(new H2(texts.getString("questionnaires.title")), new Paragraph(texts.getString("questionnaires.intro")));
    if (SurveyService.manages(request.caller())) {
      add(creation(surveys, request, texts));
    }
    Div list = new Div();
    list.setId("questionnaire-list");
    list.setWidthFull();
    var questionnaires = surveys.questionnaires(request.caller());
    if (questionnaires.isEmpty()) {
      list.add(new Paragraph(texts.getString("questionnaires.none")));
    }
    questionnaires.forEach(q -> {
      Anchor name = new Anchor(SurveyViews.CONSOLE_ROOT + "/q/" + q.id(), q.name());
      name.getElement().setAttribute("router-link", true);
      name.getStyle().set("font-weight", "600");
      Span template = new Span(texts.getString("template." + q.template()));
      template.getElement().getThemeList().add("badge contrast");
      Div card = Pages.card(name, template);
      if (q.afterService()) {
        Span after = new Span(texts.getString("questionnaire.afterService"));
        after.getElement().getThemeList().add("badge success");
        card.add(after);
      }
      list.add(card);
    });
    add(list);
  }

  private static HorizontalLayout creation(SurveyService surveys, ViewRequest request, ResourceBundle texts) {
    Select<Template> template = new Select<>();
    template.setId("new-template");
    template.setLabel(texts.getString("new.template"));
    template.setItems(Template.values());
    template.setItemLabelGenerator(t -> texts.getString("template." + t));
    template.setValue(Template.SERVQUAL);
    TextField name = new TextField(texts.getString("new.name"));
    name.setId("new-name");
    name.setPlaceholder(texts.getString("new.name.placeholder"));
    name.setMaxLength(120);
    Checkbox afterService = new Checkbox(texts.getString("new.afterService"));
    afterService.setId("new-after-service");
    Button create = new Button(texts.getString("new.create"), e -> {
      Questionnaire created = surveys.create(request.caller(), name.getValue(), template.getValue(),
          afterService.getValue());
      UI.getCurrent().navigate(SurveyViews.CONSOLE_ROOT + "/q/" + created.id());
    });
    create.setId("new-create");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(template, name, afterService, create);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    form.getStyle().set("flex-wrap", "wrap");
    return form;
  }
}
