package dev.slogate.simulations;

import dev.slogate.config.Options;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.slogate.simulations.internal.health.InjectorHealthSampling;
import dev.slogate.simulations.load.ClosedPhase;
import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.OpenPhases;
import dev.slogate.simulations.load.SystemWorkload;
import dev.slogate.simulations.load.Workload;
import dev.slogate.simulations.load.WorkloadContext;
import dev.slogate.simulations.chaos.ChaosStage;
import dev.slogate.simulations.internal.run.DescriptorReserve;
import dev.slogate.simulations.internal.run.EndOfRun;
import dev.slogate.simulations.internal.run.RunDirectory;
import dev.slogate.simulations.internal.scaleout.ClockCheck;
import dev.slogate.simulations.internal.scaleout.Coordinator;
import dev.slogate.simulations.internal.scaleout.InjectorBackend;
import dev.slogate.simulations.internal.scaleout.ScaleOut;
import dev.slogate.simulations.internal.scaleout.StartAt;
import dev.slogate.simulations.internal.scaleout.TimeEndpoint;
import dev.slogate.slo.plan.InjectorShare;
import dev.slogate.slo.record.ClockOffset;
import dev.slogate.slo.record.ClockOffsetIO;
import dev.slogate.slo.record.RunRecordIO;
import dev.slogate.slo.scaleout.InjectorRequest;
import java.time.Clock;
import dev.slogate.simulations.internal.target.EmbeddedStack;
import dev.slogate.simulations.internal.target.Target;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.health.InjectorTimelineIO;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.stack.RunningStack;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * slogate's part of a Gatling simulation, as one object the simulation keeps in a field: it reads the settings,
 * the SLO file, the gate policy, the baseline and the target up front, plans the load, and does the work of
 * Gatling's {@code before()} and {@code after()} hooks. Made by {@link SlogateDsl#slogate}.
 *
 * <pre>{@code
 * private final SlogateRun slogate = slogate(this);
 * private final LoadPlan plan = slogate.plan(warmUp(200).during(10), steady(200).during(30));
 * {
 *   setUp(scenario("browse").exec(...).injectOpen(plan.open())).protocols(slogate.http()).maxDuration(slogate.maxDuration());
 * }
 * public void before() { slogate.before(); }
 * public void after() { slogate.after(); }
 * }</pre>
 *
 * <p>Input the user can fix (a bad setting, an unknown SLO catalog, an unreachable target, a broken profile) never
 * throws where Gatling builds the simulation: the first such problem is kept, later steps do nothing, and
 * {@link #before()} ends the run with that one line and exit status {@value #EXIT_USAGE} before any load starts.
 *
 * <p>Not thread-safe; Gatling builds a simulation and calls its hooks on one thread.
 */
public final class SlogateRun {

  /** Exit status for bad input, as in sysexits.h. */
  public static final int EXIT_USAGE = 64;

  public static final String OUTPUT_PROPERTY = SimulationOptions.OUTPUT;

  private final String simulation;
  private final RunInputs inputs;
  private final SimulationOptions options;
  private RuntimeException problem;
  private Workload workload;
  private final List<LoadPlan> plans = new ArrayList<>();
  private boolean populationsHanded;
  private FaultStage faults;
  private RunDirectory runDirectory;
  private long runStartedAtMillis;
  /** Descriptors kept for the end of the run (see DescriptorReserve); null before the run starts. */
  private DescriptorReserve descriptorReserve;
  /** The injector's health sampler, from before() to after(); null before the run starts. */
  private InjectorHealthSampling health;
  /** Alone, one injector of several, or the coordinator (see ScaleOut); alone when the options could not be read. */
  private final ScaleOut scaleOut;

  SlogateRun(Simulation simulation, Supplier<String> defaultSlo, Supplier<Optional<String>> defaultProfile) {
    this.simulation = simulation.getClass().getName();
    RunInputs read = null;
    try {
      read = RunInputs.read(defaultSlo, defaultProfile);
    } catch (RuntimeException e) {
      problem = e;
    }
    this.inputs = read;
    this.options = SimulationOptions.reporting(read != null ? read.settings() : Settings.of(java.util.Map.of()),
        this::problem);
    ScaleOut role = ALONE;
    if (read != null) {
      try {
        role = ScaleOut.read(read.options());
      } catch (RuntimeException e) {
        problem(e);
      }
    }
    this.scaleOut = role;
  }

  private static final ScaleOut ALONE = new ScaleOut(1, java.util.OptionalInt.empty(), ScaleOut.LOCAL,
      java.util.OptionalLong.empty(), Optional.empty(), Optional.empty());

  // --- What the simulation reads and plans ------------------------------------------------------------------

  /** The run's options; a bad value ends the run in {@link #before()}, and its default stands in until then. */
  public SimulationOptions options() {
    return options;
  }

  /**
   * Plans an open-model population, its phases back to back. The population itself is the simulation's:
   * {@code scn.injectOpen(plan.open())}. Called once; a later population follows with {@link LoadPlan#then}.
   */
  public LoadPlan plan(OpenPhases... phases) {
    return firstStage(() -> LoadShape.openModel(phases));
  }

  /** Plans a closed-model population: {@code scn.injectClosed(plan.closed())}. */
  public LoadPlan plan(ClosedPhase... phases) {
    return firstStage(() -> LoadShape.closedModel(phases));
  }

  /**
   * The populations of a system's documented workload, each injected as its shape says, for Gatling's
   * {@code setUp(...)}: a seed simulation's whole declaration.
   */
  public List<PopulationBuilder> populations(SystemWorkload system) {
    return populations(system.name(), system::workload);
  }

  /**
   * The populations of a workload built from the run's settings and target, for {@code setUp(...)}.
   *
   * @param system the name on the console lines the workload prints
   */
  public List<PopulationBuilder> populations(String system, Function<WorkloadContext, Workload> build) {
    requireNothingPlanned();
    populationsHanded = true;
    if (problem == null) {
      try {
        workload = build.apply(new WorkloadContext(system, inputs.settings(), inputs.target()));
        // The coordinator injects nothing: one population that sends no user, as a run that ends in before().
        return scaleOut.coordinator() ? List.of(LoadPlan.placeholder()) : injected(workload).injected();
      } catch (RuntimeException e) {
        problem(e);
      }
    }
    return List.of(LoadPlan.placeholder());
  }

  /**
   * The chaos stage, its experiments from {@code slogate.experiment}, else {@code defaultExperiments}
   * (comma-separated, asked only then). Read now, so that a bad experiment fails before any load starts.
   */
  public FaultStage faults(Supplier<String> defaultExperiments) {
    if (faults != null) {
      throw new IllegalStateException("faults(...) is called once per simulation");
    }
    faults = FaultStage.prepare(this, defaultExperiments);
    return faults;
  }

  /** Gatling's HTTP protocol for the target: no warm-up call to the internet, shared connections. */
  public HttpProtocolBuilder http() {
    String base = inputs != null ? inputs.target().baseUrlText() : "http://127.0.0.1";
    return http.baseUrl(base)
        .wsBaseUrl(base.replaceFirst("^http", "ws"))
        .disableWarmUp()
        // An open model at hundreds of users per second would otherwise open a socket per user and
        // measure the TCP handshake and the ephemeral port range instead of the target.
        .shareConnections()
        .acceptHeader("application/json")
        .userAgentHeader("slogate");
  }

  /** A bound on the whole run, the plan's length and two minutes: a hung target must not hold a CI job forever. */
  public Duration maxDuration() {
    if (workload == null && problem == null) {
      throw new IllegalStateException("plan the load before asking for maxDuration()");
    }
    return workload == null ? Duration.ofMinutes(2) : workload.duration().plusMinutes(2);
  }

  /** The SLO the run is judged on. */
  public SloSpec spec() {
    return inputs.spec();
  }

  /** The target; null once a problem was found before it was resolved. */
  Target target() {
    return inputs == null ? null : inputs.target();
  }

  Settings settings() {
    return options.settings();
  }

  boolean failed() {
    return problem != null;
  }

  /** Keeps the first problem; the run ends with it in {@link #before()}. */
  void problem(RuntimeException e) {
    if (problem == null) {
      problem = e;
    }
  }

  /** The embedded reference stack once {@code before()} started it; empty against an external target. */
  Optional<RunningStack> runningStack() {
    return inputs == null ? Optional.empty() : inputs.stack().flatMap(EmbeddedStack::running);
  }

  /**
   * The folder every run's folder is in ({@code slogate.output}, default {@code target/slogate}), from the options
   * read once for the run.
   */
  Path outputFolder() {
    return Path.of(inputs.options().orDefault(Options.OUTPUT).orElse("target/slogate"));
  }

  private LoadPlan firstStage(Supplier<LoadShape> shape) {
    requireNothingPlanned();
    return stage(() -> Workload.planned(shape.get()));
  }

  /** A later stage, after every stage planned so far. */
  LoadPlan then(LoadPlan last, Supplier<LoadShape> shape) {
    if (plans.isEmpty() || plans.get(plans.size() - 1) != last) {
      throw new IllegalStateException("then(...) follows the last stage planned");
    }
    return stage(() -> workload.thenPlanned(shape.get()));
  }

  private LoadPlan stage(Supplier<Workload> next) {
    LoadPlan plan = LoadPlan.failed(this);
    if (problem == null) {
      try {
        workload = next.get();
        List<Workload.Population> populations = injected(workload).populations();
        plan = scaleOut.coordinator() ? LoadPlan.failed(this)
            : new LoadPlan(this, populations.get(populations.size() - 1));
      } catch (RuntimeException e) {
        problem(e);
      }
    }
    plans.add(plan);
    return plan;
  }

  /** What this JVM injects: the whole workload, or its share of it as one injector of several. */
  private Workload injected(Workload whole) {
    return scaleOut.injector() ? whole.share(share(whole)) : whole;
  }

  private InjectorShare share(Workload whole) {
    return new InjectorShare(scaleOut.index().getAsInt(), scaleOut.count(), whole.phases());
  }

  private void requireNothingPlanned() {
    if (!plans.isEmpty() || populationsHanded) {
      throw new IllegalStateException("the load is planned once per simulation: plan(...), then(...) for a later "
          + "population, or populations(...)");
    }
  }

  // --- Gatling's hooks -----------------------------------------------------------------------------------

  /**
   * Gatling's {@code before()}: ends the run with one line if anything read so far was wrong, starts the embedded
   * stack, writes the run plan and the SLO into the run folder, says on the console what the run will do, and
   * starts the chaos stage.
   */
  public void before() {
    if (problem == null && workload == null) {
      problem(new IllegalStateException("no load was planned: call slogate.plan(...) or slogate.populations(...) "
          + "while the simulation is built"));
    }
    plans.stream().filter(p -> !p.injected()).findFirst().ifPresent(p -> problem(new IllegalStateException(
        "a planned population was never injected: pass plan.open() or plan.closed() to Gatling's injectOpen or "
            + "injectClosed, so that the load is the plan")));
    if (faults != null) {
      faults.check();
    }
    if (problem == null && scaleOut.startAtMillis().isPresent()) {
      try {
        StartAt.check(scaleOut.startAtMillis().getAsLong(), Clock.systemUTC());
      } catch (RuntimeException e) {
        problem(e);
      }
    }
    if (problem != null) {
      exitWithUsageError(problem);
    }
    if (scaleOut.coordinator()) {
      coordinateAndExit();
    }
    runStartedAtMillis = System.currentTimeMillis();
    descriptorReserve = DescriptorReserve.hold(DescriptorReserve.DEFAULT_SIZE);
    try {
      runDirectory = scaleOut.runId().isPresent() ? RunDirectory.named(outputFolder(), scaleOut.runId().get())
          : RunDirectory.create(outputFolder(), simulation, Instant.ofEpochMilli(runStartedAtMillis));
    } catch (IllegalArgumentException e) {
      exitWithUsageError(e);
    }
    ChaosStage.sweepAtStart(outputFolder(), runDirectory.runId());
    health = InjectorHealthSampling.start(runDirectory.file(InjectorTimelineIO.FILE_NAME));
    try {
      inputs.stack().ifPresent(EmbeddedStack::start);
      if (faults != null) {
        faults.checkTargets();
      }
    } catch (RuntimeException e) {
      exitWithUsageError(e);
    }
    RunPlan plan = new RunPlan(RunPlan.SCHEMA, runDirectory.runId(), simulation, inputs.target().baseUrlText(),
        workload.scaleFactor(), injected(workload).phases(), inputs.settings().asMap(), inputs.targetTimeScale(), 0,
        scaleOut.injector() ? share(workload) : null);
    RunPlanIO.write(plan, runDirectory.file(RunPlanIO.FILE_NAME));
    if (scaleOut.injector()) {
      measureClock();
    }
    // The exact objectives the run will be judged on, kept as evidence and for re-rendering reports later.
    runDirectory.writeText(RunDirectory.SLO_FILE, inputs.sloSource().text());
    RunConsole.announce(runDirectory.runId(), inputs.target(), injected(workload), inputs.targetTimeScale());
    if (scaleOut.injector()) {
      System.out.println("slogate: " + share(workload).label() + " of run " + runDirectory.runId()
          + scaleOut.startAtMillis().stream().mapToObj(at -> ", waiting for the shared start at " + Instant.ofEpochMilli(at))
              .findFirst().orElse(", starting now (no slogate.startAt)"));
      // Gatling stamps its run start once before() returns: every injector's record then starts on the same second.
      scaleOut.startAtMillis().ifPresent(at -> StartAt.await(at, Clock.systemUTC()));
    }
    if (faults != null) {
      // The faults wait for the stage's first arrival, however late Gatling starts injecting.
      faults.start(runDirectory.runId(), System.currentTimeMillis(), workload.duration(), inputs.target());
    }
  }

  /**
   * Gatling's {@code after()}: takes the faults off while the target still runs, stops the embedded stack, judges
   * the run through {@link EndOfRun}, and fails the build with the gate's exit status.
   */
  public void after() {
    GateDecision decision;
    // Given back first: if the load used up the process's descriptors, the end of the run needs these.
    if (descriptorReserve != null) {
      descriptorReserve.close();
    }
    try {
      if (health != null) {
        health.close();
      }
      if (faults != null) {
        faults.finish();
      }
      inputs.stack().ifPresent(EmbeddedStack::close);
      EndOfRun end = new EndOfRun(runDirectory, inputs.sloSource(), inputs.gatePolicy(), inputs.baseline(),
          runStartedAtMillis);
      decision = faults != null && faults.started() ? end.completeWithChaos(faults::timeline) : end.complete();
    } catch (RuntimeException e) {
      System.err.println("slogate: internal error at the end of the run, no verdict: " + e);
      decision = EndOfRun.internalError(inputs.gatePolicy());
    }
    if (scaleOut.injector()) {
      // A share alone proves nothing either way (a throughput objective fails on a third of the load): the run is
      // judged once merged. The injector fails only when it left no record to merge.
      boolean recorded = runDirectory != null && java.nio.file.Files.isRegularFile(runDirectory.file(RunRecordIO.FILE_NAME));
      System.out.println("slogate: " + share(workload).label() + (recorded
          ? ": its share is judged once merged with the others (slogate merge); the verdict above is of its share alone"
          : ": no run record to merge"));
      if (!recorded) {
        failBuildAtExit(decision.exitCode() == 0 ? EndOfRun.internalError(inputs.gatePolicy()).exitCode()
            : decision.exitCode());
      }
    } else if (!decision.passed()) {
      failBuildAtExit(decision.exitCode());
    }
  }

  /**
   * Gatling gives an {@code after()} hook no say over its exit status. Its main ends with
   * {@code System.exit}, so a shutdown hook that halts with our status replaces Gatling's once Gatling
   * has finished its own reports; the Maven plugin then fails the build.
   */
  private static void failBuildAtExit(int exitCode) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.flush();
      System.err.flush();
      Runtime.getRuntime().halt(exitCode);
    }, "slogate-gate"));
  }

  /**
   * The injector's clock against the coordinator (a round trip), or without one against the target's {@code Date}
   * header, kept in the run folder for the merge ({@link ClockOffsetIO}).
   */
  private void measureClock() {
    ClockCheck check = new ClockCheck(Clock.systemUTC());
    ClockOffset offset = scaleOut.coordinatorClock().map(check::againstCoordinator)
        .orElseGet(() -> check.againstDateHeader(inputs.target().baseUrlText()));
    ClockOffsetIO.write(offset, runDirectory.file(ClockOffsetIO.FILE_NAME));
    System.out.println("slogate: clock offset " + offset.describe());
  }

  /**
   * The coordinator: starts the embedded stack when there is one, serves its clock, starts the injectors through the
   * backend's launcher ({@link InjectorBackend}: JVMs on this machine, or a Kubernetes Job), merges and judges their
   * runs ({@link Coordinator}), and exits with the gate's status. Gatling's own run, one population that sends no
   * user, never starts.
   */
  private void coordinateAndExit() {
    InjectorBackend backend;
    try {
      backend = InjectorBackend.open(scaleOut, inputs.options());
    } catch (IllegalArgumentException | dev.slogate.chaos.GuardrailViolation e) {
      // A backend option missing or refused: one line before anything starts.
      exitWithUsageError(e);
      return;
    }
    GateDecision decision;
    String runId = scaleOut.runId().orElseGet(() -> RunDirectory.newRunId(simulation, Instant.now()));
    try {
      RunDirectory run = RunDirectory.named(outputFolder(), runId);
      inputs.stack().ifPresent(EmbeddedStack::start);
      long startAt = scaleOut.startAtMillis().orElseGet(
          () -> System.currentTimeMillis() + LAUNCH_ALLOWANCE.toMillis() + PER_INJECTOR.toMillis() * scaleOut.count());
      java.util.Map<String, String> injectorOptions = new java.util.TreeMap<>(inputs.options().asMap());
      injectorOptions.put(Options.TARGET_URL.key(), inputs.target().baseUrlText());
      try (backend; TimeEndpoint time = TimeEndpoint.start(Clock.systemUTC())) {
        // The time endpoint listens on loopback: injectors elsewhere measure against the target's Date header.
        if (backend.local()) {
          injectorOptions.put(Options.INJECTORS_COORDINATOR.key(), time.url());
        }
        Duration timeout = Duration.ofMillis(startAt - System.currentTimeMillis()).plus(workload.duration())
            .plusMinutes(2);
        InjectorRequest request = new InjectorRequest(simulation, runId, scaleOut.count(), startAt, injectorOptions,
            InjectorRequest.tokensOf(System.getenv()), run.path().resolve("injectors"), timeout,
            line -> System.out.println("slogate: " + line));
        decision = new Coordinator(backend.launcher(), Clock.systemUTC())
            .run(request, run, inputs.sloSource(), inputs.gatePolicy(), inputs.baseline());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      System.err.println("slogate: the coordinator was interrupted, no verdict");
      decision = EndOfRun.internalError(inputs.gatePolicy());
    } catch (RuntimeException e) {
      System.err.println("slogate: internal error in the coordinator, no verdict: " + e);
      decision = EndOfRun.internalError(inputs.gatePolicy());
    } finally {
      inputs.stack().ifPresent(EmbeddedStack::close);
    }
    System.out.flush();
    System.err.flush();
    System.exit(decision.exitCode());
  }

  /** How long the coordinator gives its injectors' JVMs to start before the shared start, plus per injector. */
  private static final Duration LAUNCH_ALLOWANCE = Duration.ofSeconds(15);
  private static final Duration PER_INJECTOR = Duration.ofSeconds(5);

  /**
   * One clear line and exit status 64, never a stack trace, for input the user can fix. Gatling's runner gives
   * {@code before()} no quiet way to stop: an exception thrown here is logged as "Run crashed" and printed twice by
   * Gatling's main. {@code before()} runs on Gatling's main thread before any user is injected, so exiting here
   * sends no load.
   */
  private void exitWithUsageError(RuntimeException e) {
    if (inputs != null) {
      inputs.stack().ifPresent(EmbeddedStack::close);
    }
    System.out.flush();
    System.err.println("slogate: error: " + e.getMessage());
    System.err.flush();
    System.exit(EXIT_USAGE);
  }
}
