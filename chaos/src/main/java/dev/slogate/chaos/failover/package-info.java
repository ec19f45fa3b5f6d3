/**
 * Failover measurement: running an experiment against a backend while a prober watches, and turning the
 * probe samples into failover time, time to detect, downtime and fault windows.
 *
 * <h2>What failover time means</h2>
 *
 * <p>Failover time runs from the moment the fault is <em>confirmed</em> in place (the backend saw the
 * process gone, stopped, or the Chaos Mesh resource injected) to the first probe of N consecutive
 * successes. Which run of N successes counts matters as soon as the outage is partial.
 *
 * <p>Behind a round-robin balancer with three replicas, killing one makes only every third request fail
 * until the balancer's health checks take it out of rotation. Three successful probes in a row then say
 * nothing: they may simply have gone to the two live replicas while the dead one is still in rotation.
 * The target has failed over when it stops failing, so {@link dev.slogate.chaos.failover.FailoverMeter}
 * takes the run of N successes that follows the <em>last</em> failed probe of the fault's window. With a
 * total outage (one replica, or every request failing) this is the same as the first run of N successes;
 * with a partial one it is the first run after which the target is healthy for good.
 *
 * <p>The probes bound the error. Failures count from when the probe was sent, successes from when the
 * answer arrived (a probe that hung while a process was stopped answers the moment it is resumed). So a
 * total outage's start and end are each seen at most one gap between probes late (the prober's jitter makes
 * that 0.5 to 1.5 intervals); downtime and failover time are accurate to about one interval. In a partial outage the last failed probe can come before the balancer
 * actually reacted, by as many probes as happened to reach live replicas in a row: with strictly
 * alternating probes and k replicas, at most k−1 intervals; mixed with other traffic, a geometric number of
 * them. Probe often (tens of milliseconds) when the bound matters.
 *
 * <h2>Downtime, time to detect, KOs</h2>
 *
 * <p>Downtime adds up the stretches of consecutive failed probes, each from its first failure to the answer
 * of the next success. In a partial outage each lone failed probe counts until the next probe's answer, so
 * downtime is the time the probe saw failures, not the time every client did.
 * Time to detect runs from the injection to the first failed probe. The load generator's failed requests
 * are counted from the injection to the later of the fault's end and the failover (a resumed replica still
 * fails requests until the balancer takes it back), over whole seconds of the run record.
 *
 * <h2>Abort conditions</h2>
 *
 * <p>{@link dev.slogate.chaos.failover.AbortMonitor} judges an experiment's abort conditions on the probes
 * of the last {@code over}, once the probes cover that whole window, and the runner aborts the fault the
 * moment one holds.
 *
 * <p>Public API: {@code simulations} and {@code benchmarks} run experiments with
 * {@link dev.slogate.chaos.failover.ExperimentRunner} and read {@link dev.slogate.chaos.failover.FaultRun}s.
 */
package dev.slogate.chaos.failover;
