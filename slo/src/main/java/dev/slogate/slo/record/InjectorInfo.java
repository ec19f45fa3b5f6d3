package dev.slogate.slo.record;

/**
 * Which injector produced (part of) a record: enough to tell records of several injector pods, or of
 * several trials, apart after they were merged.
 *
 * @param id an identifier unique within one run, such as a pod index or a host name
 * @param host the machine the injector ran on
 * @param gatlingVersion the Gatling version that wrote the log
 * @param epochStartMillis when this injector's Gatling run started, epoch milliseconds
 */
public record InjectorInfo(String id, String host, String gatlingVersion, long epochStartMillis) {}
