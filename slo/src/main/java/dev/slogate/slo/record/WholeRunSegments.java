package dev.slogate.slo.record;

import java.util.ArrayList;
import java.util.List;

/**
 * The segments of a run read without a plan: its first second, its interior, and its last second. The evaluator
 * judges such a run as one window, and its throughput on the interior (the first and last seconds are only partly
 * covered by traffic), so these three are all it can ask for. Which seconds are the edges is only known at the end,
 * and a request logged late may have started before every second seen so far, so the current edges are kept as
 * events ({@link EdgeSecond}) and replayed into the interior when a new edge supersedes them.
 */
final class WholeRunSegments implements Segmentation {

  private final SegmentTotals interior = new SegmentTotals();
  private EdgeSecond first;
  /** Null while the run has a single second. */
  private EdgeSecond last;

  @Override
  public EventSink at(long epochSecond) {
    if (first == null) {
      first = new EdgeSecond(epochSecond);
      return first;
    }
    long firstSecond = first.epochSecond();
    if (epochSecond == firstSecond) {
      return first;
    }
    if (last != null) {
      long lastSecond = last.epochSecond();
      if (epochSecond == lastSecond) {
        return last;
      }
      if (epochSecond > firstSecond && epochSecond < lastSecond) {
        return interior;
      }
    }
    if (epochSecond > firstSecond) {
      // A new last second: the old one, if any, is inside the run from now on.
      if (last == null) {
        last = new EdgeSecond(epochSecond);
      } else {
        last.replayInto(interior);
        last.reset(epochSecond);
      }
      return last;
    }
    // A new first second, earlier than every one seen: the old first is inside, or becomes the last.
    if (last == null) {
      last = first;
    } else {
      first.replayInto(interior);
    }
    first = new EdgeSecond(epochSecond);
    return first;
  }

  @Override
  public List<Segment> finish() {
    List<Segment> segments = new ArrayList<>(3);
    if (first == null) {
      return segments;
    }
    segments.add(new Segment(first.epochSecond(), first.epochSecond() + 1, replayed(first)));
    if (last != null) {
      if (last.epochSecond() > first.epochSecond() + 1) {
        segments.add(new Segment(first.epochSecond() + 1, last.epochSecond(), interior));
      }
      segments.add(new Segment(last.epochSecond(), last.epochSecond() + 1, replayed(last)));
    }
    return segments;
  }

  private static SegmentTotals replayed(EdgeSecond edge) {
    SegmentTotals totals = new SegmentTotals();
    edge.replayInto(totals);
    return totals;
  }

  @Override
  public boolean keepsEverySecond() {
    return true;
  }

  @Override
  public SecondCounts newSecondCounts() {
    return SecondCounts.growable();
  }

  @Override
  public UserTimelineBuilder newUserTimeline() {
    return UserTimelineBuilder.wholeRun();
  }
}
