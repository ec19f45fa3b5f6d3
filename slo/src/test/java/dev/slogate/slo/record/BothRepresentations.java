package dev.slogate.slo.record;

import java.util.List;

/** Feeds the same events to a RunRecordBuilder and a WindowedRunBuilder, as a log reader would feed one of them. */
final class BothRepresentations {

  static final long EPOCH_START = 1_700_000_000_400L;
  static final long SECOND = EPOCH_START / 1000;

  private final RunRecordBuilder record = new RunRecordBuilder();
  private final WindowedRunBuilder windowed;

  BothRepresentations(WindowedRunBuilder windowed) {
    this.windowed = windowed;
  }

  /** A request (in group {@code groups}) started {@code offsetMillis} after the run start. */
  BothRepresentations request(String name, List<String> groups, long offsetMillis, long latencyMillis, boolean ok) {
    long start = EPOCH_START + offsetMillis;
    String message = ok ? "" : "status.find.is(200), but actually found 5" + (offsetMillis % 3);
    record.request(name, groups, start, start + latencyMillis, ok, message);
    windowed.request(name, groups, start, start + latencyMillis, ok, message);
    return this;
  }

  BothRepresentations group(List<String> path, long offsetMillis, long durationMillis, boolean ok) {
    long start = EPOCH_START + offsetMillis;
    record.group(path, start, start + durationMillis, ok);
    windowed.group(path, start, start + durationMillis, ok);
    return this;
  }

  BothRepresentations user(long startOffsetMillis, long endOffsetMillis) {
    record.userStarted(EPOCH_START + startOffsetMillis);
    windowed.userStarted(EPOCH_START + startOffsetMillis);
    record.userEnded(EPOCH_START + endOffsetMillis);
    windowed.userEnded(EPOCH_START + endOffsetMillis);
    return this;
  }

  BothRepresentations crash(long offsetMillis) {
    record.crashError(EPOCH_START + offsetMillis);
    windowed.crashError(EPOCH_START + offsetMillis);
    return this;
  }

  RunRecord record() {
    return record.build(metadata());
  }

  WindowedRun windowed() {
    return windowed.build(metadata());
  }

  static RunMetadata metadata() {
    return new RunMetadata("run-1", "dev.slogate.SyntheticSimulation", EPOCH_START, List.of("scenario"),
        List.of(new InjectorInfo("injector-0", "localhost", "3.15.1", EPOCH_START)), true);
  }
}
