package dev.slogate.slo.health;

import dev.slogate.slo.record.SeriesStats;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * The injector's health over a window of seconds, the figures the health check judges and the reports show.
 *
 * @param windowSeconds the seconds in the window
 * @param sampledSeconds the seconds of the window the sampler recorded
 * @param hiccupP99Millis the 99th percentile of every oversleep of the hiccup meter in the window, in milliseconds
 * @param hiccupMaxMillis the longest oversleep, in milliseconds
 * @param gcPauseMillis the collectors' pauses in the window, added up
 * @param processCpu the Gatling JVM's mean share of the CPU it may use; NaN when unknown
 * @param machineCpu the machine's mean CPU use; NaN when unknown
 * @param saturatedSeconds the seconds in which the machine's CPU was at or above {@value #SATURATED}
 * @param peakDescriptors the most descriptors open at the end of a second; {@value InjectorSample#UNKNOWN} when unknown
 * @param descriptorLimit the limit in that second; {@value InjectorSample#UNKNOWN} when unknown
 * @param peakConnections the most sockets open at the end of a second; {@value InjectorSample#UNKNOWN} when unknown
 */
public record HealthFigures(long windowSeconds, long sampledSeconds, double hiccupP99Millis, double hiccupMaxMillis,
    long gcPauseMillis, double processCpu, double machineCpu, long saturatedSeconds, long peakDescriptors,
    long descriptorLimit, long peakConnections) {

  /** The machine's CPU use from which a second counts as saturated: nothing is left for the injector to catch up. */
  public static final double SATURATED = 0.95;

  static HealthFigures of(List<InjectorSample> samples, long windowSeconds) {
    Histogram hiccups = SeriesStats.newSumHistogram();
    long gc = 0;
    long saturated = 0;
    double processSum = 0;
    long processKnown = 0;
    double machineSum = 0;
    long machineKnown = 0;
    InjectorSample fullest = null;
    long peakConnections = InjectorSample.UNKNOWN;
    for (InjectorSample s : samples) {
      hiccups.add(s.hiccupMicros());
      gc += s.gcPauseMillis();
      if (!Double.isNaN(s.processCpu())) {
        processSum += s.processCpu();
        processKnown++;
      }
      if (!Double.isNaN(s.machineCpu())) {
        machineSum += s.machineCpu();
        machineKnown++;
        saturated += s.machineCpu() >= SATURATED ? 1 : 0;
      }
      if (s.knowsDescriptors() && (fullest == null
          || (double) s.openDescriptors() / s.maxDescriptors() > (double) fullest.openDescriptors() / fullest.maxDescriptors())) {
        fullest = s;
      }
      peakConnections = Math.max(peakConnections, s.openConnections());
    }
    boolean anyHiccup = hiccups.getTotalCount() > 0;
    return new HealthFigures(windowSeconds, samples.size(),
        anyHiccup ? hiccups.getValueAtPercentile(99) / 1000.0 : Double.NaN,
        anyHiccup ? hiccups.getMaxValue() / 1000.0 : Double.NaN, gc,
        processKnown == 0 ? Double.NaN : processSum / processKnown,
        machineKnown == 0 ? Double.NaN : machineSum / machineKnown, saturated,
        fullest == null ? InjectorSample.UNKNOWN : fullest.openDescriptors(),
        fullest == null ? InjectorSample.UNKNOWN : fullest.maxDescriptors(), peakConnections);
  }

  /** Whether the sampler recorded any second of the window. */
  public boolean sampled() {
    return sampledSeconds > 0;
  }

  /** The peak descriptors' share of the limit; NaN when unknown. */
  public double descriptorShare() {
    return peakDescriptors == InjectorSample.UNKNOWN || descriptorLimit <= 0 ? Double.NaN
        : (double) peakDescriptors / descriptorLimit;
  }
}
