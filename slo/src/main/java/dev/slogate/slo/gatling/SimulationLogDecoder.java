package dev.slogate.slo.gatling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a binary Gatling {@code simulation.log} to a {@link LogEventListener}.
 *
 * <p>Only logs of {@value #SUPPORTED_GATLING_SERIES}.x are accepted: the format has no version field of its
 * own, so the Gatling version in the Run record is the only guard against a silent format change. Memory use is
 * constant in the length of the log (the string cache grows with distinct names and messages only).
 *
 * <pre>{@code
 * DecodeResult result = SimulationLogDecoder.decode(runDirectory, new LogEventListener() {
 *   public void onRequest(List<String> groups, String name, long start, long end, boolean ok, String message) {
 *     ...
 *   }
 * });
 * }</pre>
 */
public final class SimulationLogDecoder {

  /** The Gatling release series whose logs slogate reads; the one place to change when Gatling is upgraded. */
  public static final String SUPPORTED_GATLING_SERIES = "3.15";

  public static final String LOG_FILE_NAME = "simulation.log";

  private final LogInput in;
  private final LogFields fields;
  private final LogEventListener listener;
  private List<String> scenarios;
  private long runStart;

  private SimulationLogDecoder(LogInput in, LogEventListener listener) {
    this.in = in;
    this.fields = new LogFields(in);
    this.listener = listener;
  }

  /** Decodes strictly: a truncated log is an error. */
  public static DecodeResult decode(Path logFileOrRunDirectory, LogEventListener listener) {
    return decode(logFileOrRunDirectory, ReadOptions.strict(), listener);
  }

  /**
   * @param logFileOrRunDirectory the log itself, or a Gatling run directory that holds it
   * @throws SimulationLogException for a log of another Gatling version, a corrupt log, or (unless the options
   *     allow it) a truncated one
   * @throws IllegalArgumentException when there is no such file
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static DecodeResult decode(Path logFileOrRunDirectory, ReadOptions options, LogEventListener listener) {
    Path file = locate(logFileOrRunDirectory);
    try (LogInput in = new LogInput(file)) {
      return new SimulationLogDecoder(in, listener).run(options);
    }
  }

  /** The log file itself, given either the file or the run directory that holds it. */
  public static Path locate(Path logFileOrRunDirectory) {
    Path file = Files.isDirectory(logFileOrRunDirectory)
        ? logFileOrRunDirectory.resolve(LOG_FILE_NAME)
        : logFileOrRunDirectory;
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(Files.isDirectory(logFileOrRunDirectory)
          ? "no " + LOG_FILE_NAME + " in directory " + logFileOrRunDirectory
          : "simulation log " + file + " does not exist");
    }
    return file;
  }

  private DecodeResult run(ReadOptions options) {
    RunHeader header = readRunRecord();
    listener.onRun(header);
    long events = 0;
    while (true) {
      long recordStart = in.offset();
      int recordType = in.readByteOrEnd();
      if (recordType < 0) {
        return new DecodeResult(in.file(), header, events, recordStart, in.size());
      }
      try {
        readRecord((byte) recordType, recordStart);
      } catch (LogInput.EndOfLog e) {
        if (!options.truncatedAllowed()) {
          throw truncated(recordStart, "a " + LogFormat.recordName((byte) recordType) + " record");
        }
        return new DecodeResult(in.file(), header, events, recordStart, in.size());
      }
      events++;
    }
  }

  private void readRecord(byte recordType, long recordStart) {
    switch (recordType) {
      case LogFormat.REQUEST -> readRequest();
      case LogFormat.USER -> readUser();
      case LogFormat.GROUP -> readGroup();
      case LogFormat.ERROR -> readError();
      case LogFormat.RUN -> throw fields.corrupt(recordStart, "a second Run record");
      default -> throw fields.corrupt(recordStart, "unknown record header byte " + (recordType & 0xFF));
    }
  }

  private void readRequest() {
    List<String> groups = fields.readGroups();
    String name = fields.readCachedString();
    long timesAt = in.offset();
    long start = runStart + offsetInRun(in.readInt(), timesAt, "request start");
    long end = runStart + offsetInRun(in.readInt(), timesAt, "request end");
    checkOrder(start, end, timesAt, "request");
    boolean ok = fields.readBoolean();
    String message = fields.readCachedString();
    listener.onRequest(groups, name, start, end, ok, message);
  }

  private void readUser() {
    long offset = in.offset();
    int scenario = in.readInt();
    if (scenario < 0 || scenario >= scenarios.size()) {
      throw fields.corrupt(offset, "scenario index " + scenario + " but the run has " + scenarios.size());
    }
    boolean start = fields.readBoolean();
    long timestamp = runStart + offsetInRun(in.readInt(), in.offset() - Integer.BYTES, "user " + (start ? "start" : "end"));
    listener.onUser(scenarios.get(scenario), start, timestamp);
  }

  private void readGroup() {
    List<String> path = fields.readGroups();
    long timesAt = in.offset();
    long start = runStart + offsetInRun(in.readInt(), timesAt, "group start");
    long end = runStart + offsetInRun(in.readInt(), timesAt, "group end");
    checkOrder(start, end, timesAt, "group");
    int cumulatedResponseTime = in.readInt();
    if (cumulatedResponseTime < 0) {
      throw fields.corrupt(timesAt, "negative cumulated response time " + cumulatedResponseTime + " ms in a group");
    }
    boolean ok = fields.readBoolean();
    listener.onGroup(path, start, end, cumulatedResponseTime, ok);
  }

  private void readError() {
    String message = fields.readCachedString();
    long timestamp = runStart + offsetInRun(in.readInt(), in.offset() - Integer.BYTES, "error time");
    listener.onError(message, timestamp);
  }

  private RunHeader readRunRecord() {
    int first = in.readByteOrEnd();
    if (first < 0) {
      throw new SimulationLogException(in.file(), 0, "empty file: not a Gatling simulation.log");
    }
    if (first != LogFormat.RUN) {
      throw new SimulationLogException(in.file(), 0, "not a binary Gatling simulation.log: it starts with byte 0x"
          + Integer.toHexString(first) + " instead of a Run record (Gatling 3.12 and older wrote text logs); "
          + supported());
    }
    try {
      long versionOffset = in.offset();
      String version = fields.readString();
      if (!version.equals(SUPPORTED_GATLING_SERIES) && !version.startsWith(SUPPORTED_GATLING_SERIES + ".")) {
        throw new SimulationLogException(in.file(), versionOffset, "written by Gatling " + version + "; " + supported());
      }
      String simulation = fields.readString();
      runStart = in.readLong();
      String description = fields.readString();
      int scenarioCount = fields.readCount("scenario count", LogFormat.MAX_LIST_SIZE);
      List<String> names = new ArrayList<>(scenarioCount);
      for (int i = 0; i < scenarioCount; i++) {
        names.add(LogFormat.sanitize(fields.readString()));
      }
      scenarios = List.copyOf(names);
      int assertionCount = fields.readCount("assertion count", LogFormat.MAX_LIST_SIZE);
      for (int i = 0; i < assertionCount; i++) {
        // Assertions are boopickle-encoded Scala objects; slogate judges its own SLOs and skips them.
        in.skip(fields.readCount("assertion length", LogFormat.MAX_ASSERTION_BYTES));
      }
      return new RunHeader(version, simulation, runStart, description, scenarios, assertionCount);
    } catch (LogInput.EndOfLog e) {
      throw truncated(0, "the Run record");
    }
  }

  private SimulationLogException truncated(long recordStart, String where) {
    return new SimulationLogException(
        in.file(), recordStart, "truncated log: the file ends at byte " + in.size() + ", inside " + where);
  }

  private static String supported() {
    return "slogate reads logs of Gatling " + SUPPORTED_GATLING_SERIES + ".x";
  }

  /*
   * Plausibility. The format has no checksum, so a flipped byte can decode into a record that looks real. These
   * cheap checks catch most flips in the time fields, which are most of a record's bytes: a time before the run
   * started, or an end before its start, is refused as corrupt. One second of slack allows for the wall clock,
   * which Gatling reads, being stepped back a little during a run.
   */
  private static final int CLOCK_STEP_BACK_MILLIS = 1_000;

  private int offsetInRun(int offsetMillis, long at, String what) {
    if (offsetMillis < -CLOCK_STEP_BACK_MILLIS) {
      throw fields.corrupt(at, what + " " + offsetMillis + " ms before the run started");
    }
    return offsetMillis;
  }

  private void checkOrder(long start, long end, long at, String what) {
    if (end < start - CLOCK_STEP_BACK_MILLIS) {
      throw fields.corrupt(at, what + " ends " + (start - end) + " ms before it starts");
    }
  }
}
