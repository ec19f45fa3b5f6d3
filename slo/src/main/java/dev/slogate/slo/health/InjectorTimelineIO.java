package dev.slogate.slo.health;

import dev.slogate.slo.record.HistogramCodec;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The injector timeline's file in a run folder, {@value #FILE_NAME}: a comment line with the schema id
 * {@value #SCHEMA}, a header line, then one line per second, appended as the run goes.
 *
 * <p><b>Appended, not written atomically at the end</b> (unlike every other file of a run folder, which goes through
 * config's {@code AtomicFiles}): the timeline is the evidence most wanted exactly when the injector's JVM dies (out of
 * memory, out of descriptors, killed), and a file written at the end would then not exist. Each line is flushed
 * when its second ends, the file is opened once so that a run out of descriptors still writes it, and a reader
 * ignores a last line cut off by a crash, as the log reader treats a truncated log.
 *
 * <p>Columns: {@code epochSecond}, {@code processCpu} and {@code machineCpu} (shares, 4 decimals, empty when
 * unknown), {@code gcPauseMillis}, {@code openDescriptors}, {@code maxDescriptors}, {@code openConnections} (-1 when
 * unknown), {@code hiccupMicros} (HdrHistogram's compressed encoding in base64, empty when the meter recorded
 * nothing).
 */
public final class InjectorTimelineIO {

  public static final String SCHEMA = "slogate.injector-health/v1";

  /** The timeline's name in a run folder. */
  public static final String FILE_NAME = "injector-health.csv";

  static final String HEADER =
      "epochSecond,processCpu,machineCpu,gcPauseMillis,openDescriptors,maxDescriptors,openConnections,hiccupMicros";

  private InjectorTimelineIO() {}

  /** Opens {@code file} for appending, writing the schema and the header first when it is new. */
  public static Appender append(Path file) {
    try {
      boolean fresh = !Files.exists(file) || Files.size(file) == 0;
      BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND, StandardOpenOption.WRITE);
      Appender appender = new Appender(out, file);
      if (fresh) {
        appender.write("# " + SCHEMA + "\n" + HEADER + "\n");
      }
      return appender;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes the lines of one run; flushed line by line. Not thread-safe: one sampler thread appends. */
  public static final class Appender implements Closeable {

    private final BufferedWriter out;
    private final Path file;

    private Appender(BufferedWriter out, Path file) {
      this.out = out;
      this.file = file;
    }

    public void append(InjectorSample sample) {
      write(line(sample) + "\n");
    }

    private void write(String text) {
      try {
        out.write(text);
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * The timeline in {@code file}; {@link InjectorTimeline#notRecorded()} when there is no such file. A last line cut
   * off by a crash is left out.
   *
   * @throws IllegalArgumentException naming the file and line, for another schema or a damaged line
   */
  public static InjectorTimeline read(Path file) {
    if (!Files.isRegularFile(file)) {
      return InjectorTimeline.notRecorded();
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    // The text after the last newline is empty, or a line the crash cut off.
    lines.remove(lines.size() - 1);
    if (lines.size() < 2 || !lines.get(0).equals("# " + SCHEMA) || !lines.get(1).equals(HEADER)) {
      throw new IllegalArgumentException(file + " is not an injector timeline of schema " + SCHEMA);
    }
    List<InjectorSample> samples = new ArrayList<>();
    for (int i = 2; i < lines.size(); i++) {
      try {
        samples.add(parse(lines.get(i)));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a sample: " + e.getMessage(), e);
      }
    }
    return InjectorTimeline.of(samples);
  }

  /** The timeline's samples as lines of the file, without the header: how a run record stores them. */
  public static List<String> lines(InjectorTimeline timeline) {
    return timeline.samples().stream().map(InjectorTimelineIO::line).toList();
  }

  /**
   * A recorded timeline from lines made by {@link #lines}.
   *
   * @throws IllegalArgumentException for a damaged line
   */
  public static InjectorTimeline fromLines(List<String> lines) {
    List<InjectorSample> samples = new ArrayList<>();
    for (String line : lines) {
      samples.add(parse(line));
    }
    return InjectorTimeline.of(samples);
  }

  /** One sample as a line of the file, without its newline. */
  static String line(InjectorSample s) {
    String hiccups = HistogramCodec.encode(s.hiccupMicros());
    return s.epochSecond() + "," + share(s.processCpu()) + "," + share(s.machineCpu()) + "," + s.gcPauseMillis() + ","
        + s.openDescriptors() + "," + s.maxDescriptors() + "," + s.openConnections() + "," + (hiccups == null ? "" : hiccups);
  }

  private static InjectorSample parse(String line) {
    String[] f = line.split(",", -1);
    if (f.length != 8) {
      throw new IllegalArgumentException(f.length + " fields, expected 8");
    }
    return new InjectorSample(Long.parseLong(f[0]), share(f[1]), share(f[2]), Long.parseLong(f[3]),
        HistogramCodec.decode(f[7].isEmpty() ? null : f[7]), Long.parseLong(f[4]), Long.parseLong(f[5]),
        Long.parseLong(f[6]));
  }

  private static String share(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
  }

  private static double share(String text) {
    return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
  }
}
