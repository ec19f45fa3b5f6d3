package dev.slogate.benchmarks.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Thirty-odd broken Gatling logs made from a real one, each in a run folder of its own: cut at many places, bytes
 * flipped, headers only, other formats. Deterministic (a fixed seed), so every trial run tries the same logs.
 */
final class BrokenLogs {

  /** Logs whose evidence is incomplete: judging them PASS would be a wrong PASS. */
  static final String INCOMPLETE = "incomplete";
  /** Logs with a byte changed: a located error, or plausible records judged on their merits. */
  static final String FLIPPED = "flipped";

  record BrokenLog(String name, String damage, Path folder) {}

  private BrokenLogs() {}

  static List<BrokenLog> write(Path realLog, Path unsupportedLog, Path into) throws IOException {
    byte[] real = Files.readAllBytes(realLog);
    Map<String, byte[]> incomplete = new LinkedHashMap<>();
    for (double fraction : new double[] {0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.9999}) {
      incomplete.put("cut-at-" + fraction, Arrays.copyOf(real, (int) (real.length * fraction)));
    }
    incomplete.put("empty", new byte[0]);
    incomplete.put("one-byte", new byte[] {0});
    incomplete.put("text-file", "timestamp,request,status\n1,GET /,200\n".getBytes(StandardCharsets.UTF_8));
    incomplete.put("random-bytes", randomBytes(4096));
    incomplete.put("gzipped-log", gzip(real));
    incomplete.put("other-gatling-version", Files.readAllBytes(unsupportedLog));
    incomplete.put("png-file", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    incomplete.put("a-second-run-record", concat(real, Arrays.copyOf(real, 64)));
    incomplete.put("zeros-appended", concat(real, new byte[7]));

    Map<String, byte[]> flipped = new LinkedHashMap<>();
    Random random = new Random(15);
    for (int i = 0; i < 12; i++) {
      int at = random.nextInt(real.length);
      byte[] copy = real.clone();
      copy[at] = (byte) ~copy[at];
      flipped.put("flip-at-" + at, copy);
    }

    List<BrokenLog> logs = new ArrayList<>();
    incomplete.forEach((name, bytes) -> logs.add(write(into, name, INCOMPLETE, bytes)));
    flipped.forEach((name, bytes) -> logs.add(write(into, name, FLIPPED, bytes)));
    return logs;
  }

  private static BrokenLog write(Path into, String name, String damage, byte[] bytes) {
    try {
      Path folder = Files.createDirectories(into.resolve(name));
      Files.write(folder.resolve("simulation.log"), bytes);
      return new BrokenLog(name, damage, folder);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    new Random(14).nextBytes(bytes);
    return bytes;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (OutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
