package dev.slogate.simulations;

import static io.gatling.javaapi.http.HttpDsl.http;

import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.Workload;
import dev.slogate.stack.StackOptions;
import dev.slogate.slo.baseline.Baseline;
import dev.slogate.simulations.run.BaselineSelection;
import dev.slogate.simulations.run.DescriptorReserve;
import dev.slogate.simulations.run.EndOfRun;
import dev.slogate.simulations.run.RunDirectory;
import dev.slogate.simulations.target.EmbeddedStack;
import dev.slogate.simulations.target.Target;
import dev.slogate.simulations.target.TargetResolver;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.spec.SloSource;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What every slogate simulation shares: it finds the target (or starts the embedded reference stack),
 * keeps Gatling off the internet, writes the run plan before load starts, and at the end turns Gatling's
 * log into a RunRecord, judges it and decides the build.
 *
 * <p>A subclass builds its scenario and {@link LoadShape} in its constructor and calls
 * {@link #declare(Supplier)} once.
 */
public abstract class SlogateSimulation extends Simulation {

  /** Exit status for bad input, as in sysexits.h. */
  public static final int EXIT_USAGE = 64;

  public static final String OUTPUT_PROPERTY = "slogate.output";

  protected final Settings settings;
  protected final Target target;
  private final Optional<EmbeddedStack> stack;
  private final SloSource sloSource;
  private final SloSpec spec;
  private final GatePolicy gatePolicy;
  private final Baseline baseline;
  private Workload workload;
  private RunDirectory runDirectory;
  private long runStartedAtMillis;
  /** Descriptors kept for the end of the run (see DescriptorReserve); null before the run starts. */
  private DescriptorReserve descriptorReserve;

  /** Judged on {@link #defaultSlo()}, against {@link #defaultProfile()} when the embedded stack starts. */
  protected SlogateSimulation() {
    this(null, null);
  }

  /**
   * @param defaultSlo the SLO file or catalog when {@code slogate.slo} is not set; null for {@link #defaultSlo()}
   * @param defaultProfile the embedded stack's profile when {@code slogate.stack.profile} is not set; null for
   *     {@link #defaultProfile()}. Both are asked inside the constructor's error handling, so a supplier may
   *     throw {@link IllegalArgumentException} for a bad setting and the run ends with that one line.
   */
  protected SlogateSimulation(Supplier<String> defaultSlo, Supplier<Optional<String>> defaultProfile) {
    Settings parsed = null;
    Target resolved = null;
    Optional<EmbeddedStack> embedded = Optional.empty();
    SloSource source = null;
    SloSpec sloSpec = null;
    GatePolicy policy = null;
    Baseline comparedWith = null;
    try {
      parsed = Settings.fromSystemProperties();
      // The SLO file and the gate policy are read first: a typo must not cost a whole run.
      source = SloSpecs.source(parsed.get("slogate.slo", defaultSlo != null ? defaultSlo.get() : defaultSlo()));
      sloSpec = source.parse();
      policy = GatePolicy.parse(parsed.get(GatePolicy.PROPERTY).orElse(null));
      comparedWith = BaselineSelection.forSystem(sloSpec.system()).orElse(null);
      resolved = TargetResolver.resolve();
      Optional<String> profile = defaultProfile != null ? defaultProfile.get() : defaultProfile();
      if (resolved.embedded() && parsed.get(StackOptions.PROFILE_PROPERTY).isEmpty() && profile.isPresent()) {
        // The system's own stand-in; set as the property so the stack reads it and the run plan records it.
        System.setProperty(StackOptions.PROFILE_PROPERTY, profile.get());
        parsed = Settings.fromSystemProperties();
      }
      // The profile is read now, so that a bad one fails before Gatling starts anything.
      embedded = resolved.embedded() ? Optional.of(EmbeddedStack.prepare(resolved, parsed)) : Optional.empty();
    } catch (RuntimeException e) {
      exitWithUsageError(e, embedded);
    }
    this.settings = parsed;
    this.target = resolved;
    this.stack = embedded;
    this.sloSource = source;
    this.spec = sloSpec;
    this.gatePolicy = policy;
    this.baseline = comparedWith;
  }

  /**
   * How many times faster than documented the target runs its own time constants: the embedded stand-in's
   * profile says (1 for the reference stack); a real deployment runs them as documented.
   */
  private double targetTimeScale() {
    return stack.map(EmbeddedStack::timeScale).orElse(1.0);
  }

  /**
   * Gatling's HTTP protocol for the target: no warm-up call to the internet, shared connections, WebSocket URLs
   * on the same host.
   */
  protected HttpProtocolBuilder httpProtocol() {
    return http.baseUrl(target.baseUrlText())
        .wsBaseUrl(target.baseUrlText().replaceFirst("^http", "ws"))
        .disableWarmUp()
        // An open model at hundreds of users per second would otherwise open a socket per user and
        // measure the TCP handshake and the ephemeral port range instead of the target.
        .shareConnections()
        .acceptHeader("application/json")
        .userAgentHeader("slogate");
  }

  /**
   * The SLO file or catalog judged when {@code slogate.slo} is not set. Called from the constructor, so an
   * override must return a constant.
   */
  protected final SloSpec sloSpec() {
    return spec;
  }

  protected String defaultSlo() {
    return Defaults.SLO;
  }

  /**
   * The embedded stack's profile when there is no target and {@code slogate.stack.profile} is not set;
   * empty for the stack's own default. Called from the constructor, so an override must return a constant.
   */
  protected Optional<String> defaultProfile() {
    return Optional.empty();
  }

  /**
   * Declares the run: every population of the workload injected with its shape's steps (open or closed
   * model). The workload is built inside, so that a bad setting it reads ends the run with one line rather
   * than a stack trace.
   */
  protected final void declare(Supplier<Workload> workload) {
    if (this.workload != null) {
      throw new IllegalStateException("declare(...) is called once per simulation");
    }
    Workload declared = null;
    try {
      declared = workload.get();
    } catch (RuntimeException e) {
      exitWithUsageError(e, Optional.empty());
    }
    this.workload = declared;
    List<PopulationBuilder> populations = declared.injected();
    // A bound on the whole run: a hung target must not hold a CI job forever.
    setUp(populations).protocols(httpProtocol()).maxDuration(declared.duration().plusMinutes(2));
  }

  @Override
  public void before() {
    runStartedAtMillis = System.currentTimeMillis();
    descriptorReserve = DescriptorReserve.hold(DescriptorReserve.DEFAULT_SIZE);
    runDirectory = RunDirectory.create(outputRoot(), getClass().getName(), Instant.ofEpochMilli(runStartedAtMillis));
    try {
      stack.ifPresent(EmbeddedStack::start);
    } catch (RuntimeException e) {
      exitWithUsageError(e, stack);
    }
    RunPlan plan = new RunPlan(RunPlan.SCHEMA, runDirectory.runId(), getClass().getName(), target.baseUrlText(),
        workload.scaleFactor(), workload.phases(), settings.asMap(), targetTimeScale());
    RunPlanIO.write(plan, runDirectory.file(RunPlanIO.FILE_NAME));
    // The exact objectives the run will be judged on, kept as evidence and for re-rendering reports later.
    runDirectory.writeText(RunDirectory.SLO_FILE, sloSource.text());
    System.out.printf("slogate: run %s against %s%s, %d phases over %ds, peak %.0f users/s%n",
        runDirectory.runId(), target.baseUrlText(), target.embedded() ? " (embedded reference stack)" : "",
        workload.phases().size(), workload.duration().toSeconds(), workload.peakRate());
    List<LoadShape.Lengthened> lengthened = workload.lengthenedPhases();
    if (!lengthened.isEmpty()) {
      System.out.println("slogate: phases lengthened to whole seconds, as Gatling injects users second by second: "
          + lengthened.stream().map(Object::toString).collect(Collectors.joining(", ")));
    }
    if (workload.peakUsers() > 0) {
      System.out.printf("slogate: closed model: up to %d concurrent users (arrivals not planned, not checked)%n",
          workload.peakUsers());
    }
    if (workload.scaleFactor() != 1.0) {
      System.out.printf("slogate: SCALED RUN: the documented workload divided by %s (slogate.scale); "
          + "these results are not the documented workload's%n", scaleText(workload.scaleFactor()));
    }
    if (targetTimeScale() != 1.0) {
      System.out.printf("slogate: STAND-IN TIMINGS: the stand-in runs the guide's health checks, heartbeats and sweeps "
          + "%s times faster (its profile's timeScale); failover maxima that follow from them are divided alike%n",
          scaleText(targetTimeScale()));
    }
  }

  @Override
  public void after() {
    GateDecision decision;
    // Given back first: if the load used up the process's descriptors, the end of the run needs these.
    if (descriptorReserve != null) {
      descriptorReserve.close();
    }
    try {
      beforeStackStops();
      stack.ifPresent(EmbeddedStack::close);
      decision = endRun(new EndOfRun(runDirectory, sloSource, gatePolicy, baseline, runStartedAtMillis));
    } catch (RuntimeException e) {
      System.err.println("slogate: internal error at the end of the run, no verdict: " + e);
      decision = EndOfRun.internalError(gatePolicy);
    }
    if (!decision.passed()) {
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

  private static String scaleText(double factor) {
    return factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor);
  }

  /**
   * Called first in {@code after()}, while the embedded stack still runs: a subclass ends here what it does to
   * the target (faults, probes).
   */
  protected void beforeStackStops() {}

  /** Judges the run; a subclass with a chaos timeline passes it on. */
  protected GateDecision endRun(EndOfRun end) {
    return end.complete();
  }

  /** The embedded reference stack once {@code before()} started it; empty against an external target. */
  protected final Optional<dev.slogate.stack.RunningStack> runningStack() {
    return stack.flatMap(EmbeddedStack::running);
  }

  /** This run's folder; set in {@code before()}. */
  protected final RunDirectory runDirectory() {
    return runDirectory;
  }

  /** The folder every run's folder is in ({@code slogate.output}, default {@code target/slogate}). */
  protected static Path outputFolder() {
    return outputRoot();
  }

  private static Path outputRoot() {
    return Path.of(System.getProperty(OUTPUT_PROPERTY, "target/slogate"));
  }

  /** One clear line and a non-zero exit, never a stack trace, for input the user can fix. */
  private static void exitWithUsageError(RuntimeException e, Optional<EmbeddedStack> startedStack) {
    startedStack.ifPresent(EmbeddedStack::close);
    System.out.flush();
    System.err.println("slogate: error: " + e.getMessage());
    System.err.flush();
    System.exit(EXIT_USAGE);
  }
}
