package dev.slogate.injectors;

import dev.slogate.config.internal.options.EnvironmentNames;
import java.util.Set;

/**
 * The {@code slogate.*} keys scale-out reads and sets. They belong in config's {@code Options} (type, default,
 * doc) with every other key; until they are moved there they are written here once, so that nothing in this
 * module spells a key twice. An environment variable is the key in the options layer's spelling
 * ({@link #environmentName}): {@code slogate.injectors.count} is {@code SLOGATE_INJECTORS_COUNT}.
 */
public final class InjectorOptionKeys {

  /** How many injectors run (an integer ≥ 1). */
  public static final String COUNT = "slogate.injectors.count";

  /** Which injector this is, 0 to count − 1; in a Kubernetes pod, its {@code JOB_COMPLETION_INDEX}. */
  public static final String INDEX = "slogate.injectors.index";

  /** Where the coordinator starts the injectors: {@code kubernetes} (this module), or none for local JVMs. */
  public static final String BACKEND = "slogate.injectors.backend";

  /** The epoch millisecond every injector aligns its phases on. */
  public static final String START_AT = "slogate.startAt";

  /** The run id every injector of a run shares. */
  public static final String RUN_ID = "slogate.runId";

  /** The Gatling simulation class the injector pod runs. */
  public static final String SIMULATION = "slogate.injectors.simulation";

  /** The namespace the Job goes in. */
  public static final String NAMESPACE = "slogate.injectors.namespace";

  /** The namespaces injector Jobs may be created in, comma-separated; no default (as for chaos). */
  public static final String ALLOWED_NAMESPACES = "slogate.injectors.allowedNamespaces";

  /** The injector image (built with Jib from the simulations module, see injectors/README.md). */
  public static final String IMAGE = "slogate.injectors.image";

  /** Each pod's CPU request and limit, a Kubernetes quantity ({@code 2}, {@code 1500m}). */
  public static final String CPU = "slogate.injectors.cpu";

  /** Each pod's memory request and limit, a Kubernetes quantity ({@code 2Gi}). */
  public static final String MEMORY = "slogate.injectors.memory";

  /** How long the coordinator waits for every index, a duration; also the Job's {@code activeDeadlineSeconds}. */
  public static final String TIMEOUT = "slogate.injectors.timeout";

  /** The Job's {@code ttlSecondsAfterFinished}, a duration: the cluster's own cleanup if every other one failed. */
  public static final String TTL = "slogate.injectors.ttl";

  /** The URL the pods send their run folders to: the coordinator's record receiver, as the pods reach it. */
  public static final String RECEIVER_URL = "slogate.injectors.receiverUrl";

  /** The local address the record receiver listens on, {@code host:port} ({@code 0.0.0.0:8642} by default). */
  public static final String RECEIVER_BIND = "slogate.injectors.receiverBind";

  /** The folder the injector pod's run writes its run folder in (the pod's {@code slogate.output}). */
  public static final String OUTPUT = "slogate.output";

  /** Where the pod's Gatling writes its results (the pod's {@code slogate.gatling.results}). */
  public static final String GATLING_RESULTS = "slogate.gatling.results";

  /**
   * The environment variable that carries the per-run upload token into a pod, by Secret reference. Its name has
   * the {@code SLOGATE_<X>_TOKEN} shape the options layer never reads nor prints.
   */
  public static final String UPLOAD_TOKEN_ENV = "SLOGATE_UPLOAD_TOKEN";

  /** Kubernetes sets this in every pod of an Indexed Job. */
  public static final String JOB_COMPLETION_INDEX_ENV = "JOB_COMPLETION_INDEX";

  /** The keys a backend sets per injector or per run, which a request's options must not carry. */
  public static final Set<String> PER_RUN = Set.of(COUNT, INDEX, BACKEND, START_AT, RUN_ID, RECEIVER_URL);

  private InjectorOptionKeys() {}

  /** {@code key} as the options layer reads it from the environment. */
  public static String environmentName(String key) {
    return EnvironmentNames.of(key);
  }
}
