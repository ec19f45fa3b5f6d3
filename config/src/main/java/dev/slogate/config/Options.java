package dev.slogate.config;

import static dev.slogate.config.Option.Concern.BUILD;
import static dev.slogate.config.Option.Concern.CHAOS;
import static dev.slogate.config.Option.Concern.INJECTORS;
import static dev.slogate.config.Option.Concern.LOAD;
import static dev.slogate.config.Option.Concern.RUN;
import static dev.slogate.config.Option.Concern.SEEDS;
import static dev.slogate.config.Option.Concern.STACK;
import static dev.slogate.config.Option.Concern.TARGET;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@code slogate.*} option, in one place: this is the only main-code file where a key is written.
 * Each is set, from weakest to strongest, by its default ({@link Defaults}), the file {@code slogate.properties}
 * in the working directory, the environment ({@link Option#environmentName()}), a {@code -D} system property
 * and the command line; see {@link OptionValues}. A key no option has is an error with a "did you mean".
 *
 * <p>The README's table of options and {@code slogate help} are generated from this list
 * ({@link OptionsDocumentation}).
 */
public final class Options {

  /** What every key starts with. */
  public static final String PREFIX = "slogate.";

  // Declared before the options, which add themselves to it as they are initialised.
  private static final List<Option<?>> ALL = new ArrayList<>();

  // --- run, gate and output ------------------------------------------------------------------------

  public static final Option<String> SLO = add(Option.text("slogate.slo", RUN, Defaults.SLO,
      "an SLO file or an embedded catalog name (`slo/README.md`)")
      .describedDefault(Defaults.SLO + " (a seed simulation: its system)"));

  public static final Option<String> GATE_INCONCLUSIVE = add(Option.choice("slogate.gate.inconclusive", RUN,
      Defaults.GATE_INCONCLUSIVE, "what the gate does with INCONCLUSIVE; INVALID always fails", "fail", "pass"));

  public static final Option<String> BASELINE = add(Option.text("slogate.baseline", RUN, null,
      "a run folder or record to compare with (regressions judged on full histograms)")
      .noDefault("`baselines/<system>.run-record.json.gz` when present"));

  public static final Option<String> PROJECT_DIR = add(Option.text("slogate.project.dir", RUN, Defaults.PROJECT_DIR,
      "the project folder whose `baselines/` holds pinned baselines"));

  public static final Option<String> OUTPUT = add(Option.text("slogate.output", RUN, Defaults.OUTPUT,
      "the folder every run's folder is written in"));

  public static final Option<String> GATLING_RESULTS = add(Option.text("slogate.gatling.results", RUN,
      Defaults.GATLING_RESULTS, "where Gatling writes its results, read at the end of a run"));

  public static final Option<String> INJECTOR_ID = add(Option.text("slogate.injector.id", RUN, Defaults.INJECTOR_ID,
      "the injector id a run record names"));

  public static final Option<String> SYSTEM = add(Option.text("slogate.system", RUN, null,
      "the system a `Readiness` run signs off: `kecs`, `sei-platform`, `kgas`, `fleet-q`, "
          + "`reconciliation-platform` (none: the reference stack)"));

  // --- target --------------------------------------------------------------------------------------

  public static final Option<String> TARGET_URL = add(Option.text("slogate.target", TARGET, null,
      "the http(s) URL under test; none starts the embedded reference stack. Tokens come only from "
          + "`SLOGATE_<SYSTEM>_TOKEN` or `SLOGATE_<SYSTEM>_TOKEN_FILE`, never from the URL"));

  // --- load ----------------------------------------------------------------------------------------

  public static final Option<Double> RATE = add(Option.rate("slogate.rate", LOAD, Defaults.RATE,
      "arrivals (requests) per second in the steady phase").describedDefault("200/s (Smoke 5/s, Spike 50/s)"));

  public static final Option<Duration> WARM_UP = add(Option.duration("slogate.warmup", LOAD, Defaults.WARM_UP,
      "warm-up phase; Gatling injects second by second, so a fraction of a second is lengthened to the next "
          + "whole second, and the console says so"));

  public static final Option<Duration> DURATION = add(Option.duration("slogate.duration", LOAD, Defaults.STEADY,
      "steady phase").describedDefault("30s (Smoke and Spike 10s, Soak 10m, a seed system its own)"));

  public static final Option<Duration> COOL_DOWN = add(Option.duration("slogate.cooldown", LOAD,
      Defaults.COOL_DOWN, "cool-down phase"));

  public static final Option<String> REQUESTS = add(Option.text("slogate.requests", LOAD, Defaults.REQUESTS,
      "the request mix, `METHOD /path` entries"));

  public static final Option<Double> SPIKE_FACTOR = add(Option.number("slogate.spike.factor", LOAD,
      Defaults.SPIKE_FACTOR, "`Spike`: the spike's rate as a multiple of the base rate"));

  public static final Option<Duration> SPIKE_RAMP = add(Option.duration("slogate.spike.ramp", LOAD,
      Defaults.SPIKE_RAMP, "`Spike`: the ramp up to the spike and back down"));

  public static final Option<Duration> SPIKE_HOLD = add(Option.duration("slogate.spike.hold", LOAD,
      Defaults.SPIKE_HOLD, "`Spike`: how long the spike lasts"));

  public static final Option<Integer> STEPS = add(Option.integer("slogate.steps", LOAD, Defaults.STRESS_STEPS,
      "`Stress`: how many steps of `slogate.rate` each"));

  public static final Option<Duration> STEP = add(Option.duration("slogate.step", LOAD, Defaults.STRESS_STEP,
      "`Stress`: how long each step lasts"));

  public static final Option<Double> SCALE = add(Option.number("slogate.scale", LOAD, null,
      "divisor of a seed system's documented rates and times; printed in every report")
      .noDefault("per seed system"));

  // --- embedded stack ------------------------------------------------------------------------------

  public static final Option<String> STACK_PROFILE = add(Option.text("slogate.stack.profile", STACK,
      Defaults.STACK_PROFILE, "embedded stack profile: a classpath name or a YAML file"));

  public static final Option<Integer> STACK_REPLICAS = add(Option.integer("slogate.stack.replicas", STACK, null,
      "replica processes").noDefault("the profile's (3)"));

  public static final Option<Duration> STACK_ADD_LATENCY = add(Option.duration("slogate.stack.addLatency", STACK,
      null, "added to every route's delay: degrades the embedded stack on purpose (the gate then FAILs)"));

  public static final Option<Double> STACK_ERROR_RATIO = add(Option.number("slogate.stack.errorRatio", STACK,
      null, "replaces every route's error ratio, within [0, 1]: degrades the embedded stack on purpose"));

  public static final Option<Integer> STACK_PORT = add(Option.integer("slogate.stack.port", STACK, 0,
      "the balancer's port on 127.0.0.1; 0 picks a free one"));

  public static final Option<String> STACK_REPLICA_JVM_ARGS = add(Option.text("slogate.stack.replicaJvmArgs",
      STACK, String.join(" ", Defaults.REPLICA_JVM_ARGS), "replica JVM flags, space separated")
      .describedDefault("small heap, C1, serial GC"));

  public static final Option<String> STACK_CLASSPATH = add(Option.text("slogate.stack.classpath", STACK, null,
      "the classpath replicas start with").noDefault("this JVM's"));

  public static final Option<Integer> STACK_FRONT_IO_THREADS = add(Option.integer("slogate.stack.frontIoThreads",
      STACK, null, "the balancer's I/O threads").noDefault("one per core"));

  public static final Option<Integer> REPLICA_IO_THREADS = add(Option.integer("slogate.replica.ioThreads", STACK,
      Defaults.REPLICA_IO_THREADS, "each replica's server I/O threads (read in the replica JVM)"));

  // --- chaos ---------------------------------------------------------------------------------------

  public static final Option<String> EXPERIMENT = add(Option.text("slogate.experiment", CHAOS, Defaults.EXPERIMENT,
      "experiments, comma-separated: files or bundled names")
      .describedDefault(Defaults.EXPERIMENT + " (`Readiness`: the catalog's)"));

  public static final Option<String> CHAOS_BACKEND = add(Option.choice("slogate.chaos.backend", CHAOS,
      Defaults.CHAOS_BACKEND, "where faults are injected", "local", "chaos-mesh"));

  public static final Option<String> CHAOS_NAMESPACES = add(Option.text("slogate.chaos.namespaces", CHAOS, null,
      "the namespaces Chaos Mesh may touch, comma-separated (required with `chaos-mesh`)"));

  public static final Option<Duration> CHAOS_RESTART_DELAY = add(Option.duration("slogate.chaos.restartDelay",
      CHAOS, Defaults.CHAOS_RESTART_DELAY, "after a local pod-kill, how long until the replica is replaced"));

  public static final Option<Duration> CHAOS_RECOVERY = add(Option.duration("slogate.chaos.recovery", CHAOS,
      Defaults.CHAOS_RECOVERY, "the recovery phase after the last fault, before cool-down"));

  // --- seed systems (before slogate.scale divides them) --------------------------------------------

  public static final Option<Double> KECS_RATE = add(Option.rate("slogate.kecs.rate", SEEDS, Defaults.KECS_RATE,
      "KECS: the assumed production request rate"));

  public static final Option<Double> FLEETQ_RATE = add(Option.rate("slogate.fleetq.rate", SEEDS,
      Defaults.FLEET_Q_RATE, "FLEET-Q: the request rate"));

  public static final Option<Double> RECONCILIATION_RATE = add(Option.rate("slogate.reconciliation.rate", SEEDS,
      Defaults.RECONCILIATION_RATE, "Reconciliation Platform: API requests per second"));

  public static final Option<Double> RECONCILIATION_WS_RATE = add(Option.rate("slogate.reconciliation.wsRate",
      SEEDS, Defaults.RECONCILIATION_WS_RATE, "Reconciliation Platform: WebSocket sessions per second"));

  public static final Option<Double> RECONCILIATION_FAULT_RATE = add(Option.rate(
      "slogate.reconciliation.faultRate", SEEDS, Defaults.RECONCILIATION_FAULT_RATE,
      "Reconciliation Platform: API requests per second during the rolling restart"));

  public static final Option<Double> KGAS_BASE_RATE = add(Option.rate("slogate.kgas.baseRate", SEEDS,
      Defaults.KGAS_BASE_RATE, "KGAS: the rate before and after the spike"));

  public static final Option<Duration> KGAS_BASE = add(Option.duration("slogate.kgas.base", SEEDS,
      Defaults.KGAS_BASE, "KGAS: how long the base rate lasts"));

  public static final Option<Duration> KGAS_RAMP = add(Option.duration("slogate.kgas.ramp", SEEDS,
      Defaults.KGAS_RAMP, "KGAS: the ramp to ten times the base"));

  public static final Option<Duration> KGAS_HOLD = add(Option.duration("slogate.kgas.hold", SEEDS,
      Defaults.KGAS_HOLD, "KGAS: how long the spike is held"));

  public static final Option<Duration> KGAS_RECOVERY = add(Option.duration("slogate.kgas.recovery", SEEDS,
      Defaults.KGAS_RECOVERY, "KGAS: the recovery at the base rate after the spike"));

  public static final Option<Integer> KGAS_USERS = add(Option.integer("slogate.kgas.users", SEEDS,
      Defaults.KGAS_USERS, "KGAS: concurrent users of the closed-model stage"));

  public static final Option<Duration> KGAS_THINK_TIME = add(Option.duration("slogate.kgas.thinkTime", SEEDS,
      Defaults.KGAS_THINK_TIME, "KGAS: a user's mean think time (never scaled)"));

  public static final Option<Duration> KGAS_CONCURRENCY = add(Option.duration("slogate.kgas.concurrency", SEEDS,
      Defaults.KGAS_CONCURRENCY, "KGAS: how long the concurrent users are held"));

  // --- several injectors (README: "When one machine is not enough") -------------------------------

  public static final Option<Integer> INJECTORS_COUNT = add(Option.integer("slogate.injectors.count", INJECTORS, 1,
      "how many injectors share the load; each runs 1/N of every phase's rate and users"));

  public static final Option<Integer> INJECTORS_INDEX = add(Option.integer("slogate.injectors.index", INJECTORS,
      null, "which injector this is, 0 to count-1; none with a count above 1 makes this JVM the coordinator")
      .noDefault("none (the coordinator)"));

  public static final Option<String> INJECTORS_BACKEND = add(Option.choice("slogate.injectors.backend", INJECTORS,
      "local", "where the coordinator starts its injectors: `local` forks JVMs on this machine", "local",
      "kubernetes"));

  public static final Option<Long> START_AT = add(Option.epochMillis("slogate.startAt", INJECTORS,
      "when every injector starts its first phase, epoch milliseconds (the coordinator or the CI job hands it out)")
      .noDefault("none: an injector starts when it is ready"));

  public static final Option<String> INJECTORS_COORDINATOR = add(Option.text("slogate.injectors.coordinator",
      INJECTORS, null, "the coordinator's time endpoint an injector measures its clock offset against, by a round trip")
      .noDefault("none: the target's HTTP `Date` header, recorded as unverified"));

  public static final Option<String> RUN_ID = add(Option.text("slogate.runId", INJECTORS, null,
      "the run id every injector of one run shares, and its folder name")
      .noDefault("`<simulation>-<UTC start>`"));

  public static final Option<String> INJECTORS_SIMULATION = add(Option.text("slogate.injectors.simulation", INJECTORS,
      null, "in an injector pod: the Gatling simulation class it runs (the coordinator sets it)")
      .noDefault("none: set by the coordinator"));

  public static final Option<String> INJECTORS_NAMESPACE = add(Option.text("slogate.injectors.namespace", INJECTORS,
      null, "`kubernetes`: the namespace the injectors' Indexed Job goes in (required)"));

  public static final Option<String> INJECTORS_ALLOWED_NAMESPACES = add(Option.text(
      "slogate.injectors.allowedNamespaces", INJECTORS, null,
      "`kubernetes`: the namespaces injector Jobs may be created in and swept from, comma-separated (required, as "
          + "for chaos)"));

  public static final Option<String> INJECTORS_IMAGE = add(Option.text("slogate.injectors.image", INJECTORS, null,
      "`kubernetes`: the injector image, built with Jib from the simulations module (required)"));

  public static final Option<String> INJECTORS_CPU = add(Option.text("slogate.injectors.cpu", INJECTORS, "2",
      "`kubernetes`: each pod's CPU request and limit, a Kubernetes quantity (`2`, `1500m`)"));

  public static final Option<String> INJECTORS_MEMORY = add(Option.text("slogate.injectors.memory", INJECTORS, "2Gi",
      "`kubernetes`: each pod's memory request and limit, a Kubernetes quantity"));

  public static final Option<Duration> INJECTORS_TIMEOUT = add(Option.duration("slogate.injectors.timeout",
      INJECTORS, Duration.ofMinutes(30), "`kubernetes`: the longest the coordinator waits for every index (within "
          + "the run's own length plus 2 min); also the Job's `activeDeadlineSeconds`"));

  public static final Option<Duration> INJECTORS_TTL = add(Option.duration("slogate.injectors.ttl", INJECTORS,
      Duration.ofMinutes(10), "`kubernetes`: the Job's `ttlSecondsAfterFinished`, the cluster's own cleanup"));

  public static final Option<String> INJECTORS_RECEIVER_URL = add(Option.text("slogate.injectors.receiverUrl",
      INJECTORS, null, "`kubernetes`: the URL the pods send their run folders to (the coordinator's record "
          + "receiver, as the pods reach it)")
      .noDefault("none: `http://$POD_IP:<port>/` for a coordinator in the cluster"));

  public static final Option<String> INJECTORS_RECEIVER_BIND = add(Option.text("slogate.injectors.receiverBind",
      INJECTORS, "0.0.0.0:8642", "`kubernetes`: the local `host:port` the record receiver listens on"));

  // --- build and tests -----------------------------------------------------------------------------

  public static final Option<Boolean> CDS_SKIP = add(Option.flag("slogate.cds.skip", BUILD, false,
      "Maven: package the CLI without its class-data archive"));

  public static final Option<Boolean> UPDATE_GOLDEN = add(Option.flag("slogate.updateGolden", BUILD, false,
      "tests: rewrite the reports' golden files instead of comparing with them"));

  public static final Option<Boolean> DOCS_UPDATE = add(Option.flag("slogate.docs.update", BUILD, false,
      "tests: rewrite the README's table of options instead of failing when it is stale"));

  public static final Option<String> TEST_MARKER = add(Option.text("slogate.test.marker", BUILD, null,
      "tests: marks the processes a test started, so that it can find them"));

  private static final Map<String, Option<?>> BY_KEY = byKey();

  private Options() {}

  /** Every option, in the order of the documentation. */
  public static List<Option<?>> all() {
    return Collections.unmodifiableList(ALL);
  }

  /** The option of a key, if slogate has one. */
  public static Optional<Option<?>> named(String key) {
    return Optional.ofNullable(BY_KEY.get(key));
  }

  private static <T> Option<T> add(Option<T> option) {
    ALL.add(option);
    return option;
  }

  private static Map<String, Option<?>> byKey() {
    Map<String, Option<?>> map = new LinkedHashMap<>();
    for (Option<?> option : ALL) {
      if (map.put(option.key(), option) != null) {
        throw new IllegalStateException("two options have the key " + option.key());
      }
    }
    return Collections.unmodifiableMap(map);
  }
}
