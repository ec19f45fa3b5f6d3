package dev.slogate.slo.record;

import dev.slogate.slo.health.InjectorTimeline;
import java.util.Objects;

/**
 * Which injector produced (part of) a record: enough to tell records of several injector pods, or of
 * several trials, apart after they were merged.
 *
 * @param id an identifier unique within one run, such as a pod index or a host name
 * @param host the machine the injector ran on
 * @param gatlingVersion the Gatling version that wrote the log
 * @param epochStartMillis when this injector's Gatling run started, epoch milliseconds
 * @param index which injector of a shared run this is ({@code slogate.injectors.index}); null for a run of one
 * @param count how many injectors shared the run; null for a run of one
 * @param clock its clock's offset against a reference at its start; null when not measured (a run of one)
 * @param health this injector's own health timeline, kept apart in a merged record so that a phase it was unhealthy
 *     in names it; not recorded for a run of one, whose record holds the timeline itself
 */
public record InjectorInfo(String id, String host, String gatlingVersion, long epochStartMillis, Integer index,
    Integer count, ClockOffset clock, InjectorTimeline health) {

  public InjectorInfo {
    health = health == null ? InjectorTimeline.notRecorded() : health;
    if ((index == null) != (count == null)) {
      throw new IllegalArgumentException("an injector's index and count are given together");
    }
  }

  /** The injector of a run of one. */
  public InjectorInfo(String id, String host, String gatlingVersion, long epochStartMillis) {
    this(id, host, gatlingVersion, epochStartMillis, null, null, null, null);
  }

  /** This injector as one of a shared run: its share, its clock and its own health. */
  public InjectorInfo asShare(int shareIndex, int shareCount, ClockOffset offset, InjectorTimeline timeline) {
    return new InjectorInfo(id, host, gatlingVersion, epochStartMillis, shareIndex, shareCount, offset,
        Objects.requireNonNull(timeline, "timeline"));
  }

  /** Whether this injector ran a share of a run of several. */
  public boolean shared() {
    return index != null;
  }

  /** "injector 1 of 3 (host-a)", or "injector-0 (host-a)" for a run of one. */
  public String label() {
    return (shared() ? "injector " + index + " of " + count : id) + " (" + host + ")";
  }
}
