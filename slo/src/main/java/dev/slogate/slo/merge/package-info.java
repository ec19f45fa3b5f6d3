/**
 * The runs of the injectors of one shared run merged into the run of the whole, exactly: {@link
 * dev.slogate.slo.merge.RunMerge} adds their records second by second and keeps each injector's provenance;
 * {@link dev.slogate.slo.merge.InjectorRun} reads an injector's run folder; {@link dev.slogate.slo.merge.MergedRun}
 * writes the merged folder, which the one pipeline judges as any run folder; {@link dev.slogate.slo.merge.Outcomes}
 * merges what an {@link dev.slogate.slo.scaleout.InjectorLauncher} reported.
 */
package dev.slogate.slo.merge;
