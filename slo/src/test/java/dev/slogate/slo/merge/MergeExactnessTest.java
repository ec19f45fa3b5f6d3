package dev.slogate.slo.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gatling.FixtureLogs;
import dev.slogate.slo.gatling.InjectionStart;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.ClockOffset;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordIO;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Exactness, on a real Gatling 3.15.1 log ({@code gatling-logs/shop}: an open and a closed scenario, nested groups,
 * KO messages and Gatling's own errors): its records dealt out at random to N logs, read as N injectors' runs and
 * merged, give the whole run's histograms, counts, user starts, KO messages and verdicts, for any N and any deal.
 */
class MergeExactnessTest {

  private static final String RUN_ID = "shop-shared";
  private static final SloSpec SPEC = SloSpecs.parse("""
      system: shop
      version: "1"
      defaults:
        phases: [steady]
      objectives:
        - {name: all-p95, kind: latency, percentile: 95, threshold: 10s}
        - {name: fast-p50, kind: latency, percentile: 50, threshold: 1ms}
        - {name: availability, kind: availability, target: 50%}
        - {name: errors, kind: error-rate, max: 0.1%}
      """, "shop.yaml");

  private static Path scratch;
  private static SplitLog split;
  private static RunRecord whole;
  private static RunPlan plan;
  private static Evaluation wholeEvaluation;

  @BeforeContainer
  static void readTheWholeRun() throws IOException {
    scratch = Files.createTempDirectory("merge-exactness");
    Path log = FixtureLogs.log(FixtureLogs.SHOP);
    split = SplitLog.of(log);
    whole = SimulationLogReader.read(log, RUN_ID);
    long seconds = whole.endEpochSecondExclusive() - whole.firstEpochSecond();
    double rate = whole.whole().usersStarted() / (double) seconds;
    plan = InjectionStart.aligned(new RunPlan(RUN_ID, split.header().simulation(), "http://127.0.0.1:18082",
        List.of(Phase.constant("steady", PhaseKind.STEADY, 0, seconds * 1000, rate))), log);
    wholeEvaluation = new Evaluator().evaluate(SPEC, whole, plan);
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (var files = Files.walk(scratch)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 25)
  void mergingTheInjectorsOfARunGivesTheWholeRun(@ForAll @IntRange(min = 1, max = 6) int injectors,
      @ForAll long seed) throws IOException {
    Path folder = Files.createTempDirectory(scratch, "try");
    Random deal = new Random(seed);
    List<Path> logs = split.write(folder, injectors, record -> deal.nextInt(injectors));
    List<InjectorRun> runs = new ArrayList<>();
    for (int i = 0; i < injectors; i++) {
      // Saved and loaded as an injector would leave it in its run folder.
      Path recordFile = logs.get(i).resolveSibling(RunRecordIO.FILE_NAME);
      RunRecordIO.save(SimulationLogReader.read(logs.get(i), RUN_ID), recordFile);
      runs.add(new InjectorRun("part-" + i, RunRecordIO.load(recordFile), plan.shared(i, injectors), "shop objectives",
          null, new ClockOffset(ClockOffset.Reference.COORDINATOR, 0, 1)));
    }
    java.util.Collections.shuffle(runs, deal);

    MergedRun merged = RunMerge.merge(runs);

    RunRecord record = merged.record();
    assertEquals(whole.slices(), record.slices(), "every second's histograms, counts, KO messages and user starts");
    assertEquals(usersHeld(whole), usersHeld(record), "users started per tick and held per second");
    assertEquals(whole.crashErrors(), record.crashErrors());
    assertEquals(whole.whole().koMessages(), record.whole().koMessages());
    assertEquals(plan, merged.plan(), "the whole plan, on the same timing");
    assertEquals(List.of(), merged.missingIndexes());
    assertEquals(injectors, record.metadata().injectors().size());
    assertTrue(record.metadata().complete());

    Evaluation evaluation = new Evaluator().evaluate(SPEC, record, merged.plan());
    assertEquals(wholeEvaluation.verdict(), evaluation.verdict());
    assertEquals(wholeEvaluation.results(), evaluation.results());
    assertEquals(wholeEvaluation.phases(), evaluation.phases());
    assertEquals(wholeEvaluation.summary(), evaluation.summary());
  }

  /** Users started before each tick and held at each second: the user timeline as the checks read it. */
  private static List<Long> usersHeld(RunRecord record) {
    var users = record.users().orElseThrow();
    List<Long> figures = new ArrayList<>();
    for (long second = record.firstEpochSecond(); second <= record.endEpochSecondExclusive(); second++) {
      for (long tick = second * 10; tick < second * 10 + 10; tick++) {
        figures.add(users.startedBefore(tick));
      }
      figures.add(users.endedBefore(second));
      figures.add(users.heldAt(second));
    }
    return figures;
  }

  @Property(tries = 1)
  void theWholeRunHasVerdictsOfEveryKindToCompare() {
    assertEquals(List.of(Verdict.PASS, Verdict.FAIL, Verdict.PASS, Verdict.FAIL),
        wholeEvaluation.results().stream().map(r -> r.verdict()).toList(), wholeEvaluation.summary().toString());
  }
}
