package dev.slogate.benchmarks.capacity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * slogate's and plain Gatling's highest valid rates against one target, searched in turns, probe by probe, so
 * that both see the same machine at nearly the same moments: a ratio is what survives a shared, noisy machine.
 * A probe that fails is run once more at once, and its rate counts as failed only if the retry fails too.
 */
public final class PairedSearch {

  /** One run in a search; a retry is the second run at a rate whose first run failed. */
  public record ProbeRow(CapacityProbe probe, boolean retry) {}

  /** Both searches and every probe they ran, in order. */
  public record Result(Map<Tool, CapacitySearch> searches, List<ProbeRow> probes) {

    public OptionalDouble highestValid(Tool tool) {
      return searches.get(tool).highestValid();
    }

    /** Whether both searches found a rate that fails, so that each maximum is bracketed. */
    public boolean bracketed() {
      return searches.values().stream().allMatch(s -> s.lowestInvalid().isPresent());
    }
  }

  private PairedSearch() {}

  /**
   * @param target nginx's base URL
   * @param start the first rate each search tries
   * @param resolution each search stops once its bracket is within this share
   * @param maxProbes rates each search tries at most (a retry is not counted), which bounds the loop
   * @param work each probe's folder is made in here
   */
  public static Result run(String target, double start, double resolution, int maxProbes, CapacityProbe.Shape shape,
      Path work) throws IOException, InterruptedException {
    Map<Tool, CapacitySearch> searches = new EnumMap<>(Tool.class);
    for (Tool tool : Tool.values()) {
      searches.put(tool, new CapacitySearch(start, resolution, maxProbes));
    }
    List<ProbeRow> probes = new ArrayList<>();
    int round = 0;
    while (searches.values().stream().anyMatch(s -> !s.done())) {
      // Alternate which goes first, so that neither always meets the machine right after the other's run.
      List<Tool> order = round++ % 2 == 0 ? List.of(Tool.SLOGATE, Tool.PLAIN) : List.of(Tool.PLAIN, Tool.SLOGATE);
      for (Tool tool : order) {
        CapacitySearch search = searches.get(tool);
        if (search.done()) {
          continue;
        }
        double rate = search.next();
        CapacityProbe probe = probe(tool, target, rate, shape, work, probes, false);
        if (!probe.valid()) {
          // A neighbour's build can spoil one short run, rarely two in a row; real saturation repeats.
          probe = probe(tool, target, rate, shape, work, probes, true);
        }
        search.record(rate, probe.valid());
      }
    }
    return new Result(searches, probes);
  }

  private static CapacityProbe probe(Tool tool, String target, double rate, CapacityProbe.Shape shape, Path work,
      List<ProbeRow> rows, boolean retry) throws IOException, InterruptedException {
    System.out.printf(Locale.ROOT, "capacity: %s at %,.0f/s%s%n", tool, rate, retry ? " (retry)" : "");
    CapacityProbe probe = CapacityProbe.run(tool, target, rate, shape, true, work.resolve(
        String.format(Locale.ROOT, "%s-%d-%.0f", tool.name().toLowerCase(Locale.ROOT), rows.size(), rate)));
    System.out.println("capacity:   " + probe.reason());
    rows.add(new ProbeRow(probe, retry));
    return probe;
  }
}
