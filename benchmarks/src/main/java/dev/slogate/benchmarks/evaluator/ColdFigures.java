package dev.slogate.benchmarks.evaluator;

import java.util.OptionalLong;

/**
 * What one {@link ColdEvaluate} process printed: where a cold evaluation spends its time, and what it holds.
 *
 * @param jvmStartMillis JVM uptime when its main method began
 * @param specMillis loading the SLO catalog
 * @param planMillis reading plan.json
 * @param decodeMillis reading the log into the run's measurements
 * @param evaluateMillis judging them
 * @param peakHeapBytes sum of the heap pools' peaks (garbage included)
 * @param retainedHeapBytes live heap after a full GC, measurements and evaluation held
 * @param seconds the run's length, first to last second with an event
 * @param histograms histograms a WindowedRun held; empty for a full RunRecord
 * @param secondCounters per-second counters a WindowedRun held; empty for a full RunRecord
 * @param verdict the overall verdict
 */
record ColdFigures(long jvmStartMillis, long specMillis, long planMillis, long decodeMillis, long evaluateMillis,
    long peakHeapBytes, long retainedHeapBytes, long seconds, OptionalLong histograms, OptionalLong secondCounters,
    String verdict) {

  static ColdFigures parse(TimedProcess process) {
    return new ColdFigures(number(process, "jvmStartMillis"), number(process, "specMillis"), number(process, "planMillis"),
        number(process, "decodeMillis"), number(process, "evaluateMillis"), number(process, "peakHeapBytes"),
        number(process, "retainedHeapBytes"), number(process, "seconds"), optional(process, "histograms"),
        optional(process, "secondCounters"), process.value("verdict"));
  }

  long decodeAndEvaluateMillis() {
    return decodeMillis + evaluateMillis;
  }

  private static long number(TimedProcess process, String key) {
    return Long.parseLong(process.value(key));
  }

  private static OptionalLong optional(TimedProcess process, String key) {
    return process.output().lines().anyMatch(l -> l.startsWith(key + "="))
        ? OptionalLong.of(number(process, key))
        : OptionalLong.empty();
  }
}
