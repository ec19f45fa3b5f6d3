package dev.slogate.benchmarks.accuracy;

import dev.slogate.config.Options;
import dev.slogate.benchmarks.internal.harness.Folders;
import dev.slogate.benchmarks.internal.harness.GatlingLauncher;
import dev.slogate.benchmarks.internal.harness.GatlingReport;
import dev.slogate.benchmarks.internal.harness.JudgedRun;
import dev.slogate.benchmarks.internal.harness.PercentileError;
import dev.slogate.benchmarks.internal.harness.RunStart;
import dev.slogate.slo.eval.PhaseValidity;
import dev.slogate.simulations.SteadyLoad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * One SteadyLoad run against a target whose server-side truth is known, compared twice: slogate's
 * steady-phase percentiles with the truth over the same stretch, and Gatling's own whole-run report with the
 * truth over the whole run (the same requests).
 *
 * @param target "reference stack" or "nginx"
 * @param rate planned arrivals per second
 * @param validity slogate's load check of the steady phase
 * @param achievedRate arrivals per second in the steady phase
 * @param slogate slogate's steady-phase percentiles against the steady truth
 * @param gatlingReport Gatling's whole-run report against the whole-run truth
 * @param truthRequests requests the server recorded over the whole run
 * @param loggedRequests requests in Gatling's log
 */
record AccuracyRun(String target, double rate, PhaseValidity validity, double achievedRate,
    List<PercentileError> slogate, List<PercentileError> gatlingReport, long truthRequests, long loggedRequests) {

  static final double[] PERCENTILES = {50, 95, 99};

  /** The phases of one run. */
  record Shape(Duration warmUp, Duration steady, Duration coolDown) {
    Duration total() {
      return warmUp.plus(steady).plus(coolDown);
    }
  }

  static AccuracyRun measure(String target, String baseUrl, String request, double rate, Shape shape,
      ServerTruth truth, Path work) throws IOException, InterruptedException {
    Folders.fresh(work);
    GatlingLauncher launcher = GatlingLauncher.withThisClassPath()
        .withProperty(Options.TARGET_URL.key(), baseUrl)
        .withProperty(Options.RATE.key(), Double.toString(rate))
        .withProperty(Options.WARM_UP.key(), shape.warmUp().toMillis() + "ms")
        .withProperty(Options.DURATION.key(), shape.steady().toMillis() + "ms")
        .withProperty(Options.COOL_DOWN.key(), shape.coolDown().toMillis() + "ms")
        .withProperty(Options.REQUESTS.key(), request)
        .withTimeout(shape.total().plusMinutes(3));
    truth.reset();
    GatlingLauncher.Running gatling = launcher.start(SteadyLoad.class.getName(), work);
    long start = RunStart.await(gatling.slogateOutput(), Duration.ofSeconds(120));
    // Inside the steady phase with a margin on both sides: the plan's time stamp is Gatling's start to within
    // a few ms, and the server's truth must not take in a second of warm-up or cool-down.
    RunStart.sleepUntil(start + shape.warmUp().toMillis() + 1_000);
    truth.markSteadyStart();
    RunStart.sleepUntil(start + shape.warmUp().plus(shape.steady()).toMillis() - 500);
    truth.markSteadyEnd();
    GatlingLauncher.Finished finished = gatling.await();
    if (!Files.isRegularFile(finished.slogateRun().resolve("run-record.json.gz"))) {
      throw new IllegalStateException("the run against " + target + " left no run record (exit " + finished.exitCode()
          + "); console: " + finished.console());
    }
    JudgedRun run = JudgedRun.ofSlogateRun(finished.slogateRun());
    Histogram steadyTruth = truth.steady();
    Histogram wholeTruth = truth.whole();
    Histogram measured = run.latencies(JudgedRun.STEADY, request);

    GatlingLauncher.Finished report = launcher.reportOnly(finished.results(),
        finished.runFolder().getFileName().toString(), work);
    GatlingReport gatlingReport = GatlingReport.parse(report.output());

    List<PercentileError> slogate = new ArrayList<>();
    List<PercentileError> whole = new ArrayList<>();
    for (double p : PERCENTILES) {
      slogate.add(new PercentileError(p, steadyTruth.getValueAtPercentile(p) / 1000.0, measured.getValueAtPercentile(p)));
      whole.add(new PercentileError(p, wholeTruth.getValueAtPercentile(p) / 1000.0, gatlingReport.percentile(p).orElseThrow()));
    }
    return new AccuracyRun(target, rate, run.steadyValidity(), run.achievedRate(JudgedRun.STEADY), slogate, whole,
        wholeTruth.getTotalCount(), run.record().whole().overall().count());
  }
}
