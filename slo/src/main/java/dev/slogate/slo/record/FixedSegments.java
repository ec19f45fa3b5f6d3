package dev.slogate.slo.record;

import java.util.ArrayList;
import java.util.List;

/**
 * Segments between cut seconds known before the log is read (every phase window boundary of a run plan). Events
 * before the first cut or after the last are dropped: no window a plan asks about reaches there.
 */
final class FixedSegments implements Segmentation {

  private final long[] cuts;
  private final SegmentTotals[] totals;
  // Events come nearly in time order: the last second's segment is almost always the one asked for.
  private long cachedSecond = Long.MIN_VALUE;
  private EventSink cachedSink = EventSink.NONE;

  /** @param cuts sorted, distinct epoch seconds */
  FixedSegments(long[] cuts) {
    this.cuts = cuts.clone();
    this.totals = new SegmentTotals[Math.max(0, cuts.length - 1)];
    for (int i = 0; i < totals.length; i++) {
      totals[i] = new SegmentTotals();
    }
  }

  @Override
  public EventSink at(long epochSecond) {
    if (epochSecond != cachedSecond) {
      cachedSink = locate(epochSecond);
      cachedSecond = epochSecond;
    }
    return cachedSink;
  }

  private EventSink locate(long epochSecond) {
    if (totals.length == 0 || epochSecond < cuts[0] || epochSecond >= cuts[cuts.length - 1]) {
      return EventSink.NONE;
    }
    int found = java.util.Arrays.binarySearch(cuts, epochSecond);
    // Not found: -(insertion point) - 1, and the segment is the one starting at the cut before the insertion point.
    return totals[found >= 0 ? found : -found - 2];
  }

  @Override
  public List<Segment> finish() {
    List<Segment> segments = new ArrayList<>(totals.length);
    for (int i = 0; i < totals.length; i++) {
      segments.add(new Segment(cuts[i], cuts[i + 1], totals[i]));
    }
    return segments;
  }

  @Override
  public boolean keepsEverySecond() {
    return false;
  }

  @Override
  public SecondCounts newSecondCounts() {
    return cuts.length == 0 ? SecondCounts.within(0, 0) : SecondCounts.within(cuts[0], cuts[cuts.length - 1]);
  }

  /** From a second before the first cut: a phase begins up to a second before its first whole second. */
  @Override
  public UserTimelineBuilder newUserTimeline() {
    return cuts.length == 0 ? UserTimelineBuilder.within(0, 0)
        : UserTimelineBuilder.within(cuts[0] - 1, cuts[cuts.length - 1]);
  }
}
