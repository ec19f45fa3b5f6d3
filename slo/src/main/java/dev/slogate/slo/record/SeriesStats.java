package dev.slogate.slo.record;

import org.HdrHistogram.Histogram;

/**
 * Response times of one series (all requests, one request name, or one group) over some span of time,
 * split by outcome. Values are milliseconds, the resolution of Gatling's log.
 *
 * <p>Counts are the histograms' total counts, so they can never disagree with the latencies. Instances are
 * mutable only while a {@link RunRecordBuilder} or a merge fills them; everything handed out of a finished
 * {@link RunRecord} is a copy or is never written again.
 */
public final class SeriesStats {

  /** Three significant digits: exact up to 2,048 ms, within 0.05% above. */
  static final int SIGNIFICANT_DIGITS = 3;

  private final Histogram ok;
  private final Histogram ko;

  public SeriesStats() {
    this(newHistogram(), newHistogram());
  }

  SeriesStats(Histogram ok, Histogram ko) {
    this.ok = ok;
    this.ko = ko;
  }

  /** An auto-resizing histogram: its memory follows the largest value seen, not a configured maximum. */
  public static Histogram newHistogram() {
    Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
    histogram.setAutoResize(true);
    return histogram;
  }

  void record(long latencyMillis, boolean isOk) {
    (isOk ? ok : ko).recordValue(Math.max(0, latencyMillis));
  }

  void add(SeriesStats other) {
    ok.add(other.ok);
    ko.add(other.ko);
  }

  SeriesStats copy() {
    return new SeriesStats(ok.copy(), ko.copy());
  }

  public long okCount() {
    return ok.getTotalCount();
  }

  public long koCount() {
    return ko.getTotalCount();
  }

  public long count() {
    return okCount() + koCount();
  }

  /** Response times of successful requests. Do not modify. */
  public Histogram ok() {
    return ok;
  }

  /** Response times of failed requests. Do not modify. */
  public Histogram ko() {
    return ko;
  }

  /** Response times of every request, whatever its outcome: a new histogram. */
  public Histogram all() {
    Histogram all = ok.copy();
    all.add(ko);
    return all;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeriesStats other && ok.equals(other.ok) && ko.equals(other.ko);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(okCount() * 31 + koCount());
  }

  @Override
  public String toString() {
    return "SeriesStats[ok=" + okCount() + ", ko=" + koCount() + "]";
  }
}
