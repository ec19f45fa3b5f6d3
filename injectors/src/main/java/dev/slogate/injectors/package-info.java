/**
 * Scale-out: a run's N injectors started somewhere else than the coordinator's JVM, and their run folders brought
 * back for one exact merge and one verdict.
 *
 * <p>slo's {@link dev.slogate.slo.scaleout.InjectorLauncher} is the one seam every backend fills: a
 * {@link dev.slogate.slo.scaleout.InjectorRequest} in, one {@link dev.slogate.slo.scaleout.InjectorOutcome} per index
 * out. {@link dev.slogate.injectors.KubernetesInjectors} runs them as an Indexed Job, and
 * {@link dev.slogate.injectors.PodEntrypoint} is what each injector pod runs. This module has no Gatling on its class
 * path: the pod runs Gatling in a child JVM.
 */
package dev.slogate.injectors;
