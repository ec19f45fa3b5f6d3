package dev.slogate.simulations.internal.health;

import dev.slogate.slo.health.InjectorTimelineIO;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The injector's health, sampled in the Gatling JVM for the length of a run and appended to the run folder's
 * {@value InjectorTimelineIO#FILE_NAME}: started by the run's {@code before()}, closed by its {@code after()}.
 *
 * <p>Two daemon threads: the {@link HiccupMeter}, and a ticker that samples once a second on the epoch second's
 * boundary, labelling each sample with the second that just ended. A tick running late (the JVM stalled) still labels
 * the second nearest its end; a tick more than half a second late replaces the previous second's sample, and the stall
 * shows in the hiccups. A failure to sample is printed once and ends the sampling, never the run: the timeline then
 * ends early, and the seconds after it read as not recorded.
 */
public final class InjectorHealthSampling implements AutoCloseable {

  private final HiccupMeter meter = HiccupMeter.ofJvm();
  private final Thread meterThread = new Thread(meter, "slogate-hiccup-meter");
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "slogate-injector-health");
    thread.setDaemon(true);
    return thread;
  });
  private final InjectorTimelineIO.Appender appender;
  private final Clock clock;
  private final InjectorSampler sampler;
  private volatile boolean failed;

  private InjectorHealthSampling(Path file, Clock clock) {
    this.appender = InjectorTimelineIO.append(file);
    this.clock = clock;
    this.sampler = new InjectorSampler(new PlatformProbes(), meter::interval,
        Runtime.getRuntime().availableProcessors(), System.nanoTime());
  }

  /** Starts sampling into {@code file}. */
  public static InjectorHealthSampling start(Path file) {
    InjectorHealthSampling sampling = new InjectorHealthSampling(file, Clock.systemUTC());
    sampling.meterThread.setDaemon(true);
    sampling.meterThread.start();
    long toNextSecond = 1000 - Math.floorMod(sampling.clock.millis(), 1000L);
    sampling.ticker.scheduleAtFixedRate(sampling::tick, toNextSecond, 1000, TimeUnit.MILLISECONDS);
    return sampling;
  }

  private void tick() {
    if (failed) {
      return;
    }
    try {
      appender.append(sampler.sample(Math.floorDiv(clock.millis() + 500, 1000L) - 1, System.nanoTime()));
    } catch (RuntimeException e) {
      failed = true;
      System.err.println("slogate: the injector's health is no longer sampled: " + e);
    }
  }

  /** Stops both threads and closes the file; the partial last second is not sampled. */
  @Override
  public void close() {
    ticker.shutdown();
    try {
      ticker.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    meter.stop();
    appender.close();
  }
}
