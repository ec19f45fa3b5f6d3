package dev.slogate.chaos.local;

import dev.slogate.chaos.spec.FaultKind;

/**
 * One fault in the local state file: enough to find the process again without mistaking a newer process
 * for it, and to tell whether the JVM that injected it is still around to take it off.
 *
 * @param runId the run that injected it
 * @param experiment the experiment's name
 * @param fault the fault kind's id, e.g. {@code pod-failure}
 * @param target what was hit, e.g. {@code replica 0}
 * @param pid the process hit
 * @param startTicks that process's start time ({@link ProcStat#startTicks()})
 * @param ownerPid the JVM that injected the fault
 * @param ownerStartTicks that JVM's start time
 * @param injectedAt when the signal was sent, ISO-8601, for people reading the file
 * @param watchdogPid the {@link ResumeWatchdog} that resumes a stopped process at the fault's deadline, 0 if none
 * @param watchdogStartTicks that watchdog's start time
 */
record LedgerEntry(
    String runId,
    String experiment,
    String fault,
    String target,
    long pid,
    long startTicks,
    long ownerPid,
    long ownerStartTicks,
    String injectedAt,
    long watchdogPid,
    long watchdogStartTicks) {

  LedgerEntry(String runId, String experiment, String fault, String target, long pid, long startTicks, long ownerPid,
      long ownerStartTicks, String injectedAt) {
    this(runId, experiment, fault, target, pid, startTicks, ownerPid, ownerStartTicks, injectedAt, 0, 0);
  }

  /** Stops the entry's watchdog, if it has one and it still runs. */
  void stopWatchdog() {
    if (watchdogPid > 0) {
      ResumeWatchdog.stop(new ProcessIdentity(watchdogPid, watchdogStartTicks));
    }
  }

  ProcessIdentity process() {
    return new ProcessIdentity(pid, startTicks);
  }

  ProcessIdentity owner() {
    return new ProcessIdentity(ownerPid, ownerStartTicks);
  }

  /** Whether the JVM that wrote this entry still runs (and can still take the fault off itself). */
  boolean ownerAlive() {
    return !owner().isGone();
  }

  /** Whether this fault holds a process stopped until someone resumes it. */
  boolean holdsProcessStopped() {
    return FaultKind.POD_FAILURE.id().equals(fault);
  }
}
