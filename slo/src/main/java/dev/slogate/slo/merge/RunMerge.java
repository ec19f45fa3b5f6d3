package dev.slogate.slo.merge;

import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.FaultWindow;
import dev.slogate.slo.chaos.ProbeSample;
import dev.slogate.slo.plan.InjectorShare;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.InjectorInfo;
import dev.slogate.slo.record.RunMetadata;
import dev.slogate.slo.record.RunRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Merges the runs of the injectors of one shared run into the run of the whole, exactly: histograms added, counts and
 * user starts summed second by second on the epoch seconds every record is cut on ({@link RunRecord#merge}), chaos
 * timelines joined, and each injector's provenance kept in the merged record's metadata (index, host, Gatling
 * version, share, clock offset and its own health timeline). The merged plan is the whole plan, aligned on the
 * median of the injectors' first arrivals, so that the evaluator checks the sum of their arrivals against it.
 *
 * <p>It refuses, with one line ({@link MergeRefusedException}), runs that are not parts of one run: another
 * simulation, whole plan, run id, Gatling version or objective set, or two runs of one injector index. It does not
 * refuse a missing injector or an unhealthy one: the merged run says so, and the evaluator makes the phases INVALID,
 * naming it, so that the run is still reported.
 *
 * <p>Stateless.
 */
public final class RunMerge {

  private RunMerge() {}

  /**
   * @param runs the injectors' runs, in any order
   * @throws MergeRefusedException when they are not parts of one run
   */
  public static MergedRun merge(List<InjectorRun> runs) {
    if (runs.isEmpty()) {
      throw new MergeRefusedException("no run to merge");
    }
    List<InjectorRun> ordered = runs.stream()
        .sorted(Comparator.comparingInt(r -> r.plan().share() == null ? -1 : r.plan().share().index()))
        .toList();
    InjectorRun first = ordered.get(0);
    for (InjectorRun run : ordered) {
      if (run.plan().share() == null) {
        throw new MergeRefusedException(run.source() + " is not the run of one injector of several (its plan.json "
            + "has no share; run it with -Dslogate.injectors.count and -Dslogate.injectors.index)");
      }
    }
    requireSame(ordered, "simulation", r -> r.record().metadata().simulation());
    requireSame(ordered, "simulation in the plan", r -> r.plan().simulation());
    requireSame(ordered, "run id", r -> r.record().metadata().runId());
    requireSame(ordered, "run id in the plan", r -> r.plan().runId());
    requireSame(ordered, "Gatling version", r -> r.record().metadata().gatlingVersion());
    requireSame(ordered, "injector count", r -> r.plan().share().count());
    requireSame(ordered, "whole plan", RunMerge::wholePlanShape);
    requireSame(ordered, "objectives (slo.yaml)", r -> r.sloText() == null ? "(none)" : r.sloText().strip());
    Set<Integer> indexes = new TreeSet<>();
    for (InjectorRun run : ordered) {
      if (!indexes.add(run.plan().share().index())) {
        throw new MergeRefusedException("injector index " + run.plan().share().index() + " comes twice ("
            + sources(ordered.stream().filter(r -> r.plan().share().index() == run.plan().share().index()).toList())
            + ")");
      }
    }

    RunRecord merged = first.record();
    for (InjectorRun run : ordered.subList(1, ordered.size())) {
      merged = merged.merge(run.record());
    }
    RunMetadata m = merged.metadata();
    List<InjectorInfo> injectors = new ArrayList<>();
    for (InjectorRun run : ordered) {
      InjectorShare share = run.plan().share();
      for (InjectorInfo info : run.record().metadata().injectors()) {
        injectors.add(info.asShare(share.index(), share.count(), run.clock(), run.record().injectorTimeline()));
      }
    }
    merged = merged.withMetadata(new RunMetadata(m.runId(), m.simulation(), m.epochStartMillis(), m.scenarios(),
        injectors, m.complete()));

    // Each injector starts injecting a few hundred milliseconds after the shared start, each its own delay, as a run
    // of one is aligned on its own first arrival. Aligned on the earliest, the spread of those delays would read as
    // schedule lag of the others; aligned on the latest, one stalled injector would move every window. The median
    // (the later of the middle two) is moved by neither.
    long[] firstArrivals = ordered.stream().mapToLong(InjectorRun::firstPhaseEpochMillis).sorted().toArray();
    long anchor = firstArrivals[firstArrivals.length / 2];
    RunPlan whole = first.plan().whole().withInjectionDelay(Math.max(0, anchor - m.epochStartMillis()));
    int count = first.plan().share().count();
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!indexes.contains(i)) {
        missing.add(i);
      }
    }
    return new MergedRun(merged, whole, first.sloText(), chaos(ordered), ordered, missing);
  }

  /** The whole plan without what differs between its injectors: their own timing and settings. */
  private static List<Object> wholePlanShape(InjectorRun run) {
    RunPlan plan = run.plan();
    return List.of(plan.share().wholePhases(), plan.scaleFactor(), plan.targetTimeScale(),
        Objects.toString(plan.target()));
  }

  private static ChaosTimeline chaos(List<InjectorRun> runs) {
    Set<FaultWindow> faults = new LinkedHashSet<>();
    Set<ProbeSample> probes = new LinkedHashSet<>();
    boolean any = false;
    for (InjectorRun run : runs) {
      if (run.chaos() != null) {
        any = true;
        faults.addAll(run.chaos().faults());
        probes.addAll(run.chaos().probes());
      }
    }
    return any ? new ChaosTimeline(List.copyOf(faults), List.copyOf(probes)) : null;
  }

  private static void requireSame(List<InjectorRun> runs, String what, Function<InjectorRun, Object> value) {
    Object expected = value.apply(runs.get(0));
    for (InjectorRun run : runs) {
      Object actual = value.apply(run);
      if (!expected.equals(actual)) {
        throw new MergeRefusedException("the " + what + " differs: " + shortly(expected) + " in " + runs.get(0).source()
            + ", " + shortly(actual) + " in " + run.source());
      }
    }
  }

  /** A value short enough for one line: a plan or an SLO file is named, not printed. */
  private static String shortly(Object value) {
    String text = String.valueOf(value).replaceAll("\\s+", " ");
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  private static String sources(List<InjectorRun> runs) {
    return String.join(" and ", runs.stream().map(InjectorRun::source).toList());
  }
}
