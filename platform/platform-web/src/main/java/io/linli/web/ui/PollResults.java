package io.linli.web.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import io.linli.poll.MatterKind;
import io.linli.poll.Outcome;
import io.linli.poll.Poll;
import io.linli.poll.PollOption;
import io.linli.poll.PollService;
import io.linli.poll.PollStatus;
import io.linli.poll.Stance;
import io.linli.poll.Tally;
import io.linli.poll.Thresholds;
import java.math.BigDecimal;
import java.util.List;

/** A poll's count as the console and the portal show it: participation bars, the outcome, per option; who voted. */
class PollResults extends Div {

  PollResults(Poll poll, PollStatus status, Tally.Results results) {
    setId("poll-results");
    setWidthFull();
    getStyle().set("max-width", "48rem");
    add(new H3(getTranslation("polls.results")));
    if (status != PollStatus.CLOSED) {
      add(note(getTranslation("polls.results.live")));
    }
    Span outcome = new Span(results.passed().map(o -> getTranslation("polls.passed", label(this, o)))
        .orElse(getTranslation("polls.outcome." + results.outcome().name())));
    outcome.setId("poll-outcome");
    outcome.getElement().getThemeList().add(switch (results.outcome()) {
      case PASSED -> "badge success";
      case REJECTED, TOO_FEW_TOOK_PART -> "badge error";
      case CONSULTATION_ONLY -> "badge contrast";
    });
    Div outcomeLine = new Div(new Span(getTranslation("polls.outcome") + "："), outcome);
    outcomeLine.getStyle().set("margin-bottom", "var(--lumo-space-s)");
    add(outcomeLine);
    String participation = poll.thresholds().participation().toString();
    add(bar("turnout-households", getTranslation("polls.turnout.households", results.participants().households(),
            results.electorate().households(), results.householdTurnout().toPlainString()), results.householdTurnout(),
            poll.kind() == MatterKind.CONSULTATION ? null : results.householdsTookPart(), participation),
        bar("turnout-area", getTranslation("polls.turnout.area", results.participants().area().toPlainString(),
            results.electorate().area().toPlainString(), results.areaTurnout().toPlainString()), results.areaTurnout(),
            poll.kind() == MatterKind.CONSULTATION ? null : results.areaTookPart(), participation));
    Grid<Tally.OptionResult> options = new Grid<>();
    options.setId("poll-option-results");
    options.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    options.setAllRowsVisible(true);
    options.addColumn(r -> label(this, r.option())).setHeader(getTranslation("polls.option")).setFlexGrow(2);
    options.addColumn(r -> r.count().households() + "（" + r.householdShare() + "%）")
        .setHeader(getTranslation("polls.households")).setFlexGrow(1);
    options.addColumn(r -> r.count().area().toPlainString() + "（" + r.areaShare() + "%）")
        .setHeader(getTranslation("polls.area")).setFlexGrow(2);
    options.setItems(results.options());
    add(options);
    if (results.outcome() != Outcome.CONSULTATION_ONLY) {
      Thresholds thresholds = poll.thresholds();
      add(note(getTranslation("polls.thresholds", participation, getTranslation(
          thresholds.strict() ? "polls.rule.strict" : "polls.rule.atLeast", thresholds.approval().toString()))));
    }
  }

  /** Who voted and when; what they chose only for an open ballot. */
  static final class Audit extends Div {

    Audit(Poll poll, List<PollService.AuditRow> rows) {
      setId("poll-audit");
      setWidthFull();
      getStyle().set("max-width", "48rem");
      add(new H3(getTranslation("polls.audit")));
      if (poll.secret()) {
        add(note(getTranslation("polls.audit.secret")));
      }
      if (rows.isEmpty()) {
        add(new Paragraph(getTranslation("polls.audit.none")));
        return;
      }
      Grid<PollService.AuditRow> grid = new Grid<>();
      grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
      grid.setAllRowsVisible(true);
      grid.addColumn(r -> r.household().building().name().in(getLocale()) + " " + r.household().unit())
          .setHeader(getTranslation("polls.audit.household")).setFlexGrow(2);
      grid.addColumn(r -> Times.WHEN.format(r.castAt())
              + (r.changed() ? " · " + getTranslation("polls.audit.changed") : ""))
          .setHeader(getTranslation("polls.audit.castAt")).setFlexGrow(2);
      if (!poll.secret()) {
        grid.addColumn(r -> r.option().map(o -> label(this, o)).orElse(""))
            .setHeader(getTranslation("polls.audit.choice")).setFlexGrow(1);
      }
      grid.setItems(rows);
      add(grid);
    }
  }

  /** The options of the 同意/反对/弃权 preset in the reader's language; the company's own options as written. */
  static String label(com.vaadin.flow.component.Component in, PollOption option) {
    return option.stance() == Stance.CHOICE ? option.label() : in.getTranslation("polls.stance." + option.stance());
  }

  private Div bar(String id, String text, BigDecimal percent, Boolean met, String threshold) {
    ProgressBar bar = new ProgressBar(0, 100, Math.min(100, percent.doubleValue()));
    if (met != null) {
      bar.addThemeVariants(met ? ProgressBarVariant.LUMO_SUCCESS : ProgressBarVariant.LUMO_ERROR);
    }
    Span caption = new Span(text + (met == null ? "" : " · " + getTranslation("polls.threshold", threshold) + " · "
        + getTranslation(met ? "polls.met" : "polls.notMet")));
    caption.getStyle().set("font-size", "var(--lumo-font-size-s)");
    Div line = new Div(caption, bar);
    line.setId(id);
    return line;
  }

  private static Paragraph note(String text) {
    Paragraph note = new Paragraph(text);
    note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
        .set("margin", "var(--lumo-space-xs) 0");
    return note;
  }
}
