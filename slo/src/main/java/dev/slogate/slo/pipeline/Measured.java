package dev.slogate.slo.pipeline;

import dev.slogate.slo.record.RunMeasurements;
import dev.slogate.slo.spec.SloSpec;

/**
 * A run read, with the objectives it will be judged on.
 *
 * @param run what was asked
 * @param measurements the run's measurements: a {@link dev.slogate.slo.record.RunRecord} when a baseline is compared
 * @param spec the objectives as given
 * @param judged the objectives judged: {@code spec}, or fewer (see {@link LeaveOutFailover})
 */
public record Measured(RunToJudge run, RunMeasurements measurements, SloSpec spec, SloSpec judged) {}
