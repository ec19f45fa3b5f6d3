package dev.slogate.simulations.internal.scaleout;

import dev.slogate.slo.record.ClockOffset;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Measures an injector's clock offset when it starts, the way NTP does: note the local time {@code t0}, ask the
 * reference for its time {@code ts}, note {@code t1} on the answer; the offset is {@code ts - (t0 + t1) / 2}, true
 * within half the round trip. The round trip with the smallest delay of a few is kept, as NTP keeps its best sample.
 *
 * <p>Against the coordinator ({@link TimeEndpoint}) the offset is verified. Without a coordinator (a CI matrix), the
 * target's HTTP {@code Date} header is all there is: its one-second resolution adds half a second of uncertainty,
 * and the offset is recorded as unverified ({@link ClockOffset.Reference#TARGET_DATE_HEADER}). Neither answering
 * gives {@link ClockOffset#unknown()}: the run goes on, and the merge says the clock was not measured.
 *
 * <p>Every request is bounded: {@value #SAMPLES} round trips at most, each within {@link #TIMEOUT}.
 */
public final class ClockCheck {

  static final int SAMPLES = 5;
  static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final HttpClient client;
  private final Clock clock;

  public ClockCheck(Clock clock) {
    this(HttpClient.newBuilder().connectTimeout(TIMEOUT).build(), clock);
  }

  ClockCheck(HttpClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /** Against the coordinator's time endpoint; against nothing ({@link ClockOffset#unknown()}) if it never answers. */
  public ClockOffset againstCoordinator(String url) {
    Sample best = null;
    for (int i = 0; i < SAMPLES; i++) {
      Optional<Sample> sample = roundTrip(url, response -> parseMillis(response.body()));
      if (sample.isPresent() && (best == null || sample.get().roundTrip() < best.roundTrip())) {
        best = sample.get();
      }
    }
    return best == null ? ClockOffset.unknown()
        : new ClockOffset(ClockOffset.Reference.COORDINATOR, best.offset(), (best.roundTrip() + 1) / 2);
  }

  /**
   * Against the target's {@code Date} header: the header's second is taken at its middle, so half a second is added
   * to the round trip's uncertainty.
   */
  public ClockOffset againstDateHeader(String baseUrl) {
    Sample best = null;
    for (int i = 0; i < 2; i++) {
      Optional<Sample> sample = roundTrip(baseUrl, response -> response.headers().firstValue("Date")
          .flatMap(ClockCheck::parseDate).map(second -> second + 500));
      if (sample.isPresent() && (best == null || sample.get().roundTrip() < best.roundTrip())) {
        best = sample.get();
      }
    }
    return best == null ? ClockOffset.unknown()
        : new ClockOffset(ClockOffset.Reference.TARGET_DATE_HEADER, best.offset(), 500 + (best.roundTrip() + 1) / 2);
  }

  private record Sample(long offset, long roundTrip) {}

  private interface Reading {
    Optional<Long> millis(HttpResponse<String> response);
  }

  private Optional<Sample> roundTrip(String url, Reading reading) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
      long t0 = clock.millis();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      long t1 = clock.millis();
      return reading.millis(response).map(reference -> new Sample(reference - (t0 + t1) / 2, t1 - t0));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static Optional<Long> parseMillis(String body) {
    try {
      return Optional.of(Long.parseLong(body.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static Optional<Long> parseDate(String header) {
    try {
      return Optional.of(ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
