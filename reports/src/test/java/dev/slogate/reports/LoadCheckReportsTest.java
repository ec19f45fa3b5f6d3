package dev.slogate.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.internal.junit.JUnitXmlFormat;
import dev.slogate.reports.internal.markdown.MarkdownSummaryFormat;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.LoadFinding;
import dev.slogate.slo.eval.PhaseValidity.LoadStatus;
import dev.slogate.slo.eval.PhaseValidity;
import dev.slogate.slo.eval.PhaseWindow;
import dev.slogate.slo.eval.ScheduleLag;
import dev.slogate.slo.gate.GatePolicy;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The Markdown and JUnit outputs show the load check as the console, {@code verdict.json} and the HTML report do:
 * per phase its outcome and reason, arrivals against the plan, and the schedule lag where it was read; a closed
 * phase's held users come in its reason.
 */
class LoadCheckReportsTest {

  private static final ReportInput INPUT = Fixtures.judged("healthy-a", null, GatePolicy.DEFAULT);
  private static final PhaseWindow STEADY = INPUT.evaluation().phases().get(0).window();

  private static Evaluation withPhases(PhaseValidity... phases) {
    Evaluation e = INPUT.evaluation();
    return new Evaluation(e.spec(), e.run(), e.verdict(), e.summary(), e.results(), e.notCovered(), List.of(phases),
        e.errorBudgets(), e.faults(), e.notes(), e.planProvided(), e.options());
  }

  private static PhaseValidity open(LoadStatus status, LoadFinding finding, ScheduleLag lag) {
    return new PhaseValidity(STEADY, status, 1_990, OptionalDouble.of(2_000), finding, Optional.of(lag), null);
  }

  @Test
  void aPhaseStartedOnTimeShowsItsLagAndArrivals() {
    Evaluation evaluation = withPhases(open(LoadStatus.VALID,
        new LoadFinding.Arrivals("steady", LoadFinding.Pace.KEPT, 1_990, 2_000), new ScheduleLag(12, 8, 310)));

    String md = MarkdownSummaryFormat.render(evaluation, INPUT.gate(), INPUT.regression());
    assertTrue(md.contains("### Load check\n\n| phase | load | arrivals | planned | schedule lag | reason |\n"
        + "|---|---|---:|---:|---|---|\n"
        + "| steady | VALID | 1,990 | 2,000 | max 12 ms, p99 8 ms, 310 ms allowed | the injector kept to the planned rate in "
        + "steady: 1,990 of 2,000 planned arrivals (100%) |\n"), md);
    String xml = JUnitXmlFormat.render(evaluation, INPUT.gate());
    assertTrue(xml.contains("<property name=\"slogate.load.steady\" value=\"VALID: the injector kept to the planned rate "
        + "in steady: 1,990 of 2,000 planned arrivals (100%)\"/>"), xml);
    assertTrue(xml.contains("<property name=\"slogate.scheduleLag.steady\" value=\"max 12 ms, p99 8 ms, 310 ms allowed\"/>"),
        xml);
  }

  @Test
  void aLatePhaseIsInvalidWithItsLagAndReason() {
    String reason = "the injector started users up to 1.95 s late in steady (p99 1.95 s), above the 310 ms allowed: it "
        + "fell behind the plan, so the arrivals were not the plan's even where their count was; find what held the "
        + "injector back (CPU, GC pauses, descriptors) or lower the rate";
    ScheduleLag late = new ScheduleLag(1_950, 1_950, 310);
    Evaluation evaluation = withPhases(open(LoadStatus.INVALID, new LoadFinding.LateStarts("steady", late), late));

    String md = MarkdownSummaryFormat.render(evaluation, INPUT.gate(), INPUT.regression());
    assertTrue(md.contains("| steady | ⛔ INVALID | 1,990 | 2,000 | max 1.95 s, p99 1.95 s, 310 ms allowed | " + reason + " |\n"),
        md);
    String xml = JUnitXmlFormat.render(evaluation, INPUT.gate());
    assertTrue(xml.contains("<property name=\"slogate.load.steady\" value=\"INVALID: " + reason + "\"/>"), xml);
    assertTrue(xml.contains("<property name=\"slogate.scheduleLag.steady\" value=\"max 1.95 s, p99 1.95 s, 310 ms allowed\"/>"),
        xml);
  }

  @Test
  void aClosedPhaseShowsWhetherItsUsersWereHeldAndNoLag() {
    PhaseWindow hold = new PhaseWindow("hold", STEADY.kind(), STEADY.fromEpochSecond(), STEADY.toEpochSecondExclusive(),
        OptionalDouble.of(0), OptionalDouble.empty());
    String reason = "the injector could not hold the planned users in hold: as few as 31 concurrent users 4.0 s into the "
        + "run, where the plan holds 50 (±2.5 allowed); it did not start users as fast as they ended (a stalled "
        + "injector, or a stage before it that overran its plan)";
    Evaluation evaluation = withPhases(new PhaseValidity(hold, LoadStatus.INVALID, 50, OptionalDouble.empty(),
        new LoadFinding.UsersOffPlan("hold", true, 4_000, 31, 50, 2.5)));

    String md = MarkdownSummaryFormat.render(evaluation, INPUT.gate(), INPUT.regression());
    assertTrue(md.contains("| hold | ⛔ INVALID | 50 | – | – | " + reason + " |\n"), md);
    String xml = JUnitXmlFormat.render(evaluation, INPUT.gate());
    assertTrue(xml.contains("<property name=\"slogate.load.hold\" value=\"INVALID: " + reason + "\"/>"), xml);
    assertFalse(xml.contains("slogate.scheduleLag."), "no lag is read for a closed phase: " + xml);
  }
}
