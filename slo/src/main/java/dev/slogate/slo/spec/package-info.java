/**
 * SLO specs: the model ({@link dev.slogate.slo.spec.SloSpec}, one record per
 * {@link dev.slogate.slo.spec.ObjectiveKind}) and its loading ({@link dev.slogate.slo.spec.SloSpecs}).
 *
 * <p>Files are slogate's own YAML format or OpenSLO v1; embedded catalogs are loaded by name. Parsing first
 * builds a tree that keeps every value's line and column, then reads it strictly: an unknown key is an error
 * (a typo must never silently disable an objective), and every error is one line,
 * {@code file:line:column: field: message}. Units are required wherever a bare number could be misread by a
 * factor of 1,000.
 */
package dev.slogate.slo.spec;
