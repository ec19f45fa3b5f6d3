/**
 * Internal to the simulations module, in sub-packages: {@code chaos} (the chaos stage's settings, backends, fault
 * plan and session), {@code run} (the end of a run: {@code EndOfRun}, run folders, the baseline chosen, the
 * descriptor reserve, the steady-state summary), {@code health} (the injector's health sampler) and {@code target}
 * (where the load goes: a URL or the embedded stack). Public only so that the DSL and the run hook can reach them;
 * not an API, and no other module uses them.
 */
package dev.slogate.simulations.internal;
