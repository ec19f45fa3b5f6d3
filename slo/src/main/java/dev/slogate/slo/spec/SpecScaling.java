package dev.slogate.slo.spec;

import dev.slogate.slo.eval.Note;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scales a spec to a local run. Two different things can be smaller than documented, and each has its own
 * factor, both recorded in the run plan:
 *
 * <ul>
 *   <li><b>The workload</b> ({@code scaleFactor}, from {@code slogate.scale}). A catalog states production
 *       promises (SEI's 10,000 requests per second, an alert on 0.05 failed requests per second over 5
 *       minutes); a run on a 2-core machine drives the same shape at 1/factor of the rate, with the workload's
 *       time constants divided by the factor too. A throughput minimum, and an error frequency's maximum and
 *       window, are divided by it. Latency thresholds and ratios (error rate, availability) never scale: how
 *       fast a request is answered and how many fail hold as written at any load.
 *   <li><b>The target's own clock</b> ({@code targetTimeScale}). A seed system's stand-in runs the guide's
 *       health-check periods, heartbeats and sweep intervals N times faster, so that a failover which takes
 *       minutes in production takes seconds on a laptop. A failover maximum that follows from those timings
 *       (the objective says {@code scalesWithStandIn: true}) is divided by N; every other failover maximum
 *       (an MTTR, say) holds as written. Against a real deployment N is 1.
 * </ul>
 *
 * <p>Note that an error frequency's allowance per window shrinks by the workload factor squared: the run is
 * judged on the same share of failed requests as the documented workload, over a proportionally shorter
 * window.
 */
public final class SpecScaling {

  /**
   * A scaled spec and what was changed.
   *
   * @param spec the spec with scaled objectives (the same spec when nothing scales)
   * @param factor the workload factor applied; 1 when not scaled
   * @param changes one phrase per objective scaled by the workload factor, such as
   *     {@code "sei-throughput min 10,000/s → 100/s"}
   * @param timeScale the target time scale applied; 1 when not scaled
   * @param timeChanges one phrase per failover maximum divided by the target time scale
   */
  public record Scaled(SloSpec spec, double factor, List<String> changes, double timeScale, List<String> timeChanges) {

    public Scaled {
      changes = List.copyOf(changes);
      timeChanges = List.copyOf(timeChanges);
    }

    public Scaled(SloSpec spec, double factor, List<String> changes) {
      this(spec, factor, changes, 1, List.of());
    }

    /** The notes for an evaluation, saying what was divided by what; empty when nothing was. Reports word them. */
    public List<Note> notes() {
      List<Note> notes = new ArrayList<>();
      if (!changes.isEmpty()) {
        notes.add(new Note.ScaledDown(factor, changes));
      }
      if (!timeChanges.isEmpty()) {
        notes.add(new Note.TimeScaled(timeScale, timeChanges));
      }
      return notes;
    }
  }

  private SpecScaling() {}

  /** Scales by the workload factor only, for a target that runs its timings as documented. */
  public static Scaled scaleDown(SloSpec spec, double factor) {
    return scaleDown(spec, factor, 1);
  }

  /**
   * Divides the spec's rates and windows by {@code factor}, and its stand-in-derived failover maxima by
   * {@code targetTimeScale}.
   *
   * @param factor how many times smaller the local workload is, such as 100; 1, or a value that is not a
   *     positive finite number (an old plan without the field), leaves rates and windows unchanged
   * @param targetTimeScale how many times faster the target runs its own timings; 1 (or not a positive finite
   *     number) leaves failover maxima unchanged
   */
  public static Scaled scaleDown(SloSpec spec, double factor, double targetTimeScale) {
    double load = usable(factor);
    double time = usable(targetTimeScale);
    if (load == 1 && time == 1) {
      return new Scaled(spec, 1, List.of());
    }
    List<Objective> scaled = new ArrayList<>();
    List<String> changes = new ArrayList<>();
    List<String> timeChanges = new ArrayList<>();
    for (Objective objective : spec.objectives()) {
      if (load != 1 && objective instanceof ThroughputObjective t) {
        ThroughputObjective s = new ThroughputObjective(t.name(), t.source(), t.description(), t.judging(), t.selector(),
            t.minPerSecond() / load);
        changes.add(t.name() + " min " + rate(t.minPerSecond()) + " → " + rate(s.minPerSecond()));
        scaled.add(s);
      } else if (load != 1 && objective instanceof ErrorFrequencyObjective f) {
        ErrorFrequencyObjective s = new ErrorFrequencyObjective(f.name(), f.source(), f.description(), f.judging(),
            f.selector(), f.maxPerSecond() / load, f.windowMillis() / load);
        changes.add(f.name() + " max " + rate(f.maxPerSecond()) + " over " + seconds(f.windowMillis()) + " → "
            + rate(s.maxPerSecond()) + " over " + seconds(s.windowMillis()));
        scaled.add(s);
      } else if (time != 1 && objective instanceof FailoverObjective f && f.scalesWithStandIn()) {
        FailoverObjective s = f.withMaxMillis(f.maxMillis() / time);
        timeChanges.add(f.name() + " max " + seconds(f.maxMillis()) + " → " + seconds(s.maxMillis()));
        scaled.add(s);
      } else {
        scaled.add(objective);
      }
    }
    if (changes.isEmpty() && timeChanges.isEmpty()) {
      return new Scaled(spec, load, List.of(), time, List.of());
    }
    SloSpec result = new SloSpec(spec.system(), spec.version(), spec.description(), spec.defaults(), scaled, spec.origin(),
        spec.readiness());
    return new Scaled(result, load, changes, time, timeChanges);
  }

  private static double usable(double factor) {
    return factor > 0 && !Double.isInfinite(factor) ? factor : 1;
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
