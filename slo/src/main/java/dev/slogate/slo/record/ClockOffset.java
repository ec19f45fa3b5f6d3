package dev.slogate.slo.record;

import java.util.Objects;

/**
 * How far an injector's clock was from a reference when it started, measured the way NTP does: the injector notes
 * its own time {@code t0}, asks the reference for its time {@code ts}, notes {@code t1} when the answer comes, and
 * takes {@code ts - (t0 + t1) / 2}; the true offset lies within half the round trip of it.
 *
 * <p>Records of several injectors are added second by second on each injector's own clock, so an injector whose
 * clock is {@code d} ms off moves {@code d/1000} of each of its seconds into the neighbouring second. The merge
 * accepts an offset up to {@value #BOUND_MILLIS} ms: one tick of the user timeline the schedule lag is read on, and a
 * tenth of the one-second slice every window is judged on; a phase window loses or gains at most a tenth of one
 * edge second's arrivals, inside the load check's one arrival of slack at the rates one injector drives per tick.
 *
 * @param reference what the offset was measured against
 * @param offsetMillis the reference's time minus the injector's, in milliseconds
 * @param uncertaintyMillis how far the true offset may be from {@code offsetMillis}: half the round trip, plus half a
 *     second for an HTTP {@code Date} header, whose resolution is one second
 */
public record ClockOffset(Reference reference, long offsetMillis, long uncertaintyMillis) {

  /** The largest offset the merge accepts, in milliseconds (see the class documentation). */
  public static final long BOUND_MILLIS = 100;

  /** What an injector's clock was compared with. */
  public enum Reference {
    /** The coordinator's time endpoint, by a round trip: a verified offset. */
    COORDINATOR("the coordinator's clock (round trip)"),
    /** The target's HTTP {@code Date} header: one second of resolution, so the offset is unverified. */
    TARGET_DATE_HEADER("the target's HTTP Date header (1 s resolution, unverified)"),
    /** Nothing could be asked: the offset is unknown. */
    NONE("nothing (no coordinator, and the target sent no Date header)");

    private final String words;

    Reference(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  public ClockOffset {
    Objects.requireNonNull(reference, "reference");
    if (uncertaintyMillis < 0) {
      throw new IllegalArgumentException("an uncertainty cannot be negative: " + uncertaintyMillis);
    }
  }

  /** No reference answered. */
  public static ClockOffset unknown() {
    return new ClockOffset(Reference.NONE, 0, 0);
  }

  /** Measured by a round trip to the coordinator, within a bound that means something for one-second slices. */
  public boolean verified() {
    return reference == Reference.COORDINATOR;
  }

  /**
   * Whether the clock is off by more than {@link #BOUND_MILLIS}: for a verified offset, when the offset and its
   * uncertainty together may exceed the bound; for an unverified one, only when even the most favourable reading of
   * its one-second resolution does (it cannot show a smaller offset, so it is never taken as proof of one).
   */
  public boolean beyondBound() {
    long size = Math.abs(offsetMillis);
    return switch (reference) {
      case COORDINATOR -> size + uncertaintyMillis > BOUND_MILLIS;
      case TARGET_DATE_HEADER -> size - uncertaintyMillis > BOUND_MILLIS;
      case NONE -> false;
    };
  }

  /** "+12 ms ±1 ms against the coordinator's clock (round trip)". */
  public String describe() {
    if (reference == Reference.NONE) {
      return "not measured: " + reference.words();
    }
    return (offsetMillis >= 0 ? "+" : "") + offsetMillis + " ms ±" + uncertaintyMillis + " ms against "
        + reference.words();
  }
}
