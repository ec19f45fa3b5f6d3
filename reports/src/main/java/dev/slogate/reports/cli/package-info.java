/**
 * The {@code slogate} command-line tool: {@link dev.slogate.reports.cli.SlogateCli} and its commands
 * ({@code evaluate}, {@code report}, {@code pin}, {@code gate}, {@code help}). Public API: {@code SlogateCli} is the
 * jar's main class and {@code benchmarks} drives it in process; {@code CdsTraining} is public only because the
 * build runs it by name ({@code reports/pom.xml}); the package-private commands are its implementation.
 */
package dev.slogate.reports.cli;
