package dev.slogate.simulations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.simulations.internal.run.RunDirectory;
import dev.slogate.simulations.internal.scaleout.Coordinator;
import dev.slogate.simulations.internal.scaleout.LocalInjectors;
import dev.slogate.simulations.internal.scaleout.TimeEndpoint;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.ClockOffset;
import dev.slogate.slo.record.InjectorInfo;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordIO;
import dev.slogate.slo.scaleout.InjectorRequest;
import dev.slogate.slo.spec.SloSpecs;
import dev.slogate.stack.ReferenceStack;
import dev.slogate.stack.RunningStack;
import dev.slogate.stack.StackOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local mode against the reference stack: three injectors at a third of the rate each, merged, measure what one
 * injector at the whole rate measures, and account for every planned arrival; the same with one injector pinned to
 * one core and overloaded is INVALID, naming that injector. Real Gatling JVMs; run under the load lock.
 */
class ScaleOutRunTest {

  private static final String ROUTE = "GET /api/items";
  private static final int RATE = 300;

  @Test
  void threeLocalInjectorsMeasureWhatOneDoesAndAccountForEveryPlannedArrival(@TempDir Path dir) throws Exception {
    try (RunningStack stack = ReferenceStack.start(StackOptions.defaults().withReplicas(1))) {
      String target = stack.replica(0).url();
      warmUpServer(target);
      // A verdict, PASS or FAIL, and not INVALID: the load was driven as planned (a shared 2-core machine may FAIL a
      // p99 now and then; the comparison below is what this test is about).
      GatlingProcess.Result one = steadyLoad(target, RATE).run(Files.createDirectories(dir.resolve("one")));
      assertTrue(one.exitCode() == 0 || one.exitCode() == 1, one::describe);

      GatlingProcess.Result three = steadyLoad(target, RATE).property("slogate.injectors.count", "3")
          .timeout(Duration.ofMinutes(4)).run(Files.createDirectories(dir.resolve("three")));
      assertTrue(three.exitCode() == 0 || three.exitCode() == 1, three::describe);
      assertTrue(three.output().contains("slogate: coordinating 3 injectors of run "), three.output());

      RunRecord merged = three.record();
      RunPlan plan = three.plan();
      assertEquals(null, plan.share(), "the merged run is judged on the whole plan");
      List<InjectorInfo> injectors = merged.metadata().injectors();
      assertEquals(List.of(0, 1, 2), injectors.stream().map(InjectorInfo::index).toList());
      for (InjectorInfo injector : injectors) {
        assertEquals(ClockOffset.Reference.COORDINATOR, injector.clock().reference(), injector.label());
        assertTrue(!injector.clock().beyondBound(), injector.clock().describe());
        assertTrue(injector.health().recorded(), injector.label());
      }

      // Every planned arrival is accounted for: the injectors' own records add up to the merged one, and the merged
      // one to the whole plan (whole rates divide exactly; a warm-up ramp rounds by at most one user per injector).
      long sumOfInjectors = 0;
      Path injectorsFolder = three.outputRoot().resolve("latest").resolve("injectors");
      for (int i = 0; i < 3; i++) {
        Path record = injectorsFolder.resolve("injector-" + i).resolve("slogate").resolve(merged.metadata().runId())
            .resolve(RunRecordIO.FILE_NAME);
        sumOfInjectors += RunRecordIO.load(record).whole().usersStarted();
      }
      long started = merged.whole().usersStarted();
      assertEquals(sumOfInjectors, started);
      double planned = plan.phases().stream().mapToDouble(Phase::plannedArrivals).sum();
      assertTrue(Math.abs(started - planned) <= 3, started + " users started, " + planned + " planned");
      assertEquals(Math.round(plan.phase("steady").orElseThrow().plannedArrivals()),
          Math.round(one.plan().phase("steady").orElseThrow().plannedArrivals()));

      // The median within the accuracy tolerance, max(2 ms, 5%). The tail is printed, not judged: on a 2-core
      // machine that also runs the target, two more Gatling JVMs raise the target's own tail (p95 6 ms alone, 9 ms
      // beside three injectors, in the runs this test was written with); a many-core host does not share that cost.
      Histogram whole = steady(one.record(), one.plan());
      Histogram shared = steady(merged, plan);
      double single = whole.getValueAtPercentile(50);
      double three50 = shared.getValueAtPercentile(50);
      double tolerance = Math.max(2.0, 0.05 * single);
      String report = String.format(Locale.ROOT, "p50 one injector %.1f ms, three %.1f ms, tolerance %.1f ms; "
          + "p95 one %d ms, three %d ms, p99 one %d ms, three %d ms%n", single, three50, tolerance,
          whole.getValueAtPercentile(95), shared.getValueAtPercentile(95), whole.getValueAtPercentile(99),
          shared.getValueAtPercentile(99));
      System.out.print(report);
      assertTrue(Math.abs(three50 - single) <= tolerance, report);
    }
  }

  @Test
  void anInjectorPinnedToOneCoreAndOverloadedMakesTheMergedRunInvalidNamingIt(@TempDir Path dir) throws Exception {
    try (RunningStack stack = ReferenceStack.start(StackOptions.defaults().withReplicas(1))) {
      String target = stack.replica(0).url();
      Map<String, String> options = new TreeMap<>(Map.of("slogate.target", target, "slogate.rate", "600",
          "slogate.warmup", "3s", "slogate.duration", "8s", "slogate.cooldown", "1s", "slogate.requests", ROUTE));
      // Injector 2 may use one core only, and yields it to everything else that wants it; from the shared start a
      // busy loop on that core wants all of it. Injector 2 falls behind and stalls, and its own timeline says so.
      LocalInjectors launcher = new LocalInjectors(GatlingProcess.testClassPath(), GatlingProcess.JVM_OPTIONS,
          index -> index == 2 ? List.of("taskset", "-c", "0", "nice", "-n", "19") : List.of(), Clock.systemUTC());
      RunDirectory run = RunDirectory.named(dir.resolve("slogate"), "pinned");
      GateDecision decision;
      long startAt = System.currentTimeMillis() + 20_000;
      Thread hog = new Thread(() -> overloadCoreZeroFrom(startAt, Duration.ofSeconds(15)), "core-0-hog");
      hog.start();
      try (TimeEndpoint time = TimeEndpoint.start(Clock.systemUTC())) {
        options.put("slogate.injectors.coordinator", time.url());
        InjectorRequest request = new InjectorRequest(SteadyLoad.class.getName(), "pinned", 3, startAt, options,
            Map.of(), run.path().resolve("injectors"), Duration.ofMinutes(2), line -> System.out.println("slogate: " + line));
        decision = new Coordinator(launcher, Clock.systemUTC())
            .run(request, run, SloSpecs.source("reference-stack"), GatePolicy.DEFAULT, null);
      } finally {
        hog.interrupt();
        hog.join(10_000);
      }
      assertEquals(Verdict.INVALID, decision.verdict());
      String summary = Files.readString(run.file("summary.md")).toLowerCase(Locale.ROOT);
      RunRecord merged = RunRecordIO.load(run.file(RunRecordIO.FILE_NAME));
      RunPlan plan = dev.slogate.slo.plan.RunPlanIO.read(run.file("plan.json"));
      var window = dev.slogate.slo.eval.PhaseWindows.window(plan.phase("steady").orElseThrow(),
          merged.metadata().epochStartMillis());
      StringBuilder figures = new StringBuilder();
      for (InjectorInfo injector : merged.metadata().injectors()) {
        var f = injector.health().figures(window.fromEpochSecond(), window.toEpochSecondExclusive());
        figures.append(String.format(Locale.ROOT, "%s: hiccup p99 %.1f ms, process CPU %.2f, machine CPU %.2f%n",
            injector.label(), f.hiccupP99Millis(), f.processCpu(), f.machineCpu()));
      }
      System.out.print(figures);
      assertTrue(summary.contains("injector 2 of 3 ("), figures + summary);
    }
  }

  /** A busy loop on core 0 from {@code startAt} for {@code length}: bounded, and ended on interrupt. */
  private static void overloadCoreZeroFrom(long startAt, Duration length) {
    Process loop = null;
    try {
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
          .until(() -> System.currentTimeMillis() >= startAt);
      loop = new ProcessBuilder("taskset", "-c", "0", "sh", "-c", "while :; do :; done").start();
      loop.waitFor(length.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.io.IOException | org.awaitility.core.ConditionTimeoutException e) {
      throw new IllegalStateException("cannot overload core 0: " + e.getMessage(), e);
    } finally {
      if (loop != null) {
        loop.destroyForcibly();
      }
    }
  }

  private static GatlingProcess steadyLoad(String target, int rate) {
    return GatlingProcess.of(SteadyLoad.class)
        .property("slogate.target", target)
        .property("slogate.rate", Integer.toString(rate))
        .property("slogate.warmup", "5s")
        .property("slogate.duration", "10s")
        .property("slogate.cooldown", "1s")
        .property("slogate.requests", ROUTE);
  }

  private static Histogram steady(RunRecord record, RunPlan plan) {
    long start = record.metadata().epochStartMillis();
    Phase steady = plan.phase("steady").orElseThrow();
    return record.window(Math.floorDiv(start + steady.startOffsetMillis() + 999, 1000),
        Math.floorDiv(start + steady.endOffsetMillis(), 1000)).requests().get(ROUTE).all();
  }

  private static void warmUpServer(String baseUrl) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/items")).timeout(Duration.ofSeconds(2)).build();
    for (int i = 0; i < 600; i++) {
      client.send(request, HttpResponse.BodyHandlers.discarding());
    }
  }
}
