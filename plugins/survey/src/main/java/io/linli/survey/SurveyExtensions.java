package io.linli.survey;

import io.linli.api.Caller;
import io.linli.api.DashboardMetrics;
import io.linli.api.Metric;
import io.linli.api.PluginContext;
import io.linli.api.RestResources;
import io.linli.api.SatisfactionRequest;
import io.linli.api.ScheduledJob;
import io.linli.api.TicketListener;
import java.time.Duration;
import java.util.List;
import org.pf4j.Extension;

/** How the surveys plug into the platform: each extension hands the call to a {@link SurveyService}. */
final class SurveyExtensions {

  private SurveyExtensions() {}

  /** A resolved ticket's owner is to be asked how it went: a post-service survey. */
  @Extension
  public static class AfterService implements TicketListener {

    private final SurveyService surveys;

    public AfterService(PluginContext context) {
      surveys = new SurveyService(context);
    }

    @Override
    public void satisfactionRequested(SatisfactionRequest request) {
      surveys.invite(request);
    }
  }

  @Extension
  public static class Api implements RestResources {

    private final SurveyService surveys;

    public Api(PluginContext context) {
      surveys = new SurveyService(context);
    }

    @Override
    public Object resource(Caller caller) {
      return new SurveyApi(surveys, caller);
    }
  }

  /** Surveys nobody answered in time are closed, so the response rate counts them. */
  @Extension
  public static class Expiry implements ScheduledJob {

    private final SurveyService surveys;

    public Expiry(PluginContext context) {
      surveys = new SurveyService(context);
    }

    @Override
    public String name() {
      return "expire-invitations";
    }

    @Override
    public Duration interval() {
      return Duration.ofMinutes(10);
    }

    @Override
    public void run() {
      surveys.expireOverdue();
    }
  }

  /** Satisfaction and NPS of the last 30 days, on the dashboard. */
  @Extension
  public static class Figures implements DashboardMetrics {

    private final SurveyService surveys;

    public Figures(PluginContext context) {
      surveys = new SurveyService(context);
    }

    @Override
    public List<Metric> metrics() {
      return surveys.metrics();
    }
  }
}
