/**
 * The verdict table printed on the console: {@link dev.slogate.reports.console.ConsoleVerdictTable}. Public API:
 * {@code simulations} prints it at the end of every run, {@code slogate evaluate} and {@code report} print it too.
 */
package dev.slogate.reports.console;
