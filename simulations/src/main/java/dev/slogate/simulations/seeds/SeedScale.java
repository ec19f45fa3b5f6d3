package dev.slogate.simulations.seeds;

import dev.slogate.simulations.Settings;
import dev.slogate.simulations.SimulationOptions;
import dev.slogate.simulations.load.WorkloadContext;
import java.time.Duration;

/**
 * How far a seed simulation shrinks its system's documented workload for a local run: rates, user counts
 * and documented times are divided by {@code slogate.scale}. Latency thresholds and ratios are never
 * scaled: they are what is being checked.
 *
 * @param factor the divisor; 1 runs the workload as documented
 */
public record SeedScale(double factor) {

  public static final String PROPERTY = SimulationOptions.SCALE;

  public SeedScale {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException(PROPERTY + " must be a positive number, got " + factor);
    }
  }

  /**
   * {@value #PROPERTY}; when it is not set, {@code localDefault} against the embedded stand-in and 1 (the
   * documented workload) against a real deployment: a release is signed off on the load its guide promises.
   */
  public static SeedScale read(WorkloadContext context, double localDefault) {
    return read(context.settings(), context.target().embedded() ? localDefault : 1);
  }

  /** {@value #PROPERTY}, or {@code defaultFactor} when it is not set. */
  public static SeedScale read(Settings settings, double defaultFactor) {
    String text = settings.get(PROPERTY).orElse(null);
    if (text == null) {
      return new SeedScale(defaultFactor);
    }
    double factor;
    try {
      factor = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PROPERTY + "=" + text + " is not a number (a divisor, e.g. 50)");
    }
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException(PROPERTY + "=" + text + " must be a positive number (a divisor, e.g. 50)");
    }
    return new SeedScale(factor);
  }

  public double rate(double documentedPerSecond) {
    return documentedPerSecond / factor;
  }

  /** At least one millisecond: a phase cannot be empty. */
  public Duration time(Duration documented) {
    return Duration.ofMillis(Math.max(1, Math.round(documented.toMillis() / factor)));
  }

  /** At least one user. */
  public int users(int documented) {
    return (int) Math.max(1, Math.round(documented / factor));
  }

  public boolean isScaled() {
    return factor != 1.0;
  }

  /** "/ 50" or "(not scaled)", for console lines. */
  public String describe() {
    return isScaled() ? "/ " + (factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor))
        : "(not scaled)";
  }
}
