package dev.slogate.simulations.seeds;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A request mix with stated shares: each virtual user sends exactly one request, drawn by weight, so the
 * planned arrival rate is the planned request rate. Immutable.
 */
final class WeightedMix {

  private final List<Choice.WithWeight> choices;
  private final double total;

  private WeightedMix(List<Choice.WithWeight> choices, double total) {
    this.choices = List.copyOf(choices);
    this.total = total;
  }

  static WeightedMix of() {
    return new WeightedMix(List.of(), 0);
  }

  /** {@code percent} of the users send {@code request}. */
  WeightedMix add(double percent, HttpRequestActionBuilder request) {
    List<Choice.WithWeight> next = new ArrayList<>(choices);
    next.add(new Choice.WithWeight(percent, exec(request)));
    return new WeightedMix(next, total + percent);
  }

  /** @throws IllegalStateException unless the shares add up to 100% */
  ChainBuilder chain() {
    if (Math.abs(total - 100) > 1e-9) {
      throw new IllegalStateException("request shares add up to " + total + "%, not 100%");
    }
    return exec(randomSwitch().on(choices));
  }
}
