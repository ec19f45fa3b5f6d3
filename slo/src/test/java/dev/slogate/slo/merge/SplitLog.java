package dev.slogate.slo.merge;

import dev.slogate.slo.gatling.LogEventListener;
import dev.slogate.slo.gatling.RunHeader;
import dev.slogate.slo.gatling.SimulationLogDecoder;
import dev.slogate.slo.gatling.SyntheticLogWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntUnaryOperator;

/**
 * A real Gatling log's records, kept in file order so that they can be dealt out to several logs: what several
 * injectors would have written had each run some of the virtual users. Request records carry no user id, so records
 * are dealt out by index, each part written with the project's {@link SyntheticLogWriter}.
 */
final class SplitLog {

  private final RunHeader header;
  private final List<BiConsumer<SyntheticLogWriter, RunHeader>> records;

  private SplitLog(RunHeader header, List<BiConsumer<SyntheticLogWriter, RunHeader>> records) {
    this.header = header;
    this.records = records;
  }

  static SplitLog of(Path log) {
    RunHeader[] header = new RunHeader[1];
    List<BiConsumer<SyntheticLogWriter, RunHeader>> records = new ArrayList<>();
    SimulationLogDecoder.decode(log, new LogEventListener() {
      @Override
      public void onRun(RunHeader h) {
        header[0] = h;
      }

      @Override
      public void onUser(String scenario, boolean start, long epochMillis) {
        records.add((w, h) -> w.user(h.scenarios().indexOf(scenario), start, epochMillis));
      }

      @Override
      public void onRequest(List<String> groups, String name, long start, long end, boolean ok, String message) {
        records.add((w, h) -> w.request(groups, name, start, end, ok, message));
      }

      @Override
      public void onGroup(List<String> path, long start, long end, int cumulated, boolean ok) {
        records.add((w, h) -> w.group(path, start, end, cumulated, ok));
      }

      @Override
      public void onError(String message, long epochMillis) {
        records.add((w, h) -> w.error(message, epochMillis));
      }
    });
    return new SplitLog(header[0], records);
  }

  int size() {
    return records.size();
  }

  RunHeader header() {
    return header;
  }

  /**
   * Writes {@code parts} logs, {@code folder/part-<i>/simulation.log}; record {@code r} goes to part
   * {@code partOf.applyAsInt(r)}.
   */
  List<Path> write(Path folder, int parts, IntUnaryOperator partOf) {
    List<SyntheticLogWriter> writers = new ArrayList<>();
    List<Path> logs = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      Path log = folder.resolve("part-" + i).resolve(SimulationLogDecoder.LOG_FILE_NAME);
      logs.add(log);
      writers.add(SyntheticLogWriter.create(log, header.gatlingVersion(), header.simulation(),
          header.epochStartMillis(), header.scenarios()));
    }
    for (int r = 0; r < records.size(); r++) {
      records.get(r).accept(writers.get(partOf.applyAsInt(r)), header);
    }
    writers.forEach(SyntheticLogWriter::close);
    return logs;
  }
}
