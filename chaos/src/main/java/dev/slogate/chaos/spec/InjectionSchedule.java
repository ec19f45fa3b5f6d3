package dev.slogate.chaos.spec;

import static dev.slogate.chaos.spec.SpecViolation.require;
import static dev.slogate.chaos.spec.SpecViolation.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When an experiment injects during a load run.
 *
 * @param offset from the start of the steady phase to the first injection
 * @param repetitions how many times the fault is injected
 * @param spacing from the end of one injection (its duration elapsed) to the start of the next
 */
public record InjectionSchedule(Duration offset, int repetitions, Duration spacing) {

  public InjectionSchedule {
    required(offset, "offset");
    require(!offset.isNegative(), "offset", "must not be negative");
    require(repetitions >= 1 && repetitions <= 1000, "repetitions", "must be from 1 to 1000");
    required(spacing, "spacing");
    require(!spacing.isNegative(), "spacing", "must not be negative");
  }

  /** Inject once, at the start of the steady phase. */
  public static InjectionSchedule once() {
    return new InjectionSchedule(Duration.ZERO, 1, Duration.ZERO);
  }

  /** Offsets into the steady phase at which each repetition starts, for faults lasting {@code faultDuration}. */
  public List<Duration> startOffsets(Duration faultDuration) {
    List<Duration> starts = new ArrayList<>(repetitions);
    Duration next = offset;
    for (int i = 0; i < repetitions; i++) {
      starts.add(next);
      next = next.plus(faultDuration).plus(spacing);
    }
    return List.copyOf(starts);
  }

  @JsonCreator
  static InjectionSchedule of(@JsonProperty("offset") Duration offset,
      @JsonProperty("repetitions") Integer repetitions, @JsonProperty("spacing") Duration spacing) {
    return new InjectionSchedule(offset == null ? Duration.ZERO : offset, repetitions == null ? 1 : repetitions,
        spacing == null ? Duration.ZERO : spacing);
  }
}
