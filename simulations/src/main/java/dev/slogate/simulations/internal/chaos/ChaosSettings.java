package dev.slogate.simulations.internal.chaos;

import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.ExperimentSpecParser;
import dev.slogate.config.Defaults;
import dev.slogate.config.Options;
import dev.slogate.simulations.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code slogate.experiment} and {@code slogate.chaos.*} properties of a chaos run, read and checked
 * before any load starts.
 *
 * @param experiments the experiments, run one after the other
 * @param backend {@code local} or {@code chaos-mesh}
 * @param namespaces the namespaces Chaos Mesh may touch
 * @param restartDelay after a local pod-kill, how long until the replica is replaced
 * @param recovery the recovery phase after the last fault, before cool-down
 */
public record ChaosSettings(
    List<ExperimentSpec> experiments, Backend backend, List<String> namespaces, Duration restartDelay,
    Duration recovery) {

  public static final String EXPERIMENT = Options.EXPERIMENT.key();
  public static final String BACKEND = Options.CHAOS_BACKEND.key();
  public static final String NAMESPACES = Options.CHAOS_NAMESPACES.key();
  public static final String RESTART_DELAY = Options.CHAOS_RESTART_DELAY.key();
  public static final String RECOVERY = Options.CHAOS_RECOVERY.key();

  public static final String DEFAULT_EXPERIMENT = Defaults.EXPERIMENT;
  public static final Duration DEFAULT_RECOVERY = Defaults.CHAOS_RECOVERY;
  static final String BUNDLED = "dev/slogate/chaos/experiments/";
  static final String KUBERNETES = "kubernetes/";

  /** Where faults are injected. */
  public enum Backend {
    LOCAL("local"), CHAOS_MESH("chaos-mesh");

    private final String id;

    Backend(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    static Backend parse(String text) {
      for (Backend backend : values()) {
        if (backend.id.equals(text.trim().toLowerCase(Locale.ROOT))) {
          return backend;
        }
      }
      throw new IllegalArgumentException(BACKEND + "=" + text + " is not a backend (expected local or chaos-mesh)");
    }
  }

  public ChaosSettings {
    experiments = List.copyOf(experiments);
    namespaces = List.copyOf(namespaces);
  }

  /**
   * @throws IllegalArgumentException or {@link dev.slogate.chaos.spec.SpecException} with a one-line message
   */
  public static ChaosSettings read(Settings settings) {
    return read(settings, DEFAULT_EXPERIMENT);
  }

  /**
   * @param defaultExperiments the experiments when {@code slogate.experiment} is not set, comma-separated
   */
  public static ChaosSettings read(Settings settings, String defaultExperiments) {
    Backend backend = Backend.parse(settings.get(BACKEND, Defaults.CHAOS_BACKEND));
    List<ExperimentSpec> experiments = new ArrayList<>();
    ExperimentSpecParser parser = new ExperimentSpecParser();
    for (String name : settings.get(EXPERIMENT, defaultExperiments).split(",")) {
      experiments.add(experiment(parser, name.trim(), backend));
    }
    List<String> namespaces = settings.get(NAMESPACES).map(v -> Arrays.stream(v.split(",")).map(String::trim)
        .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    return new ChaosSettings(experiments, backend, namespaces,
        settings.duration(RESTART_DELAY, Defaults.CHAOS_RESTART_DELAY),
        positive(RECOVERY, settings.duration(RECOVERY, DEFAULT_RECOVERY)));
  }

  /**
   * A file path, or the name of an experiment bundled with slogate ({@code kill-one-replica}). A bundled
   * experiment that also comes in a Kubernetes version ({@code experiments/kubernetes/}) is read in that
   * version for the {@code chaos-mesh} backend: the same promise, aimed at the guide's namespace and labels.
   */
  static ExperimentSpec experiment(ExperimentSpecParser parser, String name, Backend backend) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException(EXPERIMENT + " names an empty experiment");
    }
    boolean isPath = name.contains("/") || name.contains("\\") || name.endsWith(".yaml") || name.endsWith(".yml");
    if (isPath) {
      Path file = Path.of(name);
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(EXPERIMENT + ": experiment file " + file + " does not exist");
      }
      return parser.parse(file);
    }
    String onCluster = BUNDLED + KUBERNETES + name + ".yaml";
    if (backend == Backend.CHAOS_MESH && ChaosSettings.class.getClassLoader().getResource(onCluster) != null) {
      return parser.parseResource(onCluster);
    }
    if (ChaosSettings.class.getClassLoader().getResource(BUNDLED + name + ".yaml") == null) {
      throw new IllegalArgumentException(EXPERIMENT + "=" + name + " is neither a file nor an experiment bundled"
          + " with slogate (such as " + DEFAULT_EXPERIMENT + ")");
    }
    return parser.parseResource(BUNDLED + name + ".yaml");
  }

  private static Duration positive(String key, Duration value) {
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(key + " must be above 0");
    }
    return value;
  }
}
