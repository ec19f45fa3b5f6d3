package dev.slogate.benchmarks.coldstart;

import java.util.List;
import java.util.OptionalDouble;

/** The median of the measurements that exist; empty when none does. */
final class Median {

  private Median() {}

  static OptionalDouble of(List<OptionalDouble> values) {
    double[] present = values.stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).sorted()
        .toArray();
    if (present.length == 0) {
      return OptionalDouble.empty();
    }
    int middle = present.length / 2;
    return OptionalDouble.of(present.length % 2 == 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2);
  }
}
