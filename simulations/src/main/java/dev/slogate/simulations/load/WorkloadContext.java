package dev.slogate.simulations.load;

import dev.slogate.simulations.Settings;
import dev.slogate.simulations.internal.target.Target;
import java.util.Locale;

/**
 * What a {@link SystemWorkload} may read while it builds a run: the run's settings, the target (an external
 * deployment, or the embedded stand-in), and a way to say on the console what it chose.
 *
 * @param system the system's name, which prefixes every console line
 * @param settings the run's {@code slogate.*} properties
 * @param target where the load goes
 */
public record WorkloadContext(String system, Settings settings, Target target) {

  /** One line on the console, before the run: what was documented and what this run does instead. */
  public void announce(String format, Object... args) {
    System.out.println("slogate: " + system + ": " + String.format(Locale.ROOT, format, args));
  }
}
