package dev.slogate.slo.record;

import java.util.List;

/** How a {@link WindowedRunBuilder} assigns each second to a segment. */
interface Segmentation {

  /** Where the events that started in this second go. */
  EventSink at(long epochSecond);

  /** The segments, in time order and without gaps between them; nothing is recorded afterwards. */
  List<Segment> finish();

  /**
   * Whether every event landed in some segment. Then a second outside all of them held no event at all, and a
   * window reaching past them is still exact.
   */
  boolean keepsEverySecond();

  /** Per-second counters over the seconds this segmentation keeps. */
  SecondCounts newSecondCounts();

  /** User starts and ends over the seconds this segmentation keeps, and the second before (a phase's partial start). */
  UserTimelineBuilder newUserTimeline();
}
