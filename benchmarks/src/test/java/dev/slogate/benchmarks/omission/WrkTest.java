package dev.slogate.benchmarks.omission;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.benchmarks.internal.harness.Programs;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wrk (a real process) against the stall server: its own count and percentiles, and the server's record. */
class WrkTest {

  @Test
  void printsItsPercentilesAndEveryRequestReachesTheServer(@TempDir Path dir) throws Exception {
    Programs.require(Wrk.binary().isPresent(), "wrk", "wrk");
    // A 1 ms stall a minute: effectively never, so every answer is immediate.
    try (StallServer server = new StallServer(new StallSchedule(60_000, 1))) {
      Wrk.Result result = Wrk.run(server.url() + "/", 2, Duration.ofSeconds(1), dir);

      assertTrue(result.requests() > 100, "wrk sent " + result.requests());
      assertEquals(0, result.errors());
      assertEquals(4, result.percentileMicros().size());
      assertTrue(result.percentileMicros().get(50.0) <= result.percentileMicros().get(99.0));
      assertTrue(result.maxMicros() >= result.percentileMicros().get(99.9));
      // The server records an exchange once it has completed, which can be just after wrk has its answer.
      long served = await("the server's record of every request wrk counted").atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(10))
          .until(() -> server.served(0, Long.MAX_VALUE).getTotalCount(), count -> count >= result.requests());
      // wrk counts completed requests; the server may also have answered the last ones wrk dropped at its deadline.
      assertTrue(served >= result.requests() && served <= result.requests() + 2, served + " served, wrk counted " + result.requests());
    }
  }
}
