package dev.slogate.stack.replica;

import dev.slogate.config.OptionValues;
import dev.slogate.config.Options;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point of a replica process. Reads its {@link ReplicaConfig} as the first line of stdin,
 * starts its server, and prints {@value #LISTENING_PREFIX}PORT as the single line of stdout the
 * parent waits for. Lives until its parent closes stdin or dies.
 */
public final class ReplicaMain {

  public static final String LISTENING_PREFIX = "SLOGATE_REPLICA_LISTENING ";
  /** I/O threads of each replica's server. */
  public static final String IO_THREADS_PROPERTY = Options.REPLICA_IO_THREADS.key();

  // Held so the logger configuration is not garbage-collected.
  private static final Logger ROOT_LOGGER = Logger.getLogger("");

  private ReplicaMain() {}

  public static void main(String[] args) throws IOException {
    // XNIO and Undertow announce themselves at INFO; a replica should be silent unless in trouble.
    ROOT_LOGGER.setLevel(Level.WARNING);
    InputStream stdin = new BufferedInputStream(System.in);
    String line = readLine(stdin);
    if (line == null) {
      return;
    }
    ReplicaServer server;
    try {
      ReplicaConfig config = ReplicaConfig.fromJson(line);
      ParentWatch.start(stdin, config.parentPid());
      server = ReplicaServer.start(config, OptionValues.load().orDefault(Options.REPLICA_IO_THREADS).orElseThrow());
    } catch (RuntimeException e) {
      // The parent shows this line in its error; a stack trace would not fit there.
      System.err.println("replica: cannot start: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.out.println(LISTENING_PREFIX + server.port());
    System.out.flush();
  }

  /** The first line; the same stream then goes to the parent watch, which needs its end. */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      buffer.write(b);
    }
    return b == -1 && buffer.size() == 0 ? null : buffer.toString(StandardCharsets.UTF_8);
  }
}
