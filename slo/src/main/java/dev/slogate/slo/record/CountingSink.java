package dev.slogate.slo.record;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link Totals} fed as an {@link EventSink}, with failure messages counted in one-element arrays, so that
 * counting a known message allocates nothing: the base of a {@link WindowedRun}'s segments and edge seconds.
 */
abstract class CountingSink extends Totals implements EventSink {

  private final Map<String, long[]> koMessages = new HashMap<>();

  @Override
  public final void userStarted() {
    countUserStarted();
  }

  @Override
  public final void userEnded() {
    countUserEnded();
  }

  @Override
  public final void crashError() {
    countCrashError();
  }

  final void countKoMessages(String key, long count) {
    koMessages.computeIfAbsent(key, k -> new long[1])[0] += count;
  }

  final Map<String, long[]> koMessages() {
    return koMessages;
  }

  /** Empties the counters and messages, keeping the map's capacity. */
  final void clearCounts() {
    clearCounters();
    koMessages.clear();
  }
}
