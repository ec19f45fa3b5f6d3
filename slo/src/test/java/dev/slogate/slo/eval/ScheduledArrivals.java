package dev.slogate.slo.eval;

import dev.slogate.slo.gatling.SyntheticLogWriter;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.InjectorInfo;
import dev.slogate.slo.record.RunEventSink;
import dev.slogate.slo.record.RunMetadata;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * Open-model arrivals exactly on a plan's curve (arrival k when the planned count reaches k, ramps included), moved
 * by a function of their planned offset: a stall, a backlog caught up, a late tick. One 5 ms request per user.
 */
final class ScheduledArrivals {

  static final long EPOCH_START = SyntheticRun.EPOCH_START;

  private final List<Long> offsets = new ArrayList<>();

  private ScheduledArrivals(RunPlan plan, LongUnaryOperator move) {
    for (Phase phase : plan.phases()) {
      long planned = (long) Math.floor(phase.plannedArrivals() + 1e-9);
      for (long k = 0; k < planned; k++) {
        offsets.add(move.applyAsLong(due(phase, k)));
      }
    }
    offsets.sort(null);
  }

  /** On the plan. */
  static ScheduledArrivals onTime(RunPlan plan) {
    return new ScheduledArrivals(plan, t -> t);
  }

  /** On the plan, every arrival moved by {@code move} (a function of its planned offset, in ms from the run start). */
  static ScheduledArrivals moved(RunPlan plan, LongUnaryOperator move) {
    return new ScheduledArrivals(plan, move);
  }

  /**
   * The injector stalls from {@code fromMillis} for {@code stallMillis}, then starts the users it owes at twice the
   * planned pace until it has caught up: every user is started, the count matches the plan, but late.
   */
  static ScheduledArrivals backlogCaughtUp(RunPlan plan, long fromMillis, long stallMillis) {
    return moved(plan, t -> t < fromMillis ? t
        : t < fromMillis + 2 * stallMillis ? fromMillis + stallMillis + (t - fromMillis) / 2 : t);
  }

  /** When the phase's planned count reaches {@code k}: the inverse of its planned curve (linear rate). */
  private static long due(Phase phase, long k) {
    double a = phase.startRate();
    double slope = (phase.endRate() - phase.startRate()) / (phase.durationMillis() / 1000.0);
    double seconds = slope == 0 ? k / a : (-a + Math.sqrt(a * a + 2 * slope * k)) / slope;
    return phase.startOffsetMillis() + (long) Math.ceil(seconds * 1000);
  }

  RunRecord record() {
    RunRecordBuilder builder = new RunRecordBuilder();
    feed(builder);
    return builder.build(new RunMetadata("run-1", "dev.slogate.SyntheticSimulation", EPOCH_START, List.of("scenario"),
        List.of(new InjectorInfo("injector-0", "localhost", "3.15.1", EPOCH_START)), true));
  }

  private void feed(RunEventSink sink) {
    for (long offset : offsets) {
      long start = EPOCH_START + offset;
      sink.userStarted(start);
      sink.request("GET /", List.of(), start, start + 5, true, null);
      sink.userEnded(start + 5);
    }
  }

  /** The same events as a Gatling 3.15 {@code simulation.log}. */
  Path log(Path file) {
    try (SyntheticLogWriter log = SyntheticLogWriter.create(file, "dev.slogate.SyntheticSimulation", EPOCH_START,
        List.of("scenario"))) {
      for (long offset : offsets) {
        long start = EPOCH_START + offset;
        log.user(0, true, start).request(List.of(), "GET /", start, start + 5, true, "").user(0, false, start + 5);
      }
    }
    return file;
  }

  int count() {
    return offsets.size();
  }
}
