package dev.slogate.simulations.load;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Objects;

/**
 * The load a readiness run keeps up while a system's experiments run.
 *
 * @param requests what each virtual user does (one request of the system's mix, typically)
 * @param rate arrivals per second, held through the fault stage. A zero-downtime promise read as "at most
 *     0.1% of requests fail during the fault" needs at least 2,995 requests in the fault phase to be shown at
 *     95% confidence, so a system's rate is chosen with its experiments' length in mind.
 * @param why one line for the console: where the rate comes from
 */
public record FaultLoad(ChainBuilder requests, double rate, String why) {

  public FaultLoad {
    Objects.requireNonNull(requests, "requests");
    Objects.requireNonNull(why, "why");
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException("a fault load needs a positive rate, got " + rate);
    }
  }
}
