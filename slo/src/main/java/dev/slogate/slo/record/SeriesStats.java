package dev.slogate.slo.record;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.PackedHistogram;

/**
 * Response times of one series (all requests, one request name, or one group) over some span of time,
 * split by outcome. Values are milliseconds, the resolution of Gatling's log.
 *
 * <p>Counts are the histograms' total counts, so they can never disagree with the latencies. Instances are
 * mutable only while a {@link RunRecordBuilder} or a merge fills them, and only from this package: the histograms
 * are never handed out. A caller reads them as copies ({@link #ok()}, {@link #ko()}, {@link #all()}) or adds them
 * into a histogram of its own ({@link #addOkTo}, {@link #addKoTo}), which costs no copy on the evaluator's path.
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

  /**
   * A packed, auto-resizing histogram. A record holds two per series per second, most of them nearly
   * empty: a plain {@code Histogram(3)} costs 17 KB even when empty (259 MB for a 1,000 s run of a few
   * request names), the packed form stores only the buckets in use (18 MB for the same run), at about
   * 1.5x the recording cost.
   */
  public static Histogram newHistogram() {
    return new PackedHistogram(SIGNIFICANT_DIGITS);
  }

  /**
   * A plain auto-resizing histogram, for sums over windows: only a handful exist at a time, so their size does not
   * matter, and adding into a plain array and walking it for ranks is several times faster than the packed form.
   */
  public static Histogram newSumHistogram() {
    return new Histogram(SIGNIFICANT_DIGITS);
  }

  /** Empty series stats that sums are added into. */
  static SeriesStats forSums() {
    return new SeriesStats(newSumHistogram(), newSumHistogram());
  }

  void record(long latencyMillis, boolean isOk) {
    (isOk ? ok : ko).recordValue(Math.max(0, latencyMillis));
  }

  void add(SeriesStats other) {
    ok.add(other.ok);
    ko.add(other.ko);
  }

  /** Adds histograms of another kind (a segment's plain ones); null stands for an empty one. */
  void add(Histogram okToAdd, Histogram koToAdd) {
    if (okToAdd != null) {
      ok.add(okToAdd);
    }
    if (koToAdd != null) {
      ko.add(koToAdd);
    }
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

  /** Response times of successful requests: a new histogram, so changing it changes nothing here. */
  public Histogram ok() {
    return ok.copy();
  }

  /** Response times of failed requests: a new histogram, so changing it changes nothing here. */
  public Histogram ko() {
    return ko.copy();
  }

  /** Adds the response times of successful requests into {@code into}, without copying them first. */
  public void addOkTo(Histogram into) {
    into.add(ok);
  }

  /** Adds the response times of failed requests into {@code into}, without copying them first. */
  public void addKoTo(Histogram into) {
    into.add(ko);
  }

  /** Response times of every request, whatever its outcome: a new histogram. */
  public Histogram all() {
    Histogram all = ok.copy();
    all.add(ko);
    return all;
  }

  /** The histogram itself, for {@link RunRecordIO} to encode without a copy; never handed further. */
  Histogram okForWriting() {
    return ok;
  }

  /** The histogram itself, for {@link RunRecordIO} to encode without a copy; never handed further. */
  Histogram koForWriting() {
    return ko;
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
