package dev.slogate.benchmarks.capacity;

import dev.slogate.benchmarks.internal.harness.Met;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The second measure of slogate's overhead: CPU per request of both injectors at one rate that both sustain,
 * in rounds of one run each (the order alternating), so that each round is a pair taken back to back. A
 * highest valid rate sits on a cliff (one late GC pause or neighbour's burst tips a run into a connection
 * pile-up), and moves by a tenth between searches on a shared machine; the CPU an injector spends per request
 * at a rate below the cliff is what its overhead is made of, and varies by a few percent.
 *
 * @param rate the rate of every run
 * @param rounds the runs, in the order they ran
 */
record CpuCost(double rate, List<Round> rounds) {

  /** One pair, back to back. */
  record Round(CapacityProbe slogate, CapacityProbe plain) {

    /** slogate's CPU per request ÷ plain Gatling's; NaN when either is unknown or its run invalid. */
    double ratio() {
      if (!slogate.valid() || !plain.valid()) {
        return Double.NaN;
      }
      return slogate.cpuMicrosPerRequest() / plain.cpuMicrosPerRequest();
    }
  }

  CpuCost {
    rounds = List.copyOf(rounds);
  }

  /** The rate for the comparison: 60% of the lower of the two highest valid rates, in steps of 50/s. */
  static double rateFor(double slogateMax, double plainMax) {
    return Math.max(50, Math.floor(0.6 * Math.min(slogateMax, plainMax) / 50) * 50);
  }

  /** The median of the rounds' ratios, over the rounds where both runs were valid and measured. */
  OptionalDouble medianRatio() {
    double[] ratios = ratios();
    if (ratios.length == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(ratios.length % 2 == 1 ? ratios[ratios.length / 2]
        : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2);
  }

  /** The lowest and highest round ratio, e.g. "0.97–1.04". */
  String spread() {
    double[] ratios = ratios();
    return ratios.length == 0 ? "–"
        : String.format(Locale.ROOT, "%.3f–%.3f", ratios[0], ratios[ratios.length - 1]);
  }

  /**
   * Whether slogate's CPU per request is within {@code maxRatio} of plain Gatling's: YES when every round is,
   * NO when none is, NOT_RESOLVED when the rounds straddle it (a median alone would pick a side the machine's
   * noise chose) or a round lacks two valid runs (fewer measurements than planned decide nothing),
   * NOT_JUDGED without a judged round.
   */
  Met judge(double maxRatio) {
    double[] ratios = ratios();
    if (ratios.length == 0) {
      return Met.NOT_JUDGED;
    }
    if (ratios.length < rounds.size()) {
      return Met.NOT_RESOLVED;
    }
    if (ratios[ratios.length - 1] <= maxRatio) {
      return Met.YES;
    }
    return ratios[0] > maxRatio ? Met.NO : Met.NOT_RESOLVED;
  }

  /** Highest ÷ lowest CPU per request of one injector over the rounds' valid runs; NaN with fewer than two. */
  double variation(Tool tool) {
    double[] micros = rounds.stream().map(r -> tool == Tool.SLOGATE ? r.slogate() : r.plain())
        .filter(CapacityProbe::valid).mapToDouble(CapacityProbe::cpuMicrosPerRequest).filter(m -> !Double.isNaN(m))
        .sorted().toArray();
    return micros.length < 2 ? Double.NaN : micros[micros.length - 1] / micros[0];
  }

  int judgedRounds() {
    return ratios().length;
  }

  private double[] ratios() {
    return rounds.stream().mapToDouble(Round::ratio).filter(r -> !Double.isNaN(r) && !Double.isInfinite(r)).sorted().toArray();
  }
}
