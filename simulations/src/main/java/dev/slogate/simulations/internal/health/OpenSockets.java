package dev.slogate.simulations.internal.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's open sockets: the entries of {@code /proc/self/fd} that link to {@code socket:[inode]}.
 *
 * <p>What it counts: every socket of the Gatling JVM, TCP and UDP, connected or listening. With the embedded
 * reference stack the target runs in the same JVM, so each loopback connection counts twice (the client's end and the
 * server's) and the stack's listening sockets once. It is the figure that competes for the descriptor limit, which is
 * why it is read here rather than from {@code /proc/net/tcp}, which lists the whole network namespace and not the
 * process. Without {@code /proc} (not Linux) it is unknown.
 */
final class OpenSockets {

  private static final Path FDS = Path.of("/proc/self/fd");

  private OpenSockets() {}

  /** The open sockets now; -1 when {@code /proc/self/fd} cannot be read. */
  static long count() {
    return count(FDS);
  }

  static long count(Path fdFolder) {
    if (!Files.isDirectory(fdFolder)) {
      return -1;
    }
    long sockets = 0;
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdFolder)) {
      for (Path fd : fds) {
        try {
          if (Files.readSymbolicLink(fd).toString().startsWith("socket:")) {
            sockets++;
          }
        } catch (IOException | UnsupportedOperationException e) {
          // closed between the listing and the read, or not a link: not an open socket
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
    return sockets;
  }
}
