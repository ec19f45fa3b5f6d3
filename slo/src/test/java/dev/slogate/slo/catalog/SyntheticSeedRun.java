package dev.slogate.slo.catalog;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.InjectorInfo;
import dev.slogate.slo.record.RunMetadata;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A seed system's run as its simulation would produce it, built without Gatling: phases with planned open-model
 * rates (constant or linear ramps), and for every arrival a request whose name, latency and outcome are
 * functions of the phase and the arrival's index. Deterministic, so verdicts are exact. The run starts 250 ms
 * past an epoch second, as real runs do, so phase windows are rounded inwards.
 */
final class SyntheticSeedRun {

  static final long EPOCH_START = 1_700_000_000_250L;

  /** What one arrival of a phase does. */
  interface Traffic {
    String name(int index);

    long latencyMillis(int index);

    boolean ok(int index);
  }

  /** One request name, a latency spread evenly over {@code [lowMillis, highMillis]}, and no failure. */
  static Traffic healthy(String name, long lowMillis, long highMillis) {
    return mix(List.of(name), lowMillis, highMillis, 0);
  }

  /**
   * Requests that cycle through {@code names}, latencies spread evenly over {@code [lowMillis, highMillis]}, and
   * every {@code failEvery}-th arrival failed (0 for none).
   */
  static Traffic mix(List<String> names, long lowMillis, long highMillis, int failEvery) {
    return new Traffic() {
      @Override
      public String name(int index) {
        return names.get(index % names.size());
      }

      @Override
      public long latencyMillis(int index) {
        return lowMillis + (index * 37L % 100) * (highMillis - lowMillis) / 99;
      }

      @Override
      public boolean ok(int index) {
        return failEvery == 0 || index % failEvery != failEvery - 1;
      }
    };
  }

  private final List<Phase> phases = new ArrayList<>();
  private final RunRecordBuilder builder = new RunRecordBuilder();
  private long offsetMillis;

  SyntheticSeedRun phase(String name, PhaseKind kind, long seconds, double rate, Traffic traffic) {
    return ramp(name, kind, seconds, rate, rate, traffic);
  }

  /** A phase whose planned rate goes linearly from {@code fromRate} to {@code toRate}; arrivals follow it. */
  SyntheticSeedRun ramp(String name, PhaseKind kind, long seconds, double fromRate, double toRate, Traffic traffic) {
    Phase phase = new Phase(name, kind, offsetMillis, seconds * 1000, fromRate, toRate);
    int arrivals = (int) Math.round(phase.plannedArrivals());
    for (int i = 0; i < arrivals; i++) {
      long start = EPOCH_START + offsetMillis + arrivalOffsetMillis(phase, i + 0.5);
      long latency = traffic.latencyMillis(i);
      boolean ok = traffic.ok(i);
      builder.userStarted(start);
      builder.request(traffic.name(i), List.of(), start, start + latency, ok, ok ? null : "status.find.is(200), but actually found 503");
      builder.userEnded(start + latency);
    }
    phases.add(phase);
    offsetMillis += phase.durationMillis();
    return this;
  }

  /** When, from the phase's start, the planned arrivals reach {@code count}: the inverse of the planned curve. */
  private static long arrivalOffsetMillis(Phase phase, double count) {
    double a = (phase.endRate() - phase.startRate()) / (2 * phase.durationMillis() / 1000.0);
    double b = phase.startRate();
    double seconds = a == 0 ? count / b : (-b + Math.sqrt(b * b + 4 * a * count)) / (2 * a);
    return (long) Math.floor(seconds * 1000);
  }

  RunRecord record() {
    RunMetadata metadata = new RunMetadata("seed-run", "dev.slogate.simulations.seeds.Synthetic", EPOCH_START,
        List.of("seed"), List.of(new InjectorInfo("injector-0", "localhost", "3.15.1", EPOCH_START)), true);
    return builder.build(metadata);
  }

  RunPlan plan(double scaleFactor) {
    return plan(scaleFactor, 1);
  }

  /** A plan against a stand-in that runs the guide's timings {@code targetTimeScale} times faster. */
  RunPlan plan(double scaleFactor, double targetTimeScale) {
    return new RunPlan(RunPlan.SCHEMA, "seed-run", "dev.slogate.simulations.seeds.Synthetic", "http://127.0.0.1:8080",
        scaleFactor, phases, Map.of(), targetTimeScale);
  }
}
