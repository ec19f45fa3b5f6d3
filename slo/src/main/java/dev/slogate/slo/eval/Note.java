package dev.slogate.slo.eval;

import dev.slogate.slo.record.ClockOffset;
import java.util.List;
import java.util.Optional;

/**
 * What a reader should know about how a run was judged, as data; reports word it
 * ({@code dev.slogate.reports.words.Words}). A note never changes a verdict. Immutable.
 */
public sealed interface Note {

  /** No run plan: the whole run is one phase, warm-up included, and the load is not checked. */
  record NoRunPlan() implements Note {}

  /**
   * A merged run whose injectors' clocks were not all measured against the coordinator: each such injector with its
   * offset, empty when it was not measured at all.
   */
  record UnverifiedClocks(List<UnverifiedClock> injectors) implements Note {

    public UnverifiedClocks {
      injectors = List.copyOf(injectors);
    }
  }

  /** One injector whose clock offset is unverified. */
  record UnverifiedClock(String injector, Optional<ClockOffset> clock) {}

  /** A phase whose load could not be checked (a closed model without users, no whole second). */
  record LoadNotChecked(PhaseValidity phase) implements Note {}

  /** The injector's health is unknown in (at least) this phase; said once. */
  record HealthNotRecorded(PhaseHealth health) implements Note {}

  /** The record is incomplete (the log ended early): the verdict cannot be PASS. */
  record IncompleteRecord() implements Note {}

  /** Objectives no load test can verify, by name. */
  record NotCoveredObjectives(List<String> names) implements Note {
    public NotCoveredObjectives {
      names = List.copyOf(names);
    }
  }

  /** Errors Gatling reported of its own (crashed actions, failed expressions) that produced no request. */
  record GatlingErrors(long count) implements Note {}

  /** The plan scaled the documented workload down by {@code factor}; {@code changes} say what was divided. */
  record ScaledDown(double factor, List<String> changes) implements Note {
    public ScaledDown {
      changes = List.copyOf(changes);
    }
  }

  /** The target runs the guide's timings {@code timeScale} times faster; {@code changes} say which maxima followed. */
  record TimeScaled(double timeScale, List<String> changes) implements Note {
    public TimeScaled {
      changes = List.copyOf(changes);
    }
  }

  /**
   * Most judged requests failed ({@code failed} of {@code requests}); {@code judgingFailures} names the objectives
   * that judge failures, empty when none does.
   */
  record MostlyFailed(long failed, long requests, List<String> judgingFailures) implements Note {
    public MostlyFailed {
      judgingFailures = List.copyOf(judgingFailures);
    }
  }

  /** How the run was compared with its baseline, or why not. */
  record BaselineCompared(dev.slogate.slo.baseline.Regression regression) implements Note {}
}
