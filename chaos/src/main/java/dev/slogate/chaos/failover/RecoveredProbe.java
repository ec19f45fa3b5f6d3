package dev.slogate.chaos.failover;

import dev.slogate.chaos.spec.ProbeSpec;
import dev.slogate.slo.chaos.ProbeSample;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which probe samples after a fault show the target recovered. For a plain health probe, a successful
 * probe. For a probe that watches a value ({@link ProbeSpec#expectChanged()}), a successful probe whose value
 * differs from the value before the fault: while the old leader is still named, the target has answered but
 * has not failed over.
 */
public final class RecoveredProbe {

  private RecoveredProbe() {}

  /**
   * @param spec the experiment's probe
   * @param samples the probe's samples so far (those sent before the injection give the value before it)
   * @param injectedAtMillis the confirmed injection
   * @return the test for samples after the injection. A watching probe that never read a value before the
   *     injection has nothing to compare with: no sample counts as recovered, so the fault is reported as never
   *     failed over rather than as recovered at once.
   */
  public static Predicate<ProbeSample> after(ProbeSpec spec, List<ProbeSample> samples, long injectedAtMillis) {
    if (spec.expectChanged().isEmpty()) {
      return ProbeSample::ok;
    }
    String before = null;
    for (ProbeSample sample : samples) {
      if (sample.epochMillis() < injectedAtMillis && sample.ok() && sample.observed() != null) {
        before = sample.observed();
      }
    }
    if (before == null) {
      return sample -> false;
    }
    String previous = before;
    return sample -> sample.ok() && sample.observed() != null && !sample.observed().equals(previous);
  }
}
