package dev.slogate.simulations.internal.scaleout;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Executors;

/**
 * The coordinator's clock, served on loopback ({@code GET /slogate/time}: its epoch milliseconds as text), for the
 * injectors to measure their offset against by a round trip ({@link ClockCheck}). The JDK's own HTTP server: one
 * tiny endpoint needs no framework.
 */
public final class TimeEndpoint implements AutoCloseable {

  static final String PATH = "/slogate/time";

  private final HttpServer server;

  private TimeEndpoint(HttpServer server) {
    this.server = server;
  }

  /** Serves {@code clock} on a free loopback port. */
  public static TimeEndpoint start(Clock clock) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      server.createContext(PATH, exchange -> {
        byte[] body = Long.toString(clock.millis()).getBytes(StandardCharsets.US_ASCII);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      server.setExecutor(Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "slogate-time-endpoint");
        thread.setDaemon(true);
        return thread;
      }));
      server.start();
      return new TimeEndpoint(server);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve the coordinator's clock: " + e.getMessage(), e);
    }
  }

  /** The URL injectors are given ({@code slogate.injectors.coordinator}). */
  public String url() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + PATH;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
