package dev.slogate.simulations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.simulations.seeds.SeedRunsTest;
import dev.slogate.slo.health.InjectorSample;
import dev.slogate.slo.health.InjectorTimeline;
import dev.slogate.slo.health.InjectorTimelineIO;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.TimeSlice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default job end to end: a real Gatling run against the embedded stack, judged by the gate. */
class SteadyLoadRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void healthyStackPassesAndLeavesAFullRunFolderAndNoProcess(@TempDir Path dir) throws Exception {
    StackProcesses replicas = new StackProcesses();
    GatlingProcess.Result run = GatlingProcess.of(SteadyLoad.class)
        .property("slogate.warmup", "4s")
        .property("slogate.duration", "8s")
        .property("slogate.stack.replicaJvmArgs", replicas.replicaJvmArgs())
        .run(dir);

    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.output().contains("slogate: gate PASSED (verdict PASS)"), run::describe);
    assertTrue(run.output().contains("---- slogate summary"), run::describe);
    assertEquals(0, replicas.alive().size(), "replica processes outlived the run: " + replicas.alive());

    Path latest = run.outputRoot().resolve("latest");
    assertTrue(Files.isSymbolicLink(latest), "latest is a link");
    RunPlan plan = run.plan();
    assertEquals(3, plan.phases().size());
    Phase steady = plan.phase("steady").orElseThrow();
    assertEquals(PhaseKind.STEADY, steady.kind());
    // Planned 4 s after the start of injection, which Gatling begins a few hundred milliseconds after its run
    // start: the plan on disk is moved by the delay measured from the log.
    assertTrue(plan.injectionDelayMillis() > 0 && plan.injectionDelayMillis() < 3_000, "delay " + plan.injectionDelayMillis());
    assertEquals(4_000 + plan.injectionDelayMillis(), steady.startOffsetMillis());
    assertEquals(200.0, steady.startRate());

    RunRecord record = run.record();
    assertTrue(record.metadata().complete());
    assertEquals("dev.slogate.simulations.SteadyLoad", record.metadata().simulation());
    // The warm-up ramps from 20/s to 200/s for 4 s (440 users, WarmUpRamp), then 200/s for 8 + 2 seconds; one
    // request per user.
    assertEquals(new Phase("warm-up", PhaseKind.WARM_UP, plan.injectionDelayMillis(), 4_000, 20, 200),
        plan.phase("warm-up").orElseThrow());
    assertEquals(440 + 2_000, record.whole().overall().count());
    assertEquals(record.whole().usersStarted(), record.whole().overall().count());
    assertEquals(0, record.whole().overall().koCount());
    assertEquals(Map.of("GET /api/fast", true, "GET /api/items", true, "POST /api/orders", true),
        Map.of("GET /api/fast", record.whole().requests().containsKey("GET /api/fast"),
            "GET /api/items", record.whole().requests().containsKey("GET /api/items"),
            "POST /api/orders", record.whole().requests().containsKey("POST /api/orders")));

    JsonNode verdict = JSON.readTree(latest.resolve("verdict.json").toFile());
    assertEquals("slogate.verdict/v2", verdict.get("schema").asText());
    assertEquals("PASS", verdict.get("verdict").asText());
    assertEquals(0, verdict.get("gate").get("exitCode").asInt());
    // The healthy run started its users on time: its lag was read, and is within the bound.
    JsonNode steadyLag = verdict.get("phases").get(0).get("scheduleLag");
    assertEquals("steady", verdict.get("phases").get(0).get("name").asText());
    assertTrue(steadyLag.get("maxMillis").asLong() <= steadyLag.get("allowedMillis").asLong(), steadyLag::toString);
    assertTrue(Files.readString(latest.resolve("slo.yaml")).contains("system:"));

    assertColdStartStaysInsideWarmUp(record, plan);
    assertInjectorHealthSampledAndReadBack(record, latest, verdict);
  }

  /**
   * The sampler ran in the Gatling JVM: its timeline, appended second by second, is in the run folder and in the saved
   * record, covers the steady phase on the record's epoch seconds, and the healthy run was judged healthy.
   */
  private static void assertInjectorHealthSampledAndReadBack(RunRecord record, Path runFolder, JsonNode verdict) {
    InjectorTimeline written = InjectorTimelineIO.read(runFolder.resolve(InjectorTimelineIO.FILE_NAME));
    assertTrue(written.recorded(), "the sampler's file is in the run folder");
    assertEquals(written, record.injectorTimeline(), "the saved record carries the same timeline");
    JsonNode steady = verdict.get("phases").get(0);
    JsonNode health = steady.get("injectorHealth");
    assertEquals("HEALTHY", health.get("status").asText(), health::toString);
    assertEquals(steady.get("seconds").asLong(), health.get("sampledSeconds").asLong(), "every steady second sampled");
    InjectorSample first = written.samples().get(0);
    assertTrue(first.maxDescriptors() > 0 && first.openDescriptors() > 0 && first.openConnections() > 0, first::toString);
    // The first sample covers only the part of a second between the sampler's start and the next second boundary
    // (InjectorHealthSampling ticks on whole seconds and drops the partial last one), so it may hold few sleeps or none.
    List<InjectorSample> samples = written.samples();
    assertTrue(samples.size() > 1, samples::toString);
    assertTrue(samples.stream().skip(1).allMatch(s -> s.hiccupMicros().getTotalCount() > 100),
        "the meter ran every whole second");
  }

  /**
   * A cold injector's inflated latencies belong to warm-up: no steady second may look like them. The worst
   * second of the run is either in warm-up, or no worse than twice the steady p99 (no inflation at all).
   */
  private static void assertColdStartStaysInsideWarmUp(RunRecord record, RunPlan plan) {
    long start = record.metadata().epochStartMillis();
    Phase steady = plan.phase("steady").orElseThrow();
    long steadyFrom = Math.floorDiv(start + steady.startOffsetMillis() + 999, 1000);
    long steadyTo = Math.floorDiv(start + steady.endOffsetMillis(), 1000);
    long steadyP99 = record.window(steadyFrom, steadyTo).overall().all().getValueAtPercentile(99);
    TimeSlice worst = record.slices().values().stream()
        .filter(s -> s.overall().count() > 0)
        .max((a, b) -> Long.compare(a.overall().all().getValueAtPercentile(99), b.overall().all().getValueAtPercentile(99)))
        .orElseThrow();
    long worstP99 = worst.overall().all().getValueAtPercentile(99);
    boolean inWarmUp = worst.epochSecond() < steadyFrom;
    StringBuilder series = new StringBuilder();
    record.slices().forEach((second, slice) -> series.append(second - steadyFrom).append(':')
        .append(slice.overall().all().getValueAtPercentile(99)).append(' '));
    assertTrue(inWarmUp || worstP99 <= Math.max(2 * steadyP99, 20),
        "per-second p99 (seconds from steady start: ms) " + series + "; steady p99 " + steadyP99);
  }

  @Test
  void phasesAskedForFractionsOfASecondAreInjectedAsPlanned(@TempDir Path dir) throws Exception {
    // Gatling injects second by second: asked as they are, these phases would get 22 + 80 + 0 users against a
    // plan of 33 + 100 + 28 (the warm-up ramps from 4/s to 40/s), and every phase boundary would drift further
    // from the plan.
    GatlingProcess.Result run = GatlingProcess.of(SteadyLoad.class)
        .property("slogate.rate", "40")
        .property("slogate.warmup", "1500ms")
        .property("slogate.duration", "2500ms")
        .property("slogate.cooldown", "700ms")
        // Loose objectives that 40 req/s can meet: this test is about arrivals, not the reference targets.
        .property("slogate.slo", SeedRunsTest.testSlo().toString())
        .run(dir);

    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.output().contains("slogate: phases lengthened to whole seconds, as Gatling injects users second by "
        + "second: warm-up 1.5 s -> 2 s, steady 2.5 s -> 3 s, cool-down 0.7 s -> 1 s"), run::describe);
    RunPlan plan = run.plan();
    assertEquals(List.of(2_000L, 3_000L, 1_000L), plan.phases().stream().map(Phase::durationMillis).toList());
    RunRecord record = run.record();
    double planned = plan.phases().stream().mapToDouble(Phase::plannedArrivals).sum();
    // The warm-up's ramp from 4/s to 40/s over 2 s plans 44 arrivals, then 40/s for 3 + 1 s.
    assertEquals(44 + 160.0, planned, 1e-9);
    assertEquals(204, record.whole().usersStarted(), "every planned arrival injected, and no other");
  }

  @Test
  void degradedStackFailsAndNamesTheObjective(@TempDir Path dir) throws Exception {
    GatlingProcess.Result run = GatlingProcess.of(SteadyLoad.class)
        .property("slogate.warmup", "2s")
        .property("slogate.duration", "5s")
        .property("slogate.stack.addLatency", "120ms")
        .timeout(Duration.ofMinutes(2))
        .run(dir);

    assertEquals(1, run.exitCode(), run::describe);
    assertTrue(run.output().contains("slogate: gate FAILED (verdict FAIL)"), run::describe);
    assertTrue(run.output().matches("(?s).*FAIL\\s+p50-latency\\s.*"), run::describe);
    JsonNode verdict = JSON.readTree(run.outputRoot().resolve("latest/verdict.json").toFile());
    assertEquals("FAIL", verdict.get("verdict").asText());
    JsonNode p50 = null;
    for (JsonNode objective : verdict.get("objectives")) {
      if (objective.get("name").asText().equals("p50-latency")) {
        p50 = objective;
      }
    }
    assertEquals("FAIL", p50.get("verdict").asText());
    assertTrue(p50.get("estimate").asDouble() >= 120, p50.toString());
  }

  @Test
  void erroringStackFailsAvailability(@TempDir Path dir) throws Exception {
    GatlingProcess.Result run = GatlingProcess.of(SteadyLoad.class)
        .property("slogate.warmup", "2s")
        .property("slogate.duration", "5s")
        .property("slogate.stack.errorRatio", "0.2")
        .run(dir);

    assertEquals(1, run.exitCode(), run::describe);
    assertTrue(run.output().matches("(?s).*FAIL\\s+availability\\s.*"), run::describe);
  }

  @Test
  void aPlanFarAboveWhatTheInjectorCanReachIsInvalidNotFail(@TempDir Path dir) throws Exception {
    // One core for Gatling and the embedded stack together, and a plan of 25,000 users/s: far past what that
    // injector can start, however quiet the machine. 100,000 users in all: the run ends within the timeout.
    GatlingProcess.Result run = GatlingProcess.of(SteadyLoad.class)
        .onCpus("0")
        .property("slogate.rate", "25000")
        .property("slogate.warmup", "1s")
        // Long enough to hold at least one whole second, whatever the run's start within a second.
        .property("slogate.duration", "2s")
        .property("slogate.cooldown", "1s")
        .property("slogate.requests", "GET /api/fast")
        // Users that cannot get a socket must not wait Gatling's default minute each.
        .property("gatling.http.requestTimeout", "3000")
        .timeout(Duration.ofMinutes(3))
        .run(dir);

    assertEquals(2, run.exitCode(), run::describe);
    assertTrue(run.output().contains("gate FAILED (verdict INVALID)"), run::describe);
    assertTrue(run.output().contains("the injector did not reach the planned rate"), run::describe);
  }
}
