/**
 * What every benchmark of the suite shares: Gatling runs in fresh JVMs, nginx as a foreground process, process
 * trees that are always torn down, and the Markdown sections that {@code benchmarks/run-all.sh} puts together
 * into {@code benchmarks/RESULTS.md}. Internal to the benchmarks module: public only so that every item's package
 * can reach it; no API, and no other module uses it.
 *
 * <p>Every figure the suite publishes is an error against a truth measured in the same run, or a ratio of two
 * measurements taken back to back: the machines it runs on are shared and noisy, so absolute throughput on
 * its own would say more about the neighbours than about slogate.
 */
package dev.slogate.benchmarks.internal.harness;
