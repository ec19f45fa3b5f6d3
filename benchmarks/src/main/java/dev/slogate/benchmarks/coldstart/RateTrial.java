package dev.slogate.benchmarks.coldstart;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The cold runs at one rate: slogate's, with their verdicts, and plain Gatling's, for the failures of the first
 * seconds.
 *
 * @param label where the rate comes from ("1,000/s", "1.5 × capacity")
 * @param rate planned requests per second
 * @param slogate slogate's runs
 * @param plain plain Gatling's runs
 */
public record RateTrial(String label, double rate, List<ColdRun> slogate, List<ColdRun> plain) {

  public RateTrial {
    slogate = List.copyOf(slogate);
    plain = List.copyOf(plain);
  }

  public long count(ColdRun.Outcome outcome) {
    return slogate.stream().filter(r -> r.outcome() == outcome).count();
  }

  /** The INVALID runs' causes with their counts, e.g. "descriptors 2, lag 1"; "–" without one. */
  public String invalidCauses() {
    return causes(ColdRun.Outcome.INVALID);
  }

  /** The same for FAIL and OTHER runs together: what a reader must look at. */
  public String otherCauses() {
    String fail = causes(ColdRun.Outcome.FAIL);
    String other = causes(ColdRun.Outcome.OTHER);
    return fail.equals("–") ? other : other.equals("–") ? fail : fail + "; " + other;
  }

  private String causes(ColdRun.Outcome outcome) {
    Map<String, Long> counts = slogate.stream().filter(r -> r.outcome() == outcome)
        .collect(Collectors.groupingBy(ColdRun::cause, TreeMap::new, Collectors.counting()));
    return counts.isEmpty() ? "–" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** Failed requests in the first seconds, summed over the runs that have a log. */
  public static long earlyKo(List<ColdRun> runs) {
    return runs.stream().mapToLong(ColdRun::earlyKo).filter(k -> k >= 0).sum();
  }

  /**
   * Whether slogate's early failures meet the goal against plain Gatling's: at most a tenth of them, and
   * none where plain Gatling has none.
   */
  public boolean earlyKoWithinGoal() {
    long ours = earlyKo(slogate);
    long theirs = earlyKo(plain);
    return theirs == 0 ? ours == 0 : ours <= 0.1 * theirs;
  }
}
