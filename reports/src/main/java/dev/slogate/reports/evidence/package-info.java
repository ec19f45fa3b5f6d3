/**
 * Where a verdict came from: {@link dev.slogate.reports.evidence.Evidence} (SLO hash, git commit, redacted target,
 * versions, injectors). Public API because every {@link dev.slogate.reports.ReportInput} carries one; the
 * package-private classes are its implementation, and writing {@code evidence.json} is internal.
 */
package dev.slogate.reports.evidence;
