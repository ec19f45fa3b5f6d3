package dev.slogate.slo.record;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which series of a run to read: every request together, the request names a predicate accepts, or the group
 * paths (joined with {@link RunRecord#GROUP_SEPARATOR}) it accepts. The record package's own form of a request
 * selector, so that what was measured does not depend on how objectives are written.
 *
 * @param kind what the predicate applies to
 * @param accepts which names (or group paths) are selected; ignored for {@link Kind#ALL}
 */
public record SeriesFilter(Kind kind, Predicate<String> accepts) {

  /** What a filter selects among. */
  public enum Kind {
    /** Every request, the run's overall series. */
    ALL,
    /** Requests by name, whatever group they ran in. */
    REQUEST,
    /** Group executions by path. */
    GROUP
  }

  private static final SeriesFilter ALL_REQUESTS = new SeriesFilter(Kind.ALL, name -> true);

  public SeriesFilter {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(accepts, "accepts");
  }

  public static SeriesFilter allRequests() {
    return ALL_REQUESTS;
  }

  public static SeriesFilter requests(Predicate<String> names) {
    return new SeriesFilter(Kind.REQUEST, names);
  }

  public static SeriesFilter groups(Predicate<String> paths) {
    return new SeriesFilter(Kind.GROUP, paths);
  }
}
