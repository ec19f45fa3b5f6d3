package dev.slogate.simulations;

import dev.slogate.config.Options;
import dev.slogate.simulations.load.RequestMix;
import dev.slogate.simulations.seeds.SeedDefaults;
import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Every {@code slogate.*} option the simulations and the seed workloads read, with its key and its default, in
 * one place: the simulations ask for {@code options.rate()}, never for {@code "slogate.rate"}. Values come from
 * {@link Settings} (the run's system properties).
 *
 * <p>Two modes. Built by {@link #of(Settings)}, a bad value throws {@link IllegalArgumentException} naming the
 * key, for code that runs inside slogate's own error handling (a {@link
 * dev.slogate.simulations.load.SystemWorkload}). Handed out by {@link SlogateRun#options()}, a bad value is
 * given to the run, which ends the run with that one line in {@code before()}, and the default is returned,
 * so that a simulation's field initialisers never throw where Gatling builds the simulation.
 */
public final class SimulationOptions {

  // --- The reference stack's simulations --------------------------------------------------------------
  public static final String RATE = Options.RATE.key();
  public static final String WARM_UP = Options.WARM_UP.key();
  public static final String DURATION = Options.DURATION.key();
  public static final String COOL_DOWN = Options.COOL_DOWN.key();
  public static final String REQUESTS = Options.REQUESTS.key();
  public static final String STRESS_STEPS = Options.STEPS.key();
  public static final String STRESS_STEP = Options.STEP.key();
  public static final String SPIKE_FACTOR = Options.SPIKE_FACTOR.key();
  public static final String SPIKE_RAMP = Options.SPIKE_RAMP.key();
  public static final String SPIKE_HOLD = Options.SPIKE_HOLD.key();
  public static final String SLO = Options.SLO.key();
  public static final String OUTPUT = Options.OUTPUT.key();
  /** The system a readiness run drives. */
  public static final String SYSTEM = Options.SYSTEM.key();

  // --- The seed systems ------------------------------------------------------------------------------
  /** The divisor of a seed system's documented rates, users and times. */
  public static final String SCALE = Options.SCALE.key();
  public static final String KGAS_BASE_RATE = Options.KGAS_BASE_RATE.key();
  public static final String KGAS_USERS = Options.KGAS_USERS.key();
  public static final String KGAS_THINK_TIME = Options.KGAS_THINK_TIME.key();
  public static final String KGAS_BASE = Options.KGAS_BASE.key();
  public static final String KGAS_RAMP = Options.KGAS_RAMP.key();
  public static final String KGAS_HOLD = Options.KGAS_HOLD.key();
  public static final String KGAS_RECOVERY = Options.KGAS_RECOVERY.key();
  public static final String KGAS_CONCURRENCY = Options.KGAS_CONCURRENCY.key();
  public static final String KECS_RATE = Options.KECS_RATE.key();
  public static final String FLEET_Q_RATE = Options.FLEETQ_RATE.key();
  public static final String RECONCILIATION_RATE = Options.RECONCILIATION_RATE.key();
  public static final String RECONCILIATION_WS_RATE = Options.RECONCILIATION_WS_RATE.key();
  public static final String RECONCILIATION_FAULT_RATE = Options.RECONCILIATION_FAULT_RATE.key();

  private final Settings settings;
  private final Consumer<IllegalArgumentException> problems;

  private SimulationOptions(Settings settings, Consumer<IllegalArgumentException> problems) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.problems = problems;
  }

  /** Options whose bad values throw. */
  public static SimulationOptions of(Settings settings) {
    return new SimulationOptions(settings, e -> {
      throw e;
    });
  }

  /** Options whose bad values go to {@code problems}, the default standing in. */
  static SimulationOptions reporting(Settings settings, Consumer<IllegalArgumentException> problems) {
    return new SimulationOptions(settings, problems);
  }

  public Settings settings() {
    return settings;
  }

  /** {@value #RATE}: arrivals per second, 200 unless the simulation says otherwise. */
  public double rate() {
    return rate(Defaults.RATE);
  }

  public double rate(double defaultRate) {
    return read(() -> settings.rate(RATE, defaultRate), defaultRate);
  }

  /** {@value #WARM_UP}, 10 s. */
  public Duration warmUp() {
    return warmUp(Defaults.WARM_UP);
  }

  public Duration warmUp(Duration defaultLength) {
    return duration(WARM_UP, defaultLength);
  }

  /** {@value #DURATION}: the steady phase, 30 s unless the simulation says otherwise. */
  public Duration steady() {
    return steady(Defaults.STEADY);
  }

  public Duration steady(Duration defaultLength) {
    return duration(DURATION, defaultLength);
  }

  /** {@value #COOL_DOWN}, 2 s. */
  public Duration coolDown() {
    return coolDown(Defaults.COOL_DOWN);
  }

  public Duration coolDown(Duration defaultLength) {
    return duration(COOL_DOWN, defaultLength);
  }

  /** {@value #REQUESTS}: the reference stack's request mix, one request per virtual user. */
  public ChainBuilder requests() {
    RequestMix fallback = RequestMix.parse(RequestMix.DEFAULT);
    return read(() -> RequestMix.parse(settings.get(REQUESTS, RequestMix.DEFAULT)), fallback).chain();
  }

  /** {@value #STRESS_STEPS}: how many levels a stress run climbs, at least 1 (default 5). */
  public int stressSteps() {
    return read(() -> {
      int steps = settings.integer(STRESS_STEPS, Defaults.STRESS_STEPS);
      if (steps < 1) {
        throw new IllegalArgumentException(STRESS_STEPS + " must be at least 1");
      }
      return steps;
    }, Defaults.STRESS_STEPS);
  }

  /** {@value #STRESS_STEP}: how long each stress level lasts (10 s). */
  public Duration stressStep() {
    return duration(STRESS_STEP, Defaults.STRESS_STEP);
  }

  /** {@value #SPIKE_FACTOR}: the spike's rate over the base rate (10). */
  public double spikeFactor() {
    return read(() -> settings.rate(SPIKE_FACTOR, Defaults.SPIKE_FACTOR), Defaults.SPIKE_FACTOR);
  }

  /** {@value #SPIKE_RAMP}: the way up to the spike, and down again (5 s). */
  public Duration spikeRamp() {
    return duration(SPIKE_RAMP, Defaults.SPIKE_RAMP);
  }

  /** {@value #SPIKE_HOLD}: how long the spike is held (10 s). */
  public Duration spikeHold() {
    return duration(SPIKE_HOLD, Defaults.SPIKE_HOLD);
  }

  /** KGAS's base rate before scaling ({@value #KGAS_BASE_RATE}). */
  public double kgasBaseRate() {
    return rate(KGAS_BASE_RATE, SeedDefaults.KGAS_BASE_RATE);
  }

  public int kgasUsers() {
    return read(() -> settings.integer(KGAS_USERS, SeedDefaults.KGAS_USERS), SeedDefaults.KGAS_USERS);
  }

  /** Never scaled: it is a user's behaviour, not the system's. */
  public Duration kgasThinkTime() {
    return duration(KGAS_THINK_TIME, SeedDefaults.KGAS_THINK_TIME);
  }

  public Duration kgasBase() {
    return duration(KGAS_BASE, SeedDefaults.KGAS_BASE);
  }

  public Duration kgasRamp() {
    return duration(KGAS_RAMP, SeedDefaults.KGAS_RAMP);
  }

  public Duration kgasHold() {
    return duration(KGAS_HOLD, SeedDefaults.KGAS_HOLD);
  }

  public Duration kgasRecovery() {
    return duration(KGAS_RECOVERY, SeedDefaults.KGAS_RECOVERY);
  }

  public Duration kgasConcurrency() {
    return duration(KGAS_CONCURRENCY, SeedDefaults.KGAS_CONCURRENCY);
  }

  /** The request rate slogate assumes for KECS, before scaling ({@value #KECS_RATE}). */
  public double kecsRate() {
    return rate(KECS_RATE, SeedDefaults.KECS_RATE);
  }

  public double fleetQRate() {
    return rate(FLEET_Q_RATE, SeedDefaults.FLEET_Q_RATE);
  }

  public double reconciliationRate() {
    return rate(RECONCILIATION_RATE, SeedDefaults.RECONCILIATION_RATE);
  }

  public double reconciliationWebSocketRate() {
    return rate(RECONCILIATION_WS_RATE, SeedDefaults.RECONCILIATION_WS_RATE);
  }

  public double reconciliationFaultRate() {
    return rate(RECONCILIATION_FAULT_RATE, SeedDefaults.RECONCILIATION_FAULT_RATE);
  }

  private double rate(String key, double defaultRate) {
    return read(() -> settings.rate(key, defaultRate), defaultRate);
  }

  private Duration duration(String key, Duration defaultLength) {
    return read(() -> settings.duration(key, defaultLength), defaultLength);
  }

  private <T> T read(Supplier<T> value, T fallback) {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      problems.accept(e);
      return fallback;
    }
  }
}
