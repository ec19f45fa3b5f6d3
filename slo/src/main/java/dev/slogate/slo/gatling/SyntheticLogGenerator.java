package dev.slogate.slo.gatling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a large, realistic {@code simulation.log} with {@link SyntheticLogWriter}: an open workload whose
 * users each send four requests (two of them inside a group), log-normal latencies around 20 ms with a tail,
 * 1% failures and one crash error per 10,000 users. Deterministic for a given seed. For benchmarks:
 *
 * <pre>
 * java -cp slo/target/classes dev.slogate.slo.gatling.SyntheticLogGenerator /tmp/big/simulation.log 5000000
 * </pre>
 */
public final class SyntheticLogGenerator {

  /** What was generated: the benchmark's expected counts. */
  public record Summary(Path file, long requests, long users, long groups, long crashErrors, long bytes) {}

  public static final String SIMULATION = "dev.slogate.synthetic.SyntheticSimulation";
  public static final String SCENARIO = "Synthetic";
  public static final List<String> CHECKOUT = List.of("Checkout");
  public static final String FAILURE_MESSAGE = "status.find.in([200, 209], 304), found 500";
  public static final String CRASH_MESSAGE = "Profile: No attribute named 'missing' is defined ";

  private static final int REQUESTS_PER_USER = 4;
  private static final String[] NAMES = {"Home", "Search", "Cart", "Pay"};

  private SyntheticLogGenerator() {}

  /**
   * @param requests how many Request records to write (rounded up to a multiple of four)
   * @param requestsPerSecond the arrival rate of requests, which sets the run's length
   */
  public static Summary generate(Path file, long requests, int requestsPerSecond, long seed) {
    if (requests <= 0 || requestsPerSecond < REQUESTS_PER_USER) {
      throw new IllegalArgumentException("need requests > 0 and requestsPerSecond >= " + REQUESTS_PER_USER);
    }
    SplittableRandom random = new SplittableRandom(seed);
    long runStart = 1_700_000_000_000L;
    long users = (requests + REQUESTS_PER_USER - 1) / REQUESTS_PER_USER;
    double usersPerMilli = requestsPerSecond / (double) REQUESTS_PER_USER / 1000.0;
    long groups = 0;
    long crashes = 0;
    try (SyntheticLogWriter writer = SyntheticLogWriter.create(file, SIMULATION, runStart, List.of(SCENARIO))) {
      for (long user = 0; user < users; user++) {
        long time = runStart + 1 + (long) (user / usersPerMilli);
        writer.user(0, true, time);
        long groupStart = 0;
        int cumulated = 0;
        boolean groupOk = true;
        for (int i = 0; i < REQUESTS_PER_USER; i++) {
          if (i == 2) {
            groupStart = time;
          }
          long latency = latency(random);
          boolean ok = random.nextInt(100) != 0;
          List<String> path = i >= 2 ? CHECKOUT : List.of();
          writer.request(path, NAMES[i], time, time + latency, ok, ok ? "" : FAILURE_MESSAGE);
          time += latency;
          if (i >= 2) {
            cumulated += (int) latency;
            groupOk &= ok;
          }
        }
        writer.group(CHECKOUT, groupStart, time, cumulated, groupOk);
        groups++;
        if (user % 10_000 == 9_999) {
          writer.error(CRASH_MESSAGE, time);
          crashes++;
        }
        writer.user(0, false, time);
      }
    }
    return new Summary(file, users * REQUESTS_PER_USER, users, groups, crashes, size(file));
  }

  /** Log-normal around 20 ms, with one request in a thousand slowed by up to five seconds. */
  private static long latency(SplittableRandom random) {
    double gaussian = gaussian(random);
    long latency = Math.round(Math.exp(Math.log(20) + 0.5 * gaussian));
    return random.nextInt(1000) == 0 ? latency + random.nextInt(5000) : latency;
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller; SplittableRandom has no nextGaussian on Java 17.
    double u = 1.0 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file + ": " + e.getMessage(), e);
    }
  }

  /** {@code SyntheticLogGenerator <file> <requests> [requestsPerSecond=5000] [seed=1]} */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: SyntheticLogGenerator <file> <requests> [requestsPerSecond=5000] [seed=1]");
      System.exit(2);
    }
    int rate = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    Summary summary = generate(Path.of(args[0]), Long.parseLong(args[1]), rate, seed);
    System.out.println(summary);
  }
}
