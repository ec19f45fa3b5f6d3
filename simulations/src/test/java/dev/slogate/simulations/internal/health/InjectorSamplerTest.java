package dev.slogate.simulations.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.health.InjectorSample;
import dev.slogate.slo.record.SeriesStats;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sampler on probes the test sets: no clock, no sleep. */
class InjectorSamplerTest {

  /** Cumulative readings the test moves on between samples. */
  private static final class FakeProbes implements HealthProbes {
    long cpuNanos = 10_000_000_000L;
    double machine = 0.5;
    long gcMillis = 1_000;
    long descriptors = 120;
    long connections = 14;

    @Override
    public long processCpuNanos() {
      return cpuNanos;
    }

    @Override
    public double machineCpu() {
      return machine;
    }

    @Override
    public long gcPauseMillis() {
      return gcMillis;
    }

    @Override
    public long openDescriptors() {
      return descriptors;
    }

    @Override
    public long maxDescriptors() {
      return 1_024;
    }

    @Override
    public long openConnections() {
      return connections;
    }
  }

  @Test
  void aSecondHoldsTheDifferencesSinceThePreviousSampleAndTheCountsAsTheyStand() {
    FakeProbes probes = new FakeProbes();
    Histogram hiccups = SeriesStats.newHistogram();
    hiccups.recordValue(75);
    long start = 7_000_000_000L;
    InjectorSampler sampler = new InjectorSampler(probes, () -> hiccups, 2, start);

    // one second later: 0.6 s of CPU time on a 2-core machine, 12 ms of GC pauses
    probes.cpuNanos += 600_000_000L;
    probes.gcMillis += 12;
    probes.machine = 0.8;
    probes.descriptors = 900;
    InjectorSample first = sampler.sample(1_700_000_000, start + 1_000_000_000L);
    assertEquals(1_700_000_000, first.epochSecond());
    assertEquals(0.3, first.processCpu(), 1e-9);
    assertEquals(0.8, first.machineCpu());
    assertEquals(12, first.gcPauseMillis());
    assertSame(hiccups, first.hiccupMicros());
    assertEquals(900, first.openDescriptors());
    assertEquals(1_024, first.maxDescriptors());
    assertEquals(14, first.openConnections());

    // a late tick: 2 s passed, the CPU figure is over the 2 s
    probes.cpuNanos += 2_000_000_000L;
    InjectorSample second = sampler.sample(1_700_000_001, start + 3_000_000_000L);
    assertEquals(0.5, second.processCpu(), 1e-9);
    assertEquals(0, second.gcPauseMillis());
  }

  @Test
  void anUnknownCpuTimeIsUnknownNotZero() {
    FakeProbes probes = new FakeProbes();
    probes.cpuNanos = -1;
    InjectorSampler sampler = new InjectorSampler(probes, SeriesStats::newHistogram, 2, 0);
    assertTrue(Double.isNaN(sampler.sample(1_700_000_000, 1_000_000_000L).processCpu()));
  }

  @Test
  void openSocketsAreTheLinksToSocketsInTheDescriptorFolder(@TempDir Path fds) throws Exception {
    Files.createSymbolicLink(fds.resolve("0"), Path.of("/dev/null"));
    Files.createSymbolicLink(fds.resolve("5"), Path.of("socket:[4242]"));
    Files.createSymbolicLink(fds.resolve("6"), Path.of("socket:[4243]"));
    Files.createSymbolicLink(fds.resolve("7"), Path.of("pipe:[17]"));
    assertEquals(2, OpenSockets.count(fds));
    assertEquals(-1, OpenSockets.count(fds.resolve("absent")));
  }
}
