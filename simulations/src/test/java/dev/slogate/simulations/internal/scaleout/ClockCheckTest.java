package dev.slogate.simulations.internal.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.slogate.slo.record.ClockOffset;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The clock offset measured by a round trip against a coordinator whose clock is set apart from the injector's by a
 * known amount, and against a target's {@code Date} header; all on loopback.
 */
class ClockCheckTest {

  /** The injector's clock: 2.5 s behind the reference's. */
  private static final Duration BEHIND = Duration.ofMillis(2_500);

  @Test
  void aRoundTripToTheCoordinatorFindsTheOffsetWithinHalfTheRoundTrip() {
    Clock reference = Clock.systemUTC();
    Clock injector = Clock.offset(reference, BEHIND.negated());
    try (TimeEndpoint endpoint = TimeEndpoint.start(reference)) {
      ClockOffset offset = new ClockCheck(injector).againstCoordinator(endpoint.url());
      assertEquals(ClockOffset.Reference.COORDINATOR, offset.reference());
      assertTrue(Math.abs(offset.offsetMillis() - BEHIND.toMillis()) <= offset.uncertaintyMillis() + 1, offset.describe());
      assertTrue(offset.uncertaintyMillis() < 100, "loopback answers within a few milliseconds: " + offset.describe());
      assertTrue(offset.verified());
      assertTrue(offset.beyondBound(), "2.5 s is beyond the merge's bound: " + offset.describe());
    }
  }

  @Test
  void theSameClockOnBothSidesIsWithinTheBound() {
    try (TimeEndpoint endpoint = TimeEndpoint.start(Clock.systemUTC())) {
      ClockOffset offset = new ClockCheck(Clock.systemUTC()).againstCoordinator(endpoint.url());
      assertEquals(ClockOffset.Reference.COORDINATOR, offset.reference());
      assertFalse(offset.beyondBound(), offset.describe());
    }
  }

  @Test
  void aDateHeaderGivesAnUnverifiedOffsetWithHalfASecondMore() throws Exception {
    // The JDK's server stamps every answer with its own Date header, to the second.
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
    server.createContext("/", exchange -> {
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    try {
      Clock injector = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-3));
      ClockOffset offset = new ClockCheck(injector)
          .againstDateHeader("http://127.0.0.1:" + server.getAddress().getPort() + "/");
      assertEquals(ClockOffset.Reference.TARGET_DATE_HEADER, offset.reference());
      assertTrue(offset.uncertaintyMillis() >= 500 && offset.uncertaintyMillis() < 600, offset.describe());
      assertTrue(Math.abs(offset.offsetMillis() - 3_000) <= offset.uncertaintyMillis(), offset.describe());
      assertFalse(offset.verified());
      assertTrue(offset.beyondBound(), "3 s off is clear even at 1 s resolution: " + offset.describe());
      assertTrue(offset.describe().endsWith("(1 s resolution, unverified)"), offset.describe());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aDateHeaderCannotShowAnOffsetSmallerThanItsResolution() {
    assertFalse(new ClockOffset(ClockOffset.Reference.TARGET_DATE_HEADER, 550, 510).beyondBound());
    assertTrue(new ClockOffset(ClockOffset.Reference.TARGET_DATE_HEADER, 650, 510).beyondBound());
  }

  @Test
  void aDateHeaderIsReadAsRfc1123() {
    assertEquals(Instant.parse("2026-12-08T01:00:07Z").toEpochMilli(),
        ClockCheck.parseDate("Tue, 08 Dec 2026 01:00:07 GMT").orElseThrow());
    assertTrue(ClockCheck.parseDate("yesterday").isEmpty());
  }

  @Test
  void nothingAnsweringGivesAnUnknownOffset() {
    ClockOffset offset = new ClockCheck(Clock.systemUTC()).againstCoordinator("http://127.0.0.1:1/slogate/time");
    assertEquals(ClockOffset.unknown(), offset);
    assertFalse(offset.beyondBound());
  }
}
