package io.linli.survey;

import com.vaadin.flow.component.Component;
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

/**
 * The surveys' pages. Console: {@code /console/plugins/survey} (questionnaires) and {@code …/q/{id}} (one, with
 * its results). Portal: {@code /portal/plugins/survey} (the owner's open surveys) and {@code …/answer/{id}}.
 */
@Extension
public class SurveyViews implements PluginViews {

  static final String CONSOLE_ROOT = "console/plugins/survey";
  static final String PORTAL_ROOT = "portal/plugins/survey";

  private final SurveyService surveys;

  public SurveyViews(PluginContext context) {
    surveys = new SurveyService(context);
  }

  @Override
  public List<NavigationEntry> navigation() {
    return List.of(
        new NavigationEntry(Surface.CONSOLE, "", new Label("问卷调查", "Surveys"), Set.of()),
        new NavigationEntry(Surface.PORTAL, "", new Label("满意度评价", "Rate our service"), Set.of()));
  }

  @Override
  public Optional<Component> view(ViewRequest request) {
    String page = request.segment(0);
    Optional<Long> id = number(request.segment(1));
    if (request.surface() == Surface.CONSOLE && !request.caller().isResident()) {
      if (page.isEmpty()) {
        return Optional.of(new QuestionnairesPage(surveys, request));
      }
      if (page.equals("q") && id.isPresent()) {
        return Optional.of(new QuestionnairePage(surveys, request, id.get()));
      }
    }
    if (request.surface() == Surface.PORTAL && request.caller().isResident()) {
      if (page.isEmpty()) {
        return Optional.of(new OpenSurveysPage(surveys, request));
      }
      if (page.equals("answer") && id.isPresent()) {
        return Optional.of(new AnswerPage(surveys, request, id.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Long> number(String segment) {
    return segment.matches("\\d{1,18}") ? Optional.of(Long.parseLong(segment)) : Optional.empty();
  }
}
