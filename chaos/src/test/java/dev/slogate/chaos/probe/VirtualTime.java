package dev.slogate.chaos.probe;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time for a prober under test that only the prober's waits move: each wait it asks for passes at once and
 * exactly, and a probe takes no time. So a test sees the grid the design makes, every count exact, however
 * late a busy machine would have woken a real wait. It is also the run's clock the samples are stamped with.
 * A probe's latency is still real (the prober measures it on {@link System#nanoTime()}).
 */
final class VirtualTime extends Clock implements Prober.Pacer {

  /** Any fixed instant: the samples' stamps start here. */
  private static final Instant ORIGIN = Instant.parse("2026-01-01T00:00:00Z");

  private final AtomicLong nanos = new AtomicLong();

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public void parkNanos(long wait) {
    nanos.addAndGet(wait);
  }

  @Override
  public Instant instant() {
    return ORIGIN.plusNanos(nanoTime());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a prober's clock needs no zone");
  }
}
