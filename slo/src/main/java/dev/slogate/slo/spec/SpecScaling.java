package dev.slogate.slo.spec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scales a spec's documented workload to a local run. A catalog states production promises (SEI's 10,000
 * requests per second, an alert on 0.05 failed requests per second over 5 minutes); a run on a 2-core machine
 * drives the same system shape at 1/factor of the rate, with its time constants divided by the factor too (the
 * run plan's {@code scaleFactor}, from {@code slogate.scale}).
 *
 * <p>What scales: a throughput minimum, and an error frequency's maximum and window, are divided by the
 * factor. What never scales: latency thresholds, ratios (error rate, availability), and failover maxima: a
 * promise about how fast a request is answered, how many fail, or how soon service is back holds as written
 * at any load. Note that an error frequency's allowance per window shrinks by the factor squared, so a large
 * factor can leave a budget no finite run can show (the evaluator then says so and stays INCONCLUSIVE).
 */
public final class SpecScaling {

  /**
   * A scaled spec and what was changed.
   *
   * @param spec the spec with scaled objectives (the same spec when nothing scales)
   * @param factor the factor applied; 1 when not scaled
   * @param changes one phrase per scaled objective, such as {@code "sei-throughput min 10,000/s → 100/s"}
   */
  public record Scaled(SloSpec spec, double factor, List<String> changes) {

    public Scaled {
      changes = List.copyOf(changes);
    }
  }

  private SpecScaling() {}

  /**
   * Divides the spec's rates and windows by {@code factor}.
   *
   * @param factor how many times smaller the local run is, such as 100; a factor of 1, or one that is not a
   *     positive finite number (an old plan without the field), leaves the spec unchanged
   */
  public static Scaled scaleDown(SloSpec spec, double factor) {
    if (!(factor > 0) || Double.isInfinite(factor) || factor == 1) {
      return new Scaled(spec, 1, List.of());
    }
    List<Objective> scaled = new ArrayList<>();
    List<String> changes = new ArrayList<>();
    for (Objective objective : spec.objectives()) {
      if (objective instanceof ThroughputObjective t) {
        ThroughputObjective s = new ThroughputObjective(t.name(), t.source(), t.description(), t.judging(), t.selector(),
            t.minPerSecond() / factor);
        changes.add(t.name() + " min " + rate(t.minPerSecond()) + " → " + rate(s.minPerSecond()));
        scaled.add(s);
      } else if (objective instanceof ErrorFrequencyObjective f) {
        ErrorFrequencyObjective s = new ErrorFrequencyObjective(f.name(), f.source(), f.description(), f.judging(),
            f.selector(), f.maxPerSecond() / factor, f.windowMillis() / factor);
        changes.add(f.name() + " max " + rate(f.maxPerSecond()) + " over " + seconds(f.windowMillis()) + " → "
            + rate(s.maxPerSecond()) + " over " + seconds(s.windowMillis()));
        scaled.add(s);
      } else {
        scaled.add(objective);
      }
    }
    SloSpec result = new SloSpec(spec.system(), spec.version(), spec.description(), spec.defaults(), scaled, spec.origin(),
        spec.readiness());
    return new Scaled(result, factor, changes);
  }

  private static String rate(double perSecond) {
    return number(perSecond) + "/s";
  }

  private static String seconds(double millis) {
    return number(millis / 1000) + " s";
  }

  private static String number(double value) {
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
    return rounded.scale() <= 0 ? String.format(Locale.ROOT, "%,d", rounded.toBigInteger()) : rounded.toPlainString();
  }
}
