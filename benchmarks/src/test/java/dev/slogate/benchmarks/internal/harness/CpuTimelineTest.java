package dev.slogate.benchmarks.internal.harness;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.benchmarks.internal.harness.CpuTimeline.Sample;
import dev.slogate.chaos.local.ProcStat;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CpuTimelineTest {

  @Test
  void cpuBetweenTwoInstantsIsInterpolatedBetweenTheSamplesAroundThem() {
    CpuTimeline timeline = CpuTimeline.of(List.of(new Sample(1_000, 100), new Sample(2_000, 600), new Sample(3_000, 1_600)));

    assertEquals(OptionalDouble.of(1_600 - 100), timeline.cpuMillisBetween(1_000, 3_000));
    // 1,500: halfway from 100 to 600; 2,500: halfway from 600 to 1,600.
    assertEquals(1_100 - 350, timeline.cpuMillisBetween(1_500, 2_500).getAsDouble(), 1e-9);
  }

  @Test
  void anInstantOutsideTheSamplesHasNoAnswer() {
    CpuTimeline timeline = CpuTimeline.of(List.of(new Sample(1_000, 100), new Sample(2_000, 600)));

    assertTrue(timeline.cpuMillisBetween(500, 1_500).isEmpty());
    assertTrue(timeline.cpuMillisBetween(1_500, 2_001).isEmpty());
    assertTrue(CpuTimeline.of(List.of()).cpuMillisBetween(0, 1).isEmpty());
  }

  /** A real process that burns CPU shows it; one that sleeps does not. */
  @Test
  void aBusyProcessUsesCpuAndASleepingOneDoesNot() throws Exception {
    assertTrue(ProcStat.available(), "slogate's process faults and this timeline read Linux's /proc");
    // At the highest priority (where allowed: nice runs it as it is otherwise), so that other work on the
    // machine cannot take the core it spins on away from it.
    Process busy = new ProcessBuilder("nice", "-n", "-20", "sh", "-c", "while :; do :; done").start();
    Process idle = new ProcessBuilder("sleep", "30").start();
    try (CpuTimeline busyCpu = CpuTimeline.sample(busy.pid(), 50);
         CpuTimeline idleCpu = CpuTimeline.sample(idle.pid(), 50)) {
      long from = System.currentTimeMillis() + 200;
      long to = from + 1_000;
      // Both timelines answer once each has a sample at or after `to`.
      await("samples past " + to).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
          .until(() -> busyCpu.cpuMillisBetween(from, to).isPresent() && idleCpu.cpuMillisBetween(from, to).isPresent());

      double busyMillis = busyCpu.cpuMillisBetween(from, to).orElseThrow();
      double idleMillis = idleCpu.cpuMillisBetween(from, to).orElseThrow();
      // A spinning shell at the highest priority gets most of a core in a second even on a loaded machine.
      assertTrue(busyMillis > 300 && busyMillis < 1_100, "busy: " + busyMillis + " ms");
      assertTrue(idleMillis < 30, "idle: " + idleMillis + " ms");
    } finally {
      busy.destroyForcibly();
      idle.destroyForcibly();
    }
  }
}
