package dev.slogate.benchmarks.reliability;

/**
 * One malformed input tried.
 *
 * @param kind what the input is: an SLO file, an experiment file, a Gatling log or a stack profile
 * @param name the input's name in its corpus
 * @param outcome what slogate did with it
 * @param millis wall time of the attempt
 * @param allocatedBytes bytes the attempt allocated on the heap (its memory bound)
 * @param message the first line slogate printed, for the table of examples
 */
record Trial(String kind, String name, Outcome outcome, long millis, long allocatedBytes, String message) {}
