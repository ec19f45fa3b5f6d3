package dev.slogate.simulations.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The meter on a fake clock: each "sleep" advances it by the time the test says the sleep took. */
class HiccupMeterTest {

  private final AtomicLong now = new AtomicLong(5_000_000_000L);

  private HiccupMeter sleepingFor(long... tookNanos) {
    AtomicLong next = new AtomicLong();
    return new HiccupMeter(now::get, requested -> {
      assertEquals(HiccupMeter.REQUESTED_NANOS, requested);
      now.addAndGet(tookNanos[(int) next.getAndIncrement()]);
    });
  }

  @Test
  void recordsHowMuchLongerThanAskedEachSleepTook() throws InterruptedException {
    HiccupMeter meter = sleepingFor(1_080_000, 1_050_000, 26_000_000, 900_000);
    for (int i = 0; i < 4; i++) {
      meter.measureOnce();
    }
    Histogram interval = meter.interval();
    assertEquals(4, interval.getTotalCount());
    // 80 µs and 50 µs of timer slack, a 25 ms stall, and a sleep cut short counts as none
    assertEquals(25_000, interval.getMaxValue(), 25_000 * 0.001);
    assertEquals(0, interval.getMinValue());
    assertEquals(2, interval.getCountBetweenValues(50, 80));
  }

  @Test
  void eachIntervalHoldsOnlyTheSleepsSinceThePreviousOne() throws InterruptedException {
    HiccupMeter meter = sleepingFor(1_100_000, 3_000_000, 1_200_000);
    meter.measureOnce();
    meter.measureOnce();
    assertEquals(2, meter.interval().getTotalCount());
    meter.measureOnce();
    Histogram second = meter.interval();
    assertEquals(1, second.getTotalCount());
    assertEquals(200, second.getMaxValue(), 1);
    assertEquals(0, meter.interval().getTotalCount());
  }
}
