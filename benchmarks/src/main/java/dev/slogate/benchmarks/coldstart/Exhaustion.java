package dev.slogate.benchmarks.coldstart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of slogate's SteadyLoad with its injector deliberately short of something (descriptors, a core), and
 * what its verdict names. The gate must say INVALID, naming the shortage, and never FAIL: nginx is healthy.
 *
 * @param row what was done, as the table shows it
 * @param expected the cause the verdict should name
 * @param run the run
 */
public record Exhaustion(String row, String expected, ColdRun run) {

  static Exhaustion run(String row, String target, double rate, ColdRun.Shape shape, List<String> launchPrefix,
      String expected, Path work) throws IOException, InterruptedException {
    System.out.println("cold-start: deliberate exhaustion: " + row);
    ColdRun run = ColdRun.slogate(target, rate, shape, ColdStartSlo.write(work.getParent(), rate), launchPrefix, work);
    System.out.println("cold-start:   " + run.outcome() + " " + run.cause());
    return new Exhaustion(row, expected, run);
  }
}
