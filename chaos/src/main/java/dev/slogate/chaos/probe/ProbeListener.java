package dev.slogate.chaos.probe;

import dev.slogate.slo.chaos.ProbeSample;

/**
 * Hears every probe as it completes, e.g. to watch abort conditions. Called on the prober's thread between
 * probes that are being timed: implementations must be fast and must not throw (the prober logs and
 * ignores a listener that throws).
 */
@FunctionalInterface
public interface ProbeListener {

  void probed(ProbeSample sample);
}
