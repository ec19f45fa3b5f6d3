package dev.slogate.chaos.failover;

import dev.slogate.slo.chaos.ProbeSample;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Failover time, time to detect and downtime of one fault, from its probe samples. A pure function; the
 * reasoning is in the package documentation.
 *
 * <p>The fault's probes are those that were still running or sent after the confirmed injection and sent
 * before the window's end. A failed probe counts from when it was sent (the target was already not
 * answering then); a successful one counts from when it answered (for a probe that hung until the target
 * came back, that is the moment it came back).
 *
 * <p>"Failed" means not recovered in the sense of {@link RecoveredProbe}: for a plain health probe a probe
 * that did not succeed, for a probe watching a value (the leader) also one that still read the old value.
 *
 * <ul>
 *   <li><b>time to detect</b>: from the injection to the first failed probe;</li>
 *   <li><b>failover</b>: from the injection to the first probe of the run of N successes that follows the
 *       <em>last</em> failed probe of the window, if that run exists and starts within {@code within};
 *       with no failed probe at all, the first N probes after the injection;</li>
 *   <li><b>downtime</b>: the sum over stretches of consecutive failed probes, each from its first failed
 *       probe to the answer of the next successful one (or to its last failure if none followed).</li>
 * </ul>
 */
public final class FailoverMeter {

  private FailoverMeter() {}

  /** Measures with plain health probes: a probe that succeeded shows the target serving. */
  public static FaultMeasurement measure(FaultObservation fault, List<ProbeSample> samples) {
    return measure(fault, samples, ProbeSample::ok);
  }

  /**
   * @param recovered which samples show the target recovered ({@link RecoveredProbe}); every other sample in
   *     the window counts as failed
   */
  public static FaultMeasurement measure(FaultObservation fault, List<ProbeSample> samples, Predicate<ProbeSample> recovered) {
    long injected = fault.injectedAtMillis();
    List<ProbeSample> probes = samples.stream()
        .filter(s -> answeredAt(s) >= injected && s.epochMillis() < fault.windowEndMillis())
        .sorted(Comparator.comparingLong(ProbeSample::epochMillis))
        .toList();
    int first = -1;
    int last = -1;
    int failed = 0;
    long downtime = 0;
    for (int i = 0; i < probes.size(); i++) {
      if (recovered.test(probes.get(i))) {
        continue;
      }
      failed++;
      if (first < 0) {
        first = i;
      }
      if (i == 0 || recovered.test(probes.get(i - 1))) {
        downtime += stretch(probes, i, injected, recovered);
      }
      last = i;
    }
    Long firstFailure = first < 0 ? null : Math.max(injected, probes.get(first).epochMillis());
    Long failoverAt = failoverAt(probes, last, fault);
    Long failover = failoverAt == null ? null : failoverAt - injected;
    return new FaultMeasurement(injected, fault.recoveredAtMillis(), firstFailure, failoverAt, failover, downtime,
        probes.size(), failed, fault.windowEndMillis());
  }

  /** From the failed probe at {@code start} to the answer of the next successful one. */
  private static long stretch(List<ProbeSample> probes, int start, long injected, Predicate<ProbeSample> recovered) {
    long from = Math.max(injected, probes.get(start).epochMillis());
    int i = start;
    while (i + 1 < probes.size() && !recovered.test(probes.get(i + 1))) {
      i++;
    }
    long to = i + 1 < probes.size() ? answeredAt(probes.get(i + 1)) : answeredAt(probes.get(i));
    return Math.max(0, to - from);
  }

  private static Long failoverAt(List<ProbeSample> probes, int lastFailure, FaultObservation fault) {
    int runStart = lastFailure + 1;
    if (probes.size() - runStart < fault.consecutiveSuccesses()) {
      return null;
    }
    long at = Math.max(fault.injectedAtMillis(), answeredAt(probes.get(runStart)));
    return at - fault.injectedAtMillis() > fault.within().toMillis() ? null : at;
  }

  /** When the probe's answer (or its failure) came. */
  static long answeredAt(ProbeSample sample) {
    return sample.epochMillis() + Math.round(sample.latencyMicros() / 1000.0);
  }
}
