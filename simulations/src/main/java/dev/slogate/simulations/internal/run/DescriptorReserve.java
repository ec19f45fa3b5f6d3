package dev.slogate.simulations.internal.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A few file descriptors held from the start of a run and given back at its end, so that the end of the run
 * can always read the log and write the sign-off bundle.
 *
 * <p>An open-model run whose injector or target falls behind sends every late request on a connection of its
 * own: with a few seconds' stall at thousands of users per second the JVM reaches its descriptor limit
 * ({@code ulimit -n}), and Gatling keeps the connections in its pool until the JVM exits. Without a reserve,
 * the end of such a run could not even list the results folder, and the run's evidence (the very run that
 * shows the saturation) would be lost.
 */
public final class DescriptorReserve implements AutoCloseable {

  /** Enough for the end of a run: the log, one report file at a time, a directory listing, class loading. */
  public static final int DEFAULT_SIZE = 64;

  private static final Path ANY_READABLE_FILE = Path.of("/dev/null");

  private final List<FileChannel> held;

  private DescriptorReserve(List<FileChannel> held) {
    this.held = held;
  }

  /** Takes {@code count} descriptors now, or as many as the process still has. */
  public static DescriptorReserve hold(int count) {
    List<FileChannel> held = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      try {
        held.add(FileChannel.open(ANY_READABLE_FILE));
      } catch (IOException | UnsupportedOperationException e) {
        break; // no /dev/null, or no descriptor left: a smaller reserve is still a reserve
      }
    }
    return new DescriptorReserve(held);
  }

  /** How many descriptors are held now. */
  public synchronized int size() {
    return held.size();
  }

  /** Gives the descriptors back; later calls do nothing. */
  @Override
  public synchronized void close() {
    for (FileChannel channel : held) {
      try {
        channel.close();
      } catch (IOException e) {
        // closing /dev/null does not fail in any way that matters here
      }
    }
    held.clear();
  }
}
