package dev.slogate.chaos.failover;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP target in its own process, to be stopped and resumed: serves {@code GET /health} with 200.
 * {@link #main} runs in the child and exits when its stdin closes (the test JVM ended); the rest runs in the
 * test.
 */
final class HealthServer implements AutoCloseable {

  private static final String PORT_LINE = "port ";

  private final Process process;
  private final URI url;

  private HealthServer(Process process, URI url) {
    this.process = process;
    this.url = url;
  }

  static HealthServer start() throws IOException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx32m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
        String.join(File.pathSeparator, classPath.split(File.pathSeparator)), HealthServer.class.getName())
        .redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith(PORT_LINE)) {
      process.destroyForcibly();
      throw new IOException("health server did not start: " + line);
    }
    return new HealthServer(process, URI.create("http://127.0.0.1:" + line.substring(PORT_LINE.length())));
  }

  URI url() {
    return url;
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(5, TimeUnit.SECONDS);
  }

  public static void main(String[] args) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext("/health", exchange -> {
      byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    System.out.println(PORT_LINE + server.getAddress().getPort());
    System.out.flush();
    while (System.in.read() >= 0) {
      // The parent holds the pipe: end of input means the test JVM is gone.
    }
    System.exit(0);
  }
}
