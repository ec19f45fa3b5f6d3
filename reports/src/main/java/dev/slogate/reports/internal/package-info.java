/**
 * Internal to the reports module: the formats behind {@link dev.slogate.reports.ReportFormats} (sub-packages
 * {@code verdict}, {@code html} with its charts, {@code junit}, {@code markdown}, {@code allure}), the writing of
 * {@code evidence.json} and the pieces of evidence ({@code evidence}), and what every format says the same way:
 * {@link dev.slogate.reports.internal.ObjectiveRow}, {@link dev.slogate.reports.internal.VerdictWords},
 * {@link dev.slogate.reports.internal.HealthWords} and {@link dev.slogate.reports.internal.ReportFiles}. Public
 * only so that the public packages can reach it; not an API, and no other module uses it.
 */
package dev.slogate.reports.internal;
