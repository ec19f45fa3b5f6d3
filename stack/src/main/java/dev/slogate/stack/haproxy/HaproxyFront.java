package dev.slogate.stack.haproxy;

import dev.slogate.stack.HealthCheck;
import dev.slogate.stack.StackException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real HAProxy in front of the reference replicas, configured from the stack profile's health check
 * ({@link HaproxyConfig}). For measuring failover behind the balancer production systems actually run.
 *
 * <p>HAProxy runs in the foreground under a small shell that kills it when this JVM's pipe closes, so it
 * dies with its parent however the parent dies, like the replicas do.
 */
public final class HaproxyFront implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private final Process process;
  private final Path workDir;
  private final HaproxyConfig config;

  private HaproxyFront(Process process, Path workDir, HaproxyConfig config) {
    this.process = process;
    this.workDir = workDir;
    this.config = config;
  }

  /** Whether an {@code haproxy} binary is on the PATH. */
  public static boolean available() {
    try {
      Process probe = new ProcessBuilder("haproxy", "-v").redirectErrorStream(true).start();
      probe.getInputStream().readAllBytes();
      return probe.waitFor(5, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Starts HAProxy on {@code frontPort} (0 picks a free one) in front of {@code replicaUrls} and returns once
   * it accepts connections.
   *
   * @throws StackException when haproxy is missing, rejects its configuration or does not come up
   */
  public static HaproxyFront start(List<String> replicaUrls, HealthCheck check, int frontPort) {
    Path dir;
    try {
      dir = Files.createTempDirectory("slogate-haproxy-");
    } catch (IOException e) {
      throw new StackException("cannot create a folder for haproxy: " + e.getMessage(), e);
    }
    int port = frontPort == 0 ? FreePort.loopback() : frontPort;
    HaproxyConfig config = new HaproxyConfig(port, replicaUrls, check, dir.resolve("admin.sock"));
    Path configFile = dir.resolve("haproxy.cfg");
    try {
      Files.writeString(configFile, config.render());
      // The shell reads its stdin until this JVM closes it (on exit or death), then stops haproxy. A
      // background job's stdin is /dev/null, so the pipe is handed over as descriptor 3.
      String script = "exec 3<&0; haproxy -f \"$1\" -db & hp=$!; (cat <&3 >/dev/null; kill $hp 2>/dev/null) & wait $hp";
      Process process = new ProcessBuilder("sh", "-c", script, "slogate-haproxy", configFile.toString())
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("haproxy.log").toFile())
          .start();
      HaproxyFront front = new HaproxyFront(process, dir, config);
      front.awaitListening();
      return front;
    } catch (IOException e) {
      throw new StackException("cannot start haproxy: " + e.getMessage(), e);
    }
  }

  public String frontUrl() {
    return "http://127.0.0.1:" + config.frontPort();
  }

  public HaproxyConfig config() {
    return config;
  }

  /** Points server {@code r<index>} at a replica that came back on another port, through the runtime API. */
  public void updateReplica(int index, String url) {
    URI uri = URI.create(url);
    String answer = command("set server " + HaproxyConfig.BACKEND + "/" + HaproxyConfig.serverName(index)
        + " addr " + uri.getHost() + " port " + uri.getPort());
    if (!answer.isBlank() && !answer.contains("changed") && !answer.contains("no need to change")) {
      throw new StackException("haproxy refused to move server r" + index + ": " + answer.trim());
    }
  }

  /** HAProxy's own view of server {@code r<index>}: {@code UP}, {@code DOWN}, or a transition like {@code UP 1/2}. */
  public String serverStatus(int index) {
    String csv = command("show stat");
    return csv.lines()
        .filter(line -> line.startsWith(HaproxyConfig.BACKEND + "," + HaproxyConfig.serverName(index) + ","))
        .map(line -> line.split(",", -1)[17])
        .findFirst()
        .orElseThrow(() -> new StackException("haproxy has no server r" + index));
  }

  private String command(String line) {
    try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(config.adminSocket()))) {
      channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII)));
      ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
      StringBuilder answer = new StringBuilder();
      while (channel.read(buffer) > 0) {
        buffer.flip();
        answer.append(StandardCharsets.US_ASCII.decode(buffer));
        buffer.clear();
      }
      return answer.toString();
    } catch (IOException e) {
      throw new StackException("haproxy runtime API: " + e.getMessage(), e);
    }
  }

  private void awaitListening() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new StackException("haproxy exited at start: " + log());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", config.frontPort()), 200);
        if (Files.exists(config.adminSocket())) {
          return;
        }
      } catch (IOException notYet) {
        // keep waiting
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    close();
    throw new StackException("haproxy did not listen on port " + config.frontPort() + " within " + START_TIMEOUT.toSeconds() + " s");
  }

  private String log() {
    try {
      return Files.readString(workDir.resolve("haproxy.log")).trim().replace('\n', ' ');
    } catch (IOException e) {
      return "(no log)";
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(workDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temp folder left behind is harmless
    }
  }
}
