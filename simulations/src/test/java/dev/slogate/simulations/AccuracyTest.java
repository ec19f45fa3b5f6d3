package dev.slogate.simulations;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordIO;
import dev.slogate.slo.record.SeriesStats;
import dev.slogate.stack.ReferenceStack;
import dev.slogate.stack.RunningStack;
import dev.slogate.stack.StackOptions;
import dev.slogate.stack.TruthSnapshot;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * slogate against independent truth: the replicas record the service time of every request they serve.
 * At a steady 1,000 requests/s the steady-phase percentiles must lie within max(2 ms, 5%) of the replicas'
 * own over the same stretch of time, and over the whole run the request counts must agree exactly.
 */
class AccuracyTest {

  private static final String ROUTE = "GET /api/items";
  private static final long WARM_UP_MILLIS = 6_000;
  private static final long STEADY_MILLIS = 10_000;

  /**
   * Two attempts at most: the injector and the replicas share two cores with whatever else the machine runs,
   * and one stall of the injector's JVM in a 10 s window moves a p99 by tens of milliseconds that the server
   * never saw. Counts must agree in every attempt; the percentiles must agree in one.
   */
  @Test
  void steadyPercentilesAgreeWithTheReplicasGroundTruth(@TempDir Path dir) throws Exception {
    AssertionError first = null;
    for (int attempt = 1; attempt <= 2; attempt++) {
      try {
        measureOnce(Files.createDirectories(dir.resolve("attempt-" + attempt)));
        return;
      } catch (PercentilesOutsideTolerance e) {
        System.out.println("attempt " + attempt + " missed:\n" + e.getMessage());
        first = first == null ? e : first;
      }
    }
    throw first;
  }

  /** Percentiles off by more than the tolerance; anything else fails at once. */
  private static final class PercentilesOutsideTolerance extends AssertionError {
    private static final long serialVersionUID = 1L;

    PercentilesOutsideTolerance(String report) {
      super(report);
    }
  }

  private void measureOnce(Path dir) throws Exception {
    // One replica, loaded directly: the truth is its own service time, so only loopback and the injector may
    // stand between it and slogate's figure. Through the balancer, its proxy hop is real latency the replica
    // never sees (2 to 4 ms at p99 on a busy 2-core machine), which is not what this test is about.
    try (RunningStack stack = ReferenceStack.start(StackOptions.defaults().withReplicas(1))) {
      String replica = stack.replica(0).url();
      warmUpServer(replica);
      stack.groundTruth().reset();

      GatlingProcess.Running gatling = GatlingProcess.of(SteadyLoad.class)
          .property("slogate.target", replica)
          .property("slogate.rate", "1000")
          .property("slogate.warmup", WARM_UP_MILLIS + "ms")
          .property("slogate.duration", STEADY_MILLIS + "ms")
          .property("slogate.cooldown", "1s")
          .property("slogate.requests", ROUTE)
          .timeout(Duration.ofMinutes(3))
          .start(dir);

      // The server's truth over the steady phase only, as the difference of two cumulative snapshots: during
      // warm-up the cold injector competes with the replicas for the same two cores, and that is not what
      // steady state is about.
      long runStart = awaitPlan(gatling.outputRoot());
      sleepUntil(runStart + WARM_UP_MILLIS + 1_000);
      Histogram servedBeforeSteady = stack.groundTruth().snapshot().route(ROUTE);
      sleepUntil(runStart + WARM_UP_MILLIS + STEADY_MILLIS - 500);
      Histogram servedInSteady = stack.groundTruth().snapshot().route(ROUTE);
      servedInSteady.subtract(servedBeforeSteady);

      GatlingProcess.Result run = gatling.await();
      assertEquals(0, run.exitCode(), run::describe);
      TruthSnapshot afterRun = stack.groundTruth().snapshot();

      Path latest = run.outputRoot().resolve("latest");
      RunRecord record = RunRecordIO.load(latest.resolve(RunRecordIO.FILE_NAME));
      RunPlan plan = RunPlanIO.read(latest.resolve("plan.json"));

      // Counts: every request Gatling logged was served, and nothing else was.
      SeriesStats whole = record.whole().requests().get(ROUTE);
      assertEquals(afterRun.count(ROUTE, 200), whole.okCount(), "requests served vs requests logged");
      assertEquals(afterRun.route(ROUTE).getTotalCount(), whole.count());
      assertEquals(0, whole.koCount());

      long start = record.metadata().epochStartMillis();
      Phase steady = plan.phase("steady").orElseThrow();
      Histogram measured = record.window(Math.floorDiv(start + steady.startOffsetMillis() + 999, 1000),
          Math.floorDiv(start + steady.endOffsetMillis(), 1000)).requests().get(ROUTE).all();
      StringBuilder report = new StringBuilder();
      boolean within = true;
      for (double p : new double[] {50, 95, 99}) {
        double truthMillis = servedInSteady.getValueAtPercentile(p) / 1000.0;
        double slogateMillis = measured.getValueAtPercentile(p);
        double tolerance = Math.max(2.0, 0.05 * truthMillis);
        within &= Math.abs(slogateMillis - truthMillis) <= tolerance;
        report.append(String.format("p%.0f slogate %.1f ms, truth %.2f ms, tolerance %.1f ms%n", p, slogateMillis, truthMillis, tolerance));
      }
      System.out.print(report);
      if (!within) {
        throw new PercentilesOutsideTolerance(report.toString());
      }
    }
  }

  /** The plan is written in before(), right before Gatling takes its run start. */
  private static long awaitPlan(Path outputRoot) throws Exception {
    Path plan = await("a plan.json under " + outputRoot).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
        .until(() -> findPlan(outputRoot), Optional::isPresent).orElseThrow();
    return Files.getLastModifiedTime(plan).toMillis();
  }

  private static Optional<Path> findPlan(Path outputRoot) throws IOException {
    if (!Files.isDirectory(outputRoot)) {
      return Optional.empty();
    }
    try (Stream<Path> runs = Files.list(outputRoot)) {
      return runs.map(run -> run.resolve("plan.json")).filter(Files::isRegularFile).findFirst();
    }
  }

  private static void sleepUntil(long epochMillis) throws InterruptedException {
    long wait = epochMillis - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }

  /** The replicas' own JIT warm-up must not be part of the truth either. */
  private static void warmUpServer(String baseUrl) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/items")).timeout(Duration.ofSeconds(2)).build();
    for (int i = 0; i < 600; i++) {
      client.send(request, HttpResponse.BodyHandlers.discarding());
    }
  }
}
