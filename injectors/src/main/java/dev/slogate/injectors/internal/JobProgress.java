package dev.slogate.injectors.internal;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where an Indexed Job's indexes stand, read from its status: {@code completedIndexes}, {@code failedIndexes} (with
 * per-index backoff) and the Job's {@code Failed} condition, which ends every index not completed by then.
 *
 * @param completed the indexes whose pod succeeded
 * @param failed the indexes Kubernetes lists as failed ({@code failedIndexes}, with per-index backoff)
 * @param endedByJob the other indexes that can no longer complete because the whole Job failed
 * @param jobFailure the Job's Failed condition, as "reason: message", when the whole Job failed
 */
public record JobProgress(Set<Integer> completed, Set<Integer> failed, Set<Integer> endedByJob,
    Optional<String> jobFailure) {

  public JobProgress {
    completed = Collections.unmodifiableSet(new TreeSet<>(completed));
    failed = Collections.unmodifiableSet(new TreeSet<>(failed));
    endedByJob = Collections.unmodifiableSet(new TreeSet<>(endedByJob));
  }

  /** Nothing known yet. */
  public static JobProgress none() {
    return new JobProgress(Set.of(), Set.of(), Set.of(), Optional.empty());
  }

  /** Reads a Job's status for {@code count} indexes. */
  public static JobProgress of(Job job, int count) {
    JobStatus status = job.getStatus();
    if (status == null) {
      return none();
    }
    Set<Integer> completed = ranges(status.getCompletedIndexes(), count);
    Set<Integer> failed = ranges(status.getFailedIndexes(), count);
    failed.removeAll(completed);
    Set<Integer> endedByJob = new TreeSet<>();
    Optional<String> jobFailure = Optional.empty();
    for (JobCondition condition : status.getConditions() == null ? java.util.List.<JobCondition>of()
        : status.getConditions()) {
      if ("Failed".equals(condition.getType()) && "True".equals(condition.getStatus())) {
        jobFailure = Optional.of(condition.getReason() + ": " + condition.getMessage());
        for (int index = 0; index < count; index++) {
          if (!completed.contains(index) && !failed.contains(index)) {
            endedByJob.add(index);
          }
        }
      }
    }
    return new JobProgress(completed, failed, endedByJob, jobFailure);
  }

  /** Whether every index has completed or failed. */
  public boolean finished(int count) {
    return completed.size() + failed.size() + endedByJob.size() >= count;
  }

  /** How many indexes failed, on their own or with the Job. */
  public int failedCount() {
    return failed.size() + endedByJob.size();
  }

  /**
   * The indexes in a Kubernetes interval list such as {@code "1,3-5,7"}, those below {@code count} only.
   *
   * @throws IllegalArgumentException for text that is not such a list
   */
  public static Set<Integer> ranges(String text, int count) {
    Set<Integer> indexes = new TreeSet<>();
    if (text == null || text.isBlank()) {
      return indexes;
    }
    for (String part : text.split(",")) {
      String range = part.trim();
      int dash = range.indexOf('-');
      int from = Integer.parseInt(dash < 0 ? range : range.substring(0, dash));
      int to = dash < 0 ? from : Integer.parseInt(range.substring(dash + 1));
      for (int index = from; index <= to && index < count; index++) {
        indexes.add(index);
      }
    }
    return indexes;
  }
}
