package dev.slogate.slo.eval;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.spec.RequestSelector;
import java.util.List;

/**
 * Why an objective got its verdict, as data: the kind of sentence and the figures it states (what was measured, its
 * interval and one-sided bounds, the threshold, the phases). The evaluator and the baseline comparison build these;
 * reports word them ({@code dev.slogate.reports.words.Words}), the same way in every format. Immutable.
 */
public sealed interface Reason {

  // ---- No data to judge ----

  /** No request at all in the judged phases. */
  record NoRequests(PhaseScope scope) implements Reason {}

  /** The selector matched no request (or group); {@code seen} is every name that was there. */
  record NoMatch(RequestSelector selector, PhaseScope scope, List<String> seen) implements Reason {
    public NoMatch {
      seen = List.copyOf(seen);
    }
  }

  /** A latency of successful requests only, and none succeeded. */
  record NoSuccessfulRequest(String series, PhaseScope scope) implements Reason {}

  /** Throughput over judged phases that hold no whole second. */
  record NoWholeSecond(PhaseScope scope) implements Reason {}

  /** The plan has no phase the objective's selectors match ({@code asked}); {@code available} are its phases. */
  record NothingSelected(List<String> asked, List<Phase> available) implements Reason {
    public NothingSelected {
      asked = List.copyOf(asked);
      available = List.copyOf(available);
    }
  }

  // ---- Too few samples ----

  /** What a {@link TooFew} counted. */
  enum Counted { REQUESTS, SUCCESSFUL_REQUESTS, FAULTS }

  /** How a {@link TooFew} shows what was measured anyway. */
  enum Shown {
    /** In the measurement's unit: "5 ms", "0.5%", "12/s". */
    VALUE,
    /** A failover time: "1.25 s". */
    DURATION,
    /** A failover time, the worst of several: "1.25 s at worst". */
    WORST_DURATION,
    /** An error frequency: "0.5/s in the worst window". */
    WORST_WINDOW
  }

  /**
   * Fewer samples than a verdict needs: "Only 10 requests of all requests in steady: p99 at 95% confidence needs at
   * least 299 (measured 5 ms)."
   *
   * @param series what was counted on; null for faults, counted "in this run"
   * @param scope the judged phases; null for faults
   * @param percentile the percentile whose bound needs {@code required} samples; null when the objective's own
   *     minSamples is what was not reached
   * @param measured the estimate on the samples there were, in {@code unit}
   */
  record TooFew(Counted counted, long samples, String series, PhaseScope scope, Double percentile, double confidence,
      long required, double measured, MeasureUnit unit, Shown shown) implements Reason {}

  /**
   * An error rate or availability with too few requests to show its target at all: "No request failed, but only 100
   * requests of all requests in steady were seen: showing error rate &lt;= 0.1% at 95% confidence needs at least 2,995
   * requests."
   */
  record TooFewToShow(boolean availability, long failed, long samples, String series, PhaseScope scope,
      Threshold target, double confidence, long required) implements Reason {}

  // ---- Decided from the bounds (or too close to decide) ----

  /** A latency percentile against its target; the sample size is the measurement's. */
  record LatencyDecided(double percentile, String series, PhaseScope scope, Measurement measurement,
      Threshold target, Verdict verdict) implements Reason {}

  /** An error rate (against its maximum) or an availability (against its target), with the counts it came from. */
  record ShareDecided(boolean availability, String series, PhaseScope scope, long failed, Measurement measurement,
      Threshold target, Verdict verdict) implements Reason {}

  /** Successful requests per second against a minimum; the successful requests are the measurement's samples. */
  record ThroughputDecided(String series, PhaseScope scope, long seconds, Measurement measurement, Threshold target,
      Verdict verdict) implements Reason {}

  /** A percentile of failover times over the run's faults (the measurement's samples) against a maximum. */
  record FailoverPercentileDecided(double percentile, Measurement measurement, Threshold target, Verdict verdict)
      implements Reason {}

  // ---- Error frequency: an alert's rule on observed counts ----

  /** No whole window of the alert's length fits in the judged phases. */
  record NoWindowFits(PhaseScope scope, long longestSeconds, long windowSeconds) implements Reason {}

  /**
   * The worst window against the alert's maximum: fired (FAIL) or not (PASS).
   *
   * @param fromSecond the worst window's first second, counted from the run's start; meaningful when {@code failed > 0}
   * @param worstPhases the phases the worst window lies in, joined
   * @param windows how many windows were looked at
   */
  record AlertRule(String series, PhaseScope scope, double peakPerSecond, long windowSeconds, long failed,
      long fromSecond, String worstPhases, long windows, double maxPerSecond, boolean fired) implements Reason {}

  /** No whole window fits, but a shorter stretch already holds more failures than a whole window allows: FAIL. */
  record BreachShown(String series, PhaseScope scope, long failed, long stretchSeconds, long fromSecond,
      String stretchPhases, long allowedPerWindow, long windowSeconds, double maxPerSecond) implements Reason {}

  // ---- Failover ----

  /** No fault (of the named experiment, when not null) in the run. */
  record NoFault(String experiment) implements Reason {}

  /** The worst fault was never followed by a run of OK probes. */
  record NeverFailedOver(String fault, double maxMillis) implements Reason {}

  /** The worst fault's failover time against the maximum: above it (FAIL) or within it (PASS). */
  record FailoverTook(String fault, double tookMillis, double maxMillis, int faults, boolean within) implements Reason {}

  // ---- Overruled by a run-level rule ----

  /** The judged phase's load was INVALID: neither passed nor failed; {@code measurement} says what was measured. */
  record InvalidLoad(PhaseValidity phase, String measure, Measurement measurement) implements Reason {}

  /** The record is incomplete, so a PASS became INVALID; {@code onTheDataSeen} is the reason it would have had. */
  record IncompleteRecord(Reason onTheDataSeen) implements Reason {}

  // ---- Relative objectives (a baseline comparison) ----

  /** A comparison was asked for, but there is no baseline. */
  record NoBaseline() implements Reason {}

  /** The baseline measured something else ({@code problem}, from {@code Compatibility}). */
  record BaselineRefused(String problem) implements Reason {}

  /** The run plan has no phase the percentile is judged on. */
  record NoPhaseToCompare() implements Reason {}

  /** Too few requests in this run or the baseline to compare a percentile. */
  record TooFewToCompare(double percentile, String series, List<String> phases, boolean inBaseline, long samples,
      long required) implements Reason {
    public TooFewToCompare {
      phases = List.copyOf(phases);
    }
  }

  /** Too few judged seconds to see how much seconds vary. */
  record TooShortToCompare(double percentile, String series, List<String> phases, int seconds, int required)
      implements Reason {
    public TooShortToCompare {
      phases = List.copyOf(phases);
    }
  }

  /**
   * The rise of a percentile against its allowance: {@code measurement} holds the rise (current − baseline) and its
   * interval.
   */
  record RiseCompared(double percentile, String series, List<String> phases, double baselineMillis,
      double currentMillis, Measurement measurement, double allowedMillis, String baselineRunId, double tolerance,
      double slackMillis, Verdict verdict) implements Reason {
    public RiseCompared {
      phases = List.copyOf(phases);
    }
  }

  /** A comparison on a phase whose load was INVALID: neither passed nor failed. */
  record ComparisonOnInvalidLoad(PhaseValidity phase, Reason comparison) implements Reason {}

  /** A comparison that passed on an incomplete record. */
  record ComparisonOnIncompleteRecord(Reason comparison) implements Reason {}
}
