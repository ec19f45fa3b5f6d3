/**
 * slogate for Gatling users: a simulation writes Gatling's own {@code setUp(...)} and adds slogate's typed phases,
 * chaos stage and run hook, and every run ends judged against its SLO file, with its sign-off bundle written and
 * the gate's exit status. Read first {@link dev.slogate.simulations.SlogateDsl} (the static entry point used with
 * {@code import static}: {@code slogate(this)}, {@code warmUp}, {@code steady}, {@code closed}…), then
 * {@link dev.slogate.simulations.SlogateRun} (the hook a simulation forwards {@code before()} and {@code after()}
 * to), {@link dev.slogate.simulations.LoadPlan} and {@link dev.slogate.simulations.FaultStage}. The reference
 * simulations ({@code SteadyLoad}, {@code Smoke}, {@code Soak}, {@code Spike}, {@code Stress},
 * {@code FailoverUnderLoad}, {@code Readiness}) are here because users name them in
 * {@code -Dgatling.simulationClass}.
 *
 * <p>Public API, used by simulations users write, by {@code benchmarks}, or named by users:
 * <ul>
 *   <li>this package: the DSL, the run hook, the options ({@link dev.slogate.simulations.SimulationOptions}),
 *       the deprecated {@code SlogateSimulation} adapter and the reference simulations;
 *   <li>{@code dev.slogate.simulations.load}: the phase values and workloads the DSL hands out and takes
 *       ({@code OpenPhase}, {@code ClosedPhase}, {@code SystemWorkload}, {@code Workload}, {@code LoadShape});
 *   <li>{@code dev.slogate.simulations.chaos}: {@code ChaosStage}, whose phase names a fault stage's phases take;
 *   <li>{@code dev.slogate.simulations.seeds}: the five seed systems' simulations, named in their SLO catalogs and
 *       run by {@code benchmarks};
 *   <li>{@code dev.slogate.simulations.run}: {@code GatlingResults}, where Gatling wrote its results, used by
 *       {@code benchmarks}.
 * </ul>
 * In those packages, what is not public is their implementation. {@code dev.slogate.simulations.internal} holds
 * the rest: public for this module's sake only, no API, free to change.
 */
package dev.slogate.simulations;
