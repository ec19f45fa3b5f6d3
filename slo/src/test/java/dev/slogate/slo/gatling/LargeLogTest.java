package dev.slogate.slo.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.WindowStats;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A synthetic log of 1.2 million requests: the record's size follows seconds, not requests, and its percentiles
 * still equal the brute-force ones.
 */
class LargeLogTest {

  private static final int REQUESTS = 1_200_000;
  private static final int RATE = 5_000;

  @TempDir
  Path dir;

  @Test
  void aRecordHoldsOneSlicePerSecondAndExactCounts() {
    SyntheticLogGenerator.Summary generated =
        SyntheticLogGenerator.generate(dir.resolve("simulation.log"), REQUESTS, RATE, 7);

    long started = System.nanoTime();
    RunRecord record = SimulationLogReader.read(dir, "big");
    long elapsedNanos = System.nanoTime() - started;
    System.out.printf("read %,d requests (%,d bytes) into a RunRecord in %d ms: %.1f M requests/s%n",
        generated.requests(), generated.bytes(), elapsedNanos / 1_000_000, generated.requests() * 1e3 / elapsedNanos);

    // 1.2 M requests at 5,000/s arrive over 240 s; the last users' slow requests and ends spill a few seconds over.
    long seconds = record.endEpochSecondExclusive() - record.firstEpochSecond();
    assertEquals(seconds, record.slices().size(), "one slice per second, no gaps");
    assertTrue(seconds >= 240 && seconds <= 260, seconds + " seconds");

    WindowStats whole = record.whole();
    assertEquals(generated.requests(), whole.overall().count());
    assertEquals(generated.users(), whole.usersStarted());
    assertEquals(generated.users(), whole.usersEnded());
    assertEquals(generated.crashErrors(), whole.crashErrors());
    assertEquals(generated.groups(), whole.groups().get("Checkout").count());
    assertEquals(List.of("Cart", "Home", "Pay", "Search"), List.copyOf(whole.requests().keySet()));
    assertEquals(whole.overall().koCount(), whole.koMessages().get(SyntheticLogGenerator.FAILURE_MESSAGE));
    assertTrue(record.metadata().complete());
  }

  @Test
  void percentilesEqualBruteForceOverMillionsOfRequests() {
    SyntheticLogGenerator.generate(dir.resolve("simulation.log"), REQUESTS, RATE, 11);
    long[] latencies = new long[REQUESTS];
    int[] count = {0};
    long started = System.nanoTime();
    DecodeResult result = SimulationLogDecoder.decode(dir, new LogEventListener() {
      @Override
      public void onRequest(List<String> groups, String name, long start, long end, boolean ok, String message) {
        latencies[count[0]++] = end - start;
      }
    });
    long elapsedNanos = System.nanoTime() - started;
    System.out.printf("decoded %,d events in %d ms: %.1f M events/s%n",
        result.events(), elapsedNanos / 1_000_000, result.events() * 1e3 / elapsedNanos);
    assertEquals(REQUESTS, count[0]);
    Arrays.sort(latencies);

    var all = SimulationLogReader.read(dir, "big").whole().overall().all();
    assertTrue(latencies[REQUESTS - 1] > 2048, "the tail must reach the range where buckets are wider than 1 ms");
    for (double p : new double[] {50, 90, 99, 99.9, 99.99, 100}) {
      assertEquals(BruteForce.nearestRank(latencies, p), all.getValueAtPercentile(p), 1.0, "p" + p);
    }
  }
}
