package dev.slogate.slo.record;

/**
 * Where a {@link WindowedRunBuilder} puts the events of one second: the segment that second belongs to. Series
 * are numbers from {@link SeriesIndex}: a request's name, or a group's path.
 */
interface EventSink {

  /** For seconds no kept window contains: their events are dropped. */
  EventSink NONE = new EventSink() {
    @Override
    public void request(int series, long latencyMillis, boolean ok, String message) {}

    @Override
    public void group(int series, long durationMillis, boolean ok) {}

    @Override
    public void userStarted() {}

    @Override
    public void userEnded() {}

    @Override
    public void crashError() {}
  };

  /** @param message the failure message of a KO (ignored for OK) */
  void request(int series, long latencyMillis, boolean ok, String message);

  void group(int series, long durationMillis, boolean ok);

  void userStarted();

  void userEnded();

  void crashError();
}
