package dev.slogate.stack.replica;

import dev.slogate.stack.LatencyDistribution;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws delays from a {@link LatencyDistribution}. Built once per route, so that the per-request
 * work is a few arithmetic operations: cumulative tables are computed here, not per draw.
 * Thread-safe as long as each thread passes its own generator.
 */
@FunctionalInterface
public interface LatencySampler {

  /** z such that P(Z ≤ z) = 0.99 for a standard normal Z. */
  double Z_99 = 2.3263478740408408;

  /** One delay, in nanoseconds, never negative. */
  long sampleNanos(RandomGenerator random);

  static LatencySampler of(LatencyDistribution distribution) {
    if (distribution instanceof LatencyDistribution.Fixed f) {
      long value = f.value().toNanos();
      return random -> value;
    }
    if (distribution instanceof LatencyDistribution.Uniform u) {
      long min = u.min().toNanos();
      long max = u.max().toNanos();
      return min == max ? random -> min : random -> random.nextLong(min, max + 1);
    }
    if (distribution instanceof LatencyDistribution.Normal n) {
      return truncatedNormal(n.mean().toNanos(), n.stddev().toNanos());
    }
    if (distribution instanceof LatencyDistribution.LogNormal l) {
      double mu = Math.log(l.median().toNanos());
      double sigma = (Math.log(l.p99().toNanos()) - mu) / Z_99;
      return random -> Math.round(Math.exp(mu + sigma * random.nextGaussian()));
    }
    if (distribution instanceof LatencyDistribution.Weighted w) {
      return weighted(w.values());
    }
    return percentiles(((LatencyDistribution.Percentiles) distribution).points());
  }

  private static LatencySampler truncatedNormal(long mean, long stddev) {
    if (stddev == 0) {
      return random -> mean;
    }
    // The mean is never negative, so at most half the draws are rejected: two tries on average.
    return random -> {
      double x;
      do {
        x = mean + stddev * random.nextGaussian();
      } while (x < 0);
      return Math.round(x);
    };
  }

  private static LatencySampler weighted(List<LatencyDistribution.WeightedValue> values) {
    long[] nanos = new long[values.size()];
    double[] cumulative = new double[values.size()];
    double sum = 0;
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = values.get(i).value().toNanos();
      sum += values.get(i).weight();
      cumulative[i] = sum;
    }
    double total = sum;
    return random -> {
      double u = random.nextDouble() * total;
      int i = Arrays.binarySearch(cumulative, u);
      int slot = i >= 0 ? i + 1 : -i - 1;
      return nanos[Math.min(slot, nanos.length - 1)];
    };
  }

  private static LatencySampler percentiles(List<LatencyDistribution.PercentilePoint> points) {
    double[] p = new double[points.size()];
    long[] v = new long[points.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = points.get(i).percentile();
      v[i] = points.get(i).value().toNanos();
    }
    // Inverse transform: a uniform percentile, then linear interpolation of the quantile function.
    return random -> {
      double u = random.nextDouble() * 100.0;
      int i = Arrays.binarySearch(p, u);
      if (i >= 0) {
        return v[i];
      }
      int hi = -i - 1;
      int lo = hi - 1;
      double fraction = (u - p[lo]) / (p[hi] - p[lo]);
      return v[lo] + Math.round(fraction * (v[hi] - v[lo]));
    };
  }
}
