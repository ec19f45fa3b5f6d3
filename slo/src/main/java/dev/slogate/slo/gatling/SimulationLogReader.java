package dev.slogate.slo.gatling;

import dev.slogate.config.Defaults;
import dev.slogate.config.OptionValues;
import dev.slogate.config.Options;
import dev.slogate.slo.record.CutPoints;
import dev.slogate.slo.record.InjectorInfo;
import dev.slogate.slo.record.RunMetadata;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunEventSink;
import dev.slogate.slo.record.RunRecordBuilder;
import dev.slogate.slo.record.WindowedRun;
import dev.slogate.slo.record.WindowedRunBuilder;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a Gatling {@code simulation.log} into a {@link RunRecord}: the log's events, streamed through a
 * {@link RunRecordBuilder}, so memory follows the number of seconds and names, never the number of requests.
 * Or, when the windows to judge are known before reading, into a {@link WindowedRun}
 * ({@link #readWindowed}), whose memory does not follow the number of seconds either.
 *
 * <p>The record names one injector: its id comes from the option {@code slogate.injector.id}
 * (default {@code injector-0}), its host is this machine. A log read with
 * {@link ReadOptions#allowTruncated()} that ended inside a record gives a record marked incomplete.
 */
public final class SimulationLogReader {

  public static final String INJECTOR_ID_PROPERTY = Options.INJECTOR_ID.key();
  public static final String DEFAULT_INJECTOR_ID = Defaults.INJECTOR_ID;

  private SimulationLogReader() {}

  /** Reads strictly: a truncated log is an error. */
  public static RunRecord read(Path logFileOrRunDirectory, String runId) {
    return read(logFileOrRunDirectory, runId, ReadOptions.strict());
  }

  /**
   * @throws SimulationLogException for a log of another Gatling version, a corrupt log, or (unless the options
   *     allow it) a truncated one
   * @throws IllegalArgumentException when there is no such file
   */
  public static RunRecord read(Path logFileOrRunDirectory, String runId, ReadOptions options) {
    Feeding<RunRecordBuilder> feeding = new Feeding<>(header -> new RunRecordBuilder());
    DecodeResult result = SimulationLogDecoder.decode(logFileOrRunDirectory, options, feeding);
    return feeding.sink.build(metadata(result, runId, options));
  }

  /**
   * Reads the log into per-window aggregates, cut where {@code cuts} says for the run start in its header. A log
   * read with {@link ReadOptions#allowTruncated()} that ended inside a record gives aggregates marked incomplete.
   *
   * @throws SimulationLogException for a log of another Gatling version, a corrupt log, or (unless the options
   *     allow it) a truncated one
   * @throws IllegalArgumentException when there is no such file
   */
  public static WindowedRun readWindowed(Path logFileOrRunDirectory, String runId, ReadOptions options, CutPoints cuts) {
    Feeding<WindowedRunBuilder> feeding = new Feeding<>(header -> WindowedRunBuilder.of(cuts, header.epochStartMillis()));
    DecodeResult result = SimulationLogDecoder.decode(logFileOrRunDirectory, options, feeding);
    return feeding.sink.build(metadata(result, runId, options));
  }

  private static RunMetadata metadata(DecodeResult result, String runId, ReadOptions options) {
    RunHeader header = result.header();
    InjectorInfo injector = new InjectorInfo(
        options.injectorId().orElseGet(() -> OptionValues.load().raw(INJECTOR_ID_PROPERTY).orElse(DEFAULT_INJECTOR_ID)),
        localHostName(),
        header.gatlingVersion(),
        header.epochStartMillis());
    return new RunMetadata(
        runId,
        header.simulation(),
        header.epochStartMillis(),
        header.scenarios(),
        List.of(injector),
        result.complete());
  }

  private static String localHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException | SecurityException e) {
      // A container without its own name in /etc/hosts: the kernel's name is still a useful label.
      String fromEnvironment = System.getenv("HOSTNAME");
      return fromEnvironment == null || fromEnvironment.isBlank() ? "unknown-host" : fromEnvironment;
    }
  }

  /**
   * Feeds decoded events to a builder, which is made once the header gives the run's start. One adapter for
   * both builders: the call sites stay at most bimorphic, and nothing is allocated per event.
   */
  private static final class Feeding<S extends RunEventSink> implements LogEventListener {
    private final Function<RunHeader, S> make;
    S sink;

    Feeding(Function<RunHeader, S> make) {
      this.make = make;
    }

    @Override
    public void onRun(RunHeader header) {
      sink = make.apply(header);
    }

    @Override
    public void onUser(String scenario, boolean start, long epochMillis) {
      if (start) {
        sink.userStarted(epochMillis);
      } else {
        sink.userEnded(epochMillis);
      }
    }

    @Override
    public void onRequest(
        List<String> groups, String name, long startEpochMillis, long endEpochMillis, boolean ok, String message) {
      sink.request(name, groups, startEpochMillis, endEpochMillis, ok, message);
    }

    @Override
    public void onGroup(
        List<String> groupPath, long startEpochMillis, long endEpochMillis, int cumulatedResponseTimeMillis, boolean ok) {
      sink.group(groupPath, startEpochMillis, endEpochMillis, ok);
    }

    @Override
    public void onError(String message, long epochMillis) {
      sink.crashError(epochMillis);
    }
  }
}
