package dev.slogate.benchmarks.reliability;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** A loopback HTTP server that answers every request 200 with no body: a target for the trials' short runs. */
final class OkServer implements AutoCloseable {

  private final HttpServer server;

  private OkServer(HttpServer server) {
    this.server = server;
  }

  static OkServer start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    return new OkServer(server);
  }

  /** {@code 127.0.0.1:port}. */
  String hostAndPort() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
