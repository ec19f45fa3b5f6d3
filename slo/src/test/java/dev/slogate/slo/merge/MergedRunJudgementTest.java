package dev.slogate.slo.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.eval.HealthFinding;
import dev.slogate.slo.eval.InjectorProblem;
import dev.slogate.slo.eval.LoadFinding;
import dev.slogate.slo.eval.Note;
import dev.slogate.slo.eval.PhaseValidity;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.health.InjectorTimeline;
import dev.slogate.slo.health.Timelines;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.ClockOffset;
import dev.slogate.slo.record.ClockOffsetIO;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordIO;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merged run judged: a missing injector, an injector unhealthy in a phase, or a clock beyond the bound makes the
 * phase INVALID naming the injector, and the same run without that is judged on its measurements.
 */
class MergedRunJudgementTest {

  private static final SloSpec SPEC = SloSpecs.parse("""
      system: shop
      version: "1"
      defaults:
        phases: [steady]
      objectives:
        - {name: all-p95, kind: latency, percentile: 95, threshold: 10s}
      """, "shop.yaml");

  @TempDir
  static Path folder;

  private static List<InjectorRun> parts;
  private static long from;
  private static long to;

  @BeforeAll
  static void split() {
    parts = ShopParts.of(folder, 3);
    RunRecord whole = ShopParts.whole();
    from = whole.firstEpochSecond() - 1;
    to = whole.endEpochSecondExclusive() + 1;
  }

  @Test
  void everyInjectorPresentHealthyAndOnTimeIsJudgedOnItsMeasurements() {
    Evaluation evaluation = judge(healthy(parts));
    assertEquals(Verdict.PASS, evaluation.verdict(), evaluation.summary().toString());
    assertFalse(evaluation.phases().get(0).isInvalid(), evaluation.phases().get(0).finding().toString());
    assertFalse(evaluation.notes().stream().anyMatch(Note.UnverifiedClocks.class::isInstance),
        evaluation.notes().toString());
  }

  @Test
  void aMissingInjectorMakesEveryPhaseInvalidNamingIt() {
    MergedRun merged = RunMerge.merge(List.of(parts.get(0), parts.get(2)));
    assertEquals(List.of(1), merged.missingIndexes());
    Evaluation evaluation = new Evaluator().evaluate(SPEC, merged.record(), merged.plan());
    assertEquals(Verdict.INVALID, evaluation.verdict());
    PhaseValidity steady = evaluation.phases().get(0);
    assertEquals(List.of(new InjectorProblem.Missing(1, 3)), faults(steady).injectorProblems(), steady.toString());
  }

  @Test
  void anInjectorUnhealthyInAPhaseMakesItInvalidNamingIt() {
    List<InjectorRun> runs = healthy(parts);
    InjectorRun second = runs.get(1);
    runs.set(1, new InjectorRun(second.source(), second.record().withInjectorTimeline(
        Timelines.steady(from, to, 80, 0.97, 100, 65_536)), second.plan(), second.sloText(), null, second.clock()));
    Evaluation evaluation = judge(runs);
    assertEquals(Verdict.INVALID, evaluation.verdict());
    LoadFinding.InjectorFaults faults = faults(evaluation.phases().get(0));
    HealthFinding.UnhealthyInjectors named = (HealthFinding.UnhealthyInjectors) faults.unhealthy().orElseThrow();
    assertEquals(1, named.injectors().size(), named.toString());
    assertTrue(named.injectors().get(0).injector().startsWith("injector 1 of 3 ("), named.toString());
    assertTrue(named.injectors().get(0).finding().problems().stream().anyMatch(HealthFinding.CpuBound.class::isInstance),
        named.toString());
    assertEquals(List.of(), faults.injectorProblems());
  }

  @Test
  void aClockBeyondTheBoundMakesThePhasesInvalidAndOneWithinDoesNot() {
    assertEquals(Verdict.PASS, judge(withClock(new ClockOffset(ClockOffset.Reference.COORDINATOR, 60, 2))).verdict());
    Evaluation off = judge(withClock(new ClockOffset(ClockOffset.Reference.COORDINATOR, 250, 2)));
    assertEquals(Verdict.INVALID, off.verdict());
    List<InjectorProblem> problems = faults(off.phases().get(0)).injectorProblems();
    assertEquals(1, problems.size(), problems.toString());
    InjectorProblem.ClockBeyondBound clock = (InjectorProblem.ClockBeyondBound) problems.get(0);
    assertTrue(clock.injector().startsWith("injector 2 of 3 ("), clock.toString());
    assertEquals(new ClockOffset(ClockOffset.Reference.COORDINATOR, 250, 2), clock.clock());
  }

  @Test
  void aDateHeaderOffsetIsUnverifiedAndInvalidOnlyWhenClearlyOff() {
    Evaluation unverified = judge(withClock(new ClockOffset(ClockOffset.Reference.TARGET_DATE_HEADER, 600, 500)));
    assertEquals(Verdict.PASS, unverified.verdict());
    Note.UnverifiedClocks note = unverified.notes().stream().filter(Note.UnverifiedClocks.class::isInstance)
        .map(Note.UnverifiedClocks.class::cast).findFirst().orElseThrow();
    assertEquals(1, note.injectors().size(), note.toString());
    assertTrue(note.injectors().get(0).injector().startsWith("injector 2 of 3 ("), note.toString());
    assertEquals(Optional.of(new ClockOffset(ClockOffset.Reference.TARGET_DATE_HEADER, 600, 500)),
        note.injectors().get(0).clock());
    assertEquals(Verdict.INVALID,
        judge(withClock(new ClockOffset(ClockOffset.Reference.TARGET_DATE_HEADER, 1_700, 500))).verdict());
  }

  @Test
  void theMergedFolderAndTheInjectorsFoldersReadBack() throws Exception {
    List<InjectorRun> read = new ArrayList<>();
    for (InjectorRun part : healthy(parts)) {
      Path run = Files.createDirectories(folder.resolve("run-" + part.plan().share().index()));
      RunRecordIO.save(part.record(), run.resolve(RunRecordIO.FILE_NAME));
      RunPlanIO.write(part.plan(), run.resolve(RunPlanIO.FILE_NAME));
      Files.writeString(run.resolve(InjectorRun.SLO_FILE), part.sloText());
      ClockOffsetIO.write(part.clock(), run.resolve(ClockOffsetIO.FILE_NAME));
      read.add(InjectorRun.read(run));
    }
    MergedRun merged = RunMerge.merge(read);
    assertEquals(RunMerge.merge(healthy(parts)).record(), merged.record());
    Path out = folder.resolve("merged");
    merged.writeTo(out);
    RunRecord loaded = RunRecordIO.load(out.resolve(RunRecordIO.FILE_NAME));
    assertEquals(merged.record(), loaded, "provenance, clocks and each injector's health survive the file");
    assertEquals(merged.plan(), RunPlanIO.read(out.resolve(RunPlanIO.FILE_NAME)));
    assertEquals(ShopParts.SLO_TEXT, Files.readString(out.resolve(InjectorRun.SLO_FILE)));
    assertNotEquals(InjectorTimeline.notRecorded(), loaded.metadata().injectors().get(2).health());
    assertEquals(3, merged.describe().size());
    assertTrue(merged.describe().get(0).startsWith("injector 0 of 3 ("), merged.describe().get(0));
  }

  @Test
  void theWholePlanIsAlignedOnTheMedianFirstArrival() {
    long delay = parts.get(0).plan().injectionDelayMillis();
    List<InjectorRun> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      InjectorRun part = parts.get(i);
      // 0, +300 ms and +5 s: the middle one counts, neither the earliest nor one that stalled at its start.
      long shift = List.of(0L, 300L, 5_000L).get(i);
      runs.add(new InjectorRun(part.source(), part.record(), part.plan().withInjectionDelay(delay + shift),
          part.sloText(), null, part.clock()));
    }
    assertEquals(delay + 300, RunMerge.merge(runs).plan().injectionDelayMillis());
    assertEquals(delay, RunMerge.merge(parts).plan().injectionDelayMillis());
  }

  private static Evaluation judge(List<InjectorRun> runs) {
    MergedRun merged = RunMerge.merge(runs);
    return new Evaluator().evaluate(SPEC, merged.record(), merged.plan());
  }

  private static List<InjectorRun> healthy(List<InjectorRun> runs) {
    List<InjectorRun> healthy = new ArrayList<>();
    for (InjectorRun run : runs) {
      healthy.add(new InjectorRun(run.source(), run.record().withInjectorTimeline(Timelines.healthy(from, to)),
          run.plan(), run.sloText(), null, run.clock()));
    }
    return healthy;
  }

  private static List<InjectorRun> withClock(ClockOffset clock) {
    List<InjectorRun> runs = healthy(parts);
    InjectorRun third = runs.get(2);
    runs.set(2, new InjectorRun(third.source(), third.record(), third.plan(), third.sloText(), null, clock));
    return runs;
  }

  private static LoadFinding.InjectorFaults faults(PhaseValidity phase) {
    assertTrue(phase.finding() instanceof LoadFinding.InjectorFaults, phase.toString());
    return (LoadFinding.InjectorFaults) phase.finding();
  }
}
