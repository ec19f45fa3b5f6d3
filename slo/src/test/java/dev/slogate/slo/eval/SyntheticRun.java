package dev.slogate.slo.eval;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.InjectorInfo;
import dev.slogate.slo.record.RunMetadata;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordBuilder;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;

/**
 * Deterministic synthetic runs for evaluator tests: open-model arrivals at exact rates, latencies and
 * outcomes as functions of the arrival index. The run starts 250 ms past an epoch second, so phase windows
 * have to be rounded inwards.
 */
final class SyntheticRun {

  static final long EPOCH_START = 1_700_000_000_250L;
  static final long EPOCH_SECOND = EPOCH_START / 1000;
  /** The message of a failed arrival unless told otherwise: the target answered 503. */
  static final String TARGET_FAILURE = "status.find.is(200), but actually found 503";

  private final RunRecordBuilder builder = new RunRecordBuilder();
  private long requests;

  /**
   * Arrivals evenly spaced at {@code perSecond} from {@code fromOffsetMillis} (inclusive) to
   * {@code toOffsetMillis} (exclusive), one request each.
   */
  SyntheticRun load(long fromOffsetMillis, long toOffsetMillis, double perSecond, String request,
      IntToLongFunction latencyMillis, IntPredicate ok) {
    return load(fromOffsetMillis, toOffsetMillis, perSecond, request, latencyMillis, ok, i -> TARGET_FAILURE);
  }

  /** As above, a failed arrival {@code i} failing with {@code koMessage.apply(i)}. */
  SyntheticRun load(long fromOffsetMillis, long toOffsetMillis, double perSecond, String request,
      IntToLongFunction latencyMillis, IntPredicate ok, IntFunction<String> koMessage) {
    int count = (int) Math.round((toOffsetMillis - fromOffsetMillis) / 1000.0 * perSecond);
    for (int i = 0; i < count; i++) {
      long start = EPOCH_START + fromOffsetMillis + (long) Math.floor(i * 1000.0 / perSecond);
      long latency = latencyMillis.applyAsLong(i);
      boolean isOk = ok.test(i);
      builder.userStarted(start);
      builder.request(request, List.of(), start, start + latency, isOk, isOk ? null : koMessage.apply(i));
      builder.userEnded(start + latency);
      requests++;
    }
    return this;
  }

  SyntheticRun load(long fromOffsetMillis, long toOffsetMillis, double perSecond, String request, long latencyMillis) {
    return load(fromOffsetMillis, toOffsetMillis, perSecond, request, i -> latencyMillis, i -> true);
  }

  long requests() {
    return requests;
  }

  RunRecord build() {
    return build(true);
  }

  RunRecord build(boolean complete) {
    RunMetadata metadata = new RunMetadata("run-1", "dev.slogate.SyntheticSimulation", EPOCH_START, List.of("scenario"),
        List.of(new InjectorInfo("injector-0", "localhost", "3.15.1", EPOCH_START)), complete);
    return builder.build(metadata);
  }

  static RunRecord empty() {
    return new SyntheticRun().build();
  }

  /** Warm-up 5 s at 100/s, steady 30 s at {@code steadyRate}, cool-down 5 s at 100/s. */
  static RunPlan plan(double steadyRate) {
    return new RunPlan("run-1", "dev.slogate.SyntheticSimulation", "http://127.0.0.1:8080", List.of(
        Phase.constant("warm-up", PhaseKind.WARM_UP, 0, 5_000, 100),
        Phase.constant("steady", PhaseKind.STEADY, 5_000, 30_000, steadyRate),
        Phase.constant("cool-down", PhaseKind.COOL_DOWN, 35_000, 5_000, 100)));
  }

  /**
   * The run {@link #plan} describes, with a cold injector in warm-up (800 ms) and {@code steadyLatency} in
   * steady, all requests OK.
   */
  static SyntheticRun planned(double steadyRate, IntToLongFunction steadyLatency, IntPredicate steadyOk) {
    return planned(steadyRate, steadyLatency, steadyOk, i -> TARGET_FAILURE);
  }

  /** As above, a failed steady arrival {@code i} failing with {@code steadyKoMessage.apply(i)}. */
  static SyntheticRun planned(double steadyRate, IntToLongFunction steadyLatency, IntPredicate steadyOk,
      IntFunction<String> steadyKoMessage) {
    return new SyntheticRun()
        .load(0, 5_000, 100, "GET /api/items", i -> 800, i -> true)
        .load(5_000, 35_000, steadyRate, "GET /api/items", steadyLatency, steadyOk, steadyKoMessage)
        .load(35_000, 40_000, 100, "GET /api/items", i -> 3, i -> true);
  }

  /**
   * A deterministic lognormal-looking sample: the lognormal quantile at a low-discrepancy sequence, with
   * the given median and p99 (ms).
   */
  static IntToLongFunction lognormal(double median, double p99) {
    double sigma = Math.log(p99 / median) / 2.3263478740408408;
    return i -> {
      double u = ((i + 0.5) * 0.6180339887498949) % 1.0;
      return Math.round(median * Math.exp(sigma * inverseNormal(u)));
    };
  }

  private static double inverseNormal(double u) {
    return org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1).inverseCumulativeProbability(u);
  }
}
