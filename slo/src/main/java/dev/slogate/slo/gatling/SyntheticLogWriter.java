package dev.slogate.slo.gatling;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@code simulation.log} in Gatling 3.15's binary format from events you give it. A fixture generator
 * for tests and benchmarks (logs of millions of requests without running Gatling for an hour); slogate never
 * uses it on a real run. The output is byte-compatible with Gatling's own writer, including the string cache and
 * Java's internal string layout, so Gatling's report generator can read it too.
 *
 * <p>Not thread-safe. Times are epoch milliseconds and must lie within ±24 days of the run start, because the
 * format stores them as {@code int} offsets.
 */
public final class SyntheticLogWriter implements Closeable {

  /** The version written into the Run record unless another is given. */
  public static final String DEFAULT_GATLING_VERSION = "3.15.1";

  private final Path file;
  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
  private final Map<String, Integer> cache = new HashMap<>();
  private final long runStart;
  private final int scenarioCount;

  private SyntheticLogWriter(Path file, long runStart, int scenarioCount) throws IOException {
    this.file = file;
    this.runStart = runStart;
    this.scenarioCount = scenarioCount;
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  /** Creates the file and writes its Run record, with no assertions. */
  public static SyntheticLogWriter create(
      Path file, String gatlingVersion, String simulation, long epochStartMillis, List<String> scenarios) {
    try {
      SyntheticLogWriter writer = new SyntheticLogWriter(file, epochStartMillis, scenarios.size());
      writer.writeRunRecord(gatlingVersion, simulation, scenarios);
      return writer;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  public static SyntheticLogWriter create(Path file, String simulation, long epochStartMillis, List<String> scenarios) {
    return create(file, DEFAULT_GATLING_VERSION, simulation, epochStartMillis, scenarios);
  }

  private void writeRunRecord(String gatlingVersion, String simulation, List<String> scenarios) {
    putByte(LogFormat.RUN);
    putString(gatlingVersion);
    putString(simulation);
    ensure(Long.BYTES);
    buffer.putLong(runStart);
    putString("");
    putInt(scenarios.size());
    scenarios.forEach(this::putString);
    putInt(0);
  }

  public SyntheticLogWriter user(int scenarioIndex, boolean start, long epochMillis) {
    if (scenarioIndex < 0 || scenarioIndex >= scenarioCount) {
      throw new IllegalArgumentException("scenario index " + scenarioIndex + " of " + scenarioCount);
    }
    putByte(LogFormat.USER);
    putInt(scenarioIndex);
    putByte(start ? (byte) 1 : 0);
    putInt(offset(epochMillis));
    return this;
  }

  /** @param message the failure message, or the empty string for none */
  public SyntheticLogWriter request(
      List<String> groups, String name, long startEpochMillis, long endEpochMillis, boolean ok, String message) {
    putByte(LogFormat.REQUEST);
    putGroups(groups);
    putCachedString(name);
    putInt(offset(startEpochMillis));
    putInt(offset(endEpochMillis));
    putByte(ok ? (byte) 1 : 0);
    putCachedString(message);
    return this;
  }

  public SyntheticLogWriter group(
      List<String> groupPath, long startEpochMillis, long endEpochMillis, int cumulatedResponseTimeMillis, boolean ok) {
    putByte(LogFormat.GROUP);
    putGroups(groupPath);
    putInt(offset(startEpochMillis));
    putInt(offset(endEpochMillis));
    putInt(cumulatedResponseTimeMillis);
    putByte(ok ? (byte) 1 : 0);
    return this;
  }

  public SyntheticLogWriter error(String message, long epochMillis) {
    putByte(LogFormat.ERROR);
    putCachedString(message);
    putInt(offset(epochMillis));
    return this;
  }

  private int offset(long epochMillis) {
    return Math.toIntExact(epochMillis - runStart);
  }

  private void putGroups(List<String> groups) {
    putInt(groups.size());
    groups.forEach(this::putCachedString);
  }

  private void putCachedString(String s) {
    Integer index = cache.get(s);
    if (index != null) {
      putInt(-index);
      return;
    }
    int newIndex = cache.size() + 1;
    cache.put(s, newIndex);
    putInt(newIndex);
    putString(s);
  }

  /** Java's compact-strings layout: one byte per char when every char fits LATIN1, else UTF16 little-endian. */
  private void putString(String s) {
    if (s.isEmpty()) {
      putInt(0);
      return;
    }
    boolean latin1 = s.chars().allMatch(c -> c <= 0xFF);
    int length = latin1 ? s.length() : s.length() * 2;
    ensure(Integer.BYTES + length + Byte.BYTES);
    buffer.putInt(length);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (latin1) {
        buffer.put((byte) c);
      } else {
        buffer.put((byte) c).put((byte) (c >>> 8));
      }
    }
    buffer.put(latin1 ? LogFormat.CODER_LATIN1 : LogFormat.CODER_UTF16);
  }

  private void putInt(int value) {
    ensure(Integer.BYTES);
    buffer.putInt(value);
  }

  private void putByte(byte value) {
    ensure(Byte.BYTES);
    buffer.put(value);
  }

  private void ensure(int bytes) {
    if (buffer.remaining() < bytes) {
      flush();
      if (buffer.remaining() < bytes) {
        throw new IllegalArgumentException("a value of " + bytes + " bytes is too long for a synthetic log");
      }
    }
  }

  private void flush() {
    buffer.flip();
    try {
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    buffer.clear();
  }

  @Override
  public void close() {
    flush();
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}
