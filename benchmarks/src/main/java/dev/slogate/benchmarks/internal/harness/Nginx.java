package dev.slogate.benchmarks.internal.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * nginx (the Debian package) as a foreground process of our own: its own configuration and prefix in a
 * folder, one worker, one loopback port, a location that answers 200 at once. With an access log, every
 * request's {@code $msec $request_time} is written unbuffered, nginx's own view of each request (millisecond
 * resolution, its limit).
 */
public final class Nginx implements AutoCloseable {

  /** Where Debian installs it; PATH is searched too. */
  private static final List<Path> CANDIDATES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/local/sbin/nginx"));

  private final Process process;
  private final int port;
  private final Path accessLog;

  private Nginx(Process process, int port, Path accessLog) {
    this.process = process;
    this.port = port;
    this.accessLog = accessLog;
  }

  /** The nginx binary, or empty when nginx is not installed. */
  public static Optional<Path> binary() {
    for (Path candidate : CANDIDATES) {
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Executables.onPath("nginx");
  }

  /**
   * Starts nginx in {@code folder} (created if needed) and returns once it listens.
   *
   * @param withAccessLog whether to log {@code $msec $request_time} for every request
   */
  public static Nginx start(Path folder, boolean withAccessLog) throws IOException, InterruptedException {
    Path nginx = binary().orElseThrow(() -> new IllegalStateException("nginx is not installed (apt-get install -y nginx)"));
    Path prefix = folder.toAbsolutePath();
    Files.createDirectories(prefix.resolve("logs"));
    Files.createDirectories(prefix.resolve("tmp"));
    int port = LoopbackPort.free();
    Path accessLog = prefix.resolve("logs/access.log");
    Files.deleteIfExists(accessLog);
    Path conf = prefix.resolve("nginx.conf");
    Files.writeString(conf, config(prefix, port, withAccessLog ? accessLog : null));
    Process process = new ProcessBuilder(nginx.toString(), "-p", prefix + "/", "-c", conf.toString(),
        "-e", prefix.resolve("logs/error.log").toString(), "-g", "daemon off;")
        .redirectErrorStream(true)
        .redirectOutput(prefix.resolve("logs/console.txt").toFile())
        .start();
    ProcessTree.stopOnExit(process);
    if (!LoopbackPort.awaitListening(port, Duration.ofSeconds(10))) {
      ProcessTree.stop(process, Duration.ofSeconds(2));
      throw new IllegalStateException("nginx did not listen on 127.0.0.1:" + port + " within 10 s: "
          + read(prefix.resolve("logs/error.log")) + read(prefix.resolve("logs/console.txt")));
    }
    return new Nginx(process, port, withAccessLog ? accessLog : null);
  }

  private static String config(Path prefix, int port, Path accessLog) {
    String log = accessLog == null ? "access_log off;" : "access_log " + accessLog + " timing;";
    return """
        # Written by the slogate benchmarks: one worker, loopback only, a 200 at once.
        worker_processes 1;
        pid %1$s/nginx.pid;
        events { worker_connections 16384; }
        http {
          log_format timing '$msec $request_time';
          %2$s
          keepalive_requests 1000000;
          keepalive_timeout 75s;
          client_body_temp_path %1$s/tmp/body;
          proxy_temp_path %1$s/tmp/proxy;
          fastcgi_temp_path %1$s/tmp/fastcgi;
          uwsgi_temp_path %1$s/tmp/uwsgi;
          scgi_temp_path %1$s/tmp/scgi;
          server {
            listen 127.0.0.1:%3$d;
            location / { return 200 "ok\\n"; }
          }
        }
        """.formatted(prefix, log, port);
  }

  private static String read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** The access log; read it after {@link #close()}, when nginx has written everything. */
  public Optional<Path> accessLog() {
    return Optional.ofNullable(accessLog);
  }

  /** Stops nginx (SIGTERM, then SIGKILL) and waits for it. Idempotent. */
  @Override
  public void close() {
    if (process.isAlive()) {
      ProcessTree.stop(process, Duration.ofSeconds(5));
    }
  }
}
