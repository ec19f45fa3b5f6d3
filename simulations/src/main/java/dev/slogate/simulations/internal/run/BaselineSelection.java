package dev.slogate.simulations.internal.run;

import dev.slogate.config.OptionValues;
import dev.slogate.config.Options;
import dev.slogate.slo.baseline.Baseline;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The run a new run is compared with: {@code -Dslogate.baseline=<run folder or record>}, or the baseline
 * pinned for the system under {@code baselines/} of the project ({@code -Dslogate.project.dir}, set by the
 * build). Loaded when the simulation is built, so that an unusable baseline fails before any load is sent.
 */
public final class BaselineSelection {

  public static final String PROJECT_DIR_PROPERTY = Options.PROJECT_DIR.key();

  private BaselineSelection() {}

  /**
   * @param options the run's options, read once for the run
   * @throws IllegalArgumentException when a named or pinned baseline cannot be read
   */
  public static Optional<Baseline> forSystem(String system, OptionValues options) {
    Path project = Path.of(options.orDefault(Options.PROJECT_DIR).orElse("."));
    return Baseline.pinned(system, project, options).map(path -> {
      Baseline baseline = Baseline.load(path);
      System.out.println("slogate: comparing with baseline " + baseline.origin());
      return baseline;
    });
  }
}
