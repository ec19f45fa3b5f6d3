package dev.slogate.injectors;

import dev.slogate.config.Options;
import java.util.Set;

/**
 * The {@code slogate.*} keys scale-out reads and sets, by their short names here. Each is declared, with its type,
 * default and documentation, in config's {@link Options} like every other key, so that a pod's {@code SLOGATE_*}
 * environment is accepted by the options layer. An environment variable is the key in the options layer's spelling
 * ({@link #environmentName}): {@code slogate.injectors.count} is {@code SLOGATE_INJECTORS_COUNT}.
 */
public final class InjectorOptionKeys {

  /** How many injectors run (an integer ≥ 1). */
  public static final String COUNT = Options.INJECTORS_COUNT.key();

  /** Which injector this is, 0 to count − 1; in a Kubernetes pod, its {@code JOB_COMPLETION_INDEX}. */
  public static final String INDEX = Options.INJECTORS_INDEX.key();

  /** Where the coordinator starts the injectors: {@code kubernetes} (this module), or none for local JVMs. */
  public static final String BACKEND = Options.INJECTORS_BACKEND.key();

  /** The epoch millisecond every injector aligns its phases on. */
  public static final String START_AT = Options.START_AT.key();

  /** The run id every injector of a run shares. */
  public static final String RUN_ID = Options.RUN_ID.key();

  /** The Gatling simulation class the injector pod runs. */
  public static final String SIMULATION = Options.INJECTORS_SIMULATION.key();

  /** The namespace the Job goes in. */
  public static final String NAMESPACE = Options.INJECTORS_NAMESPACE.key();

  /** The namespaces injector Jobs may be created in, comma-separated; no default (as for chaos). */
  public static final String ALLOWED_NAMESPACES = Options.INJECTORS_ALLOWED_NAMESPACES.key();

  /** The injector image (built with Jib from the simulations module, see injectors/README.md). */
  public static final String IMAGE = Options.INJECTORS_IMAGE.key();

  /** Each pod's CPU request and limit, a Kubernetes quantity ({@code 2}, {@code 1500m}). */
  public static final String CPU = Options.INJECTORS_CPU.key();

  /** Each pod's memory request and limit, a Kubernetes quantity ({@code 2Gi}). */
  public static final String MEMORY = Options.INJECTORS_MEMORY.key();

  /** How long the coordinator waits for every index, a duration; also the Job's {@code activeDeadlineSeconds}. */
  public static final String TIMEOUT = Options.INJECTORS_TIMEOUT.key();

  /** The Job's {@code ttlSecondsAfterFinished}, a duration: the cluster's own cleanup if every other one failed. */
  public static final String TTL = Options.INJECTORS_TTL.key();

  /** The URL the pods send their run folders to: the coordinator's record receiver, as the pods reach it. */
  public static final String RECEIVER_URL = Options.INJECTORS_RECEIVER_URL.key();

  /** The local address the record receiver listens on, {@code host:port} ({@code 0.0.0.0:8642} by default). */
  public static final String RECEIVER_BIND = Options.INJECTORS_RECEIVER_BIND.key();

  /** The folder the injector pod's run writes its run folder in (the pod's {@code slogate.output}). */
  public static final String OUTPUT = Options.OUTPUT.key();

  /** Where the pod's Gatling writes its results (the pod's {@code slogate.gatling.results}). */
  public static final String GATLING_RESULTS = Options.GATLING_RESULTS.key();

  /**
   * The environment variable that carries the per-run upload token into a pod, by Secret reference. Its name has
   * the {@code SLOGATE_<X>_TOKEN} shape the options layer never reads nor prints.
   */
  public static final String UPLOAD_TOKEN_ENV = "SLOGATE_UPLOAD_TOKEN";

  /** Kubernetes sets this in every pod of an Indexed Job. */
  public static final String JOB_COMPLETION_INDEX_ENV = "JOB_COMPLETION_INDEX";

  /** The keys a backend sets per injector or per run, over any a request's options carry. */
  public static final Set<String> PER_RUN = Set.of(COUNT, INDEX, BACKEND, START_AT, RUN_ID, RECEIVER_URL);

  private InjectorOptionKeys() {}

  /**
   * {@code key} as the options layer reads it from the environment.
   *
   * @throws IllegalArgumentException for a key config's {@link Options} does not declare
   */
  public static String environmentName(String key) {
    return Options.named(key).orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not a slogate option"))
        .environmentName();
  }
}
