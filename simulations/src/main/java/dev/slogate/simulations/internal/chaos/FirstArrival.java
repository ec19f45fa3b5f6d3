package dev.slogate.simulations.internal.chaos;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.concurrent.CompletableFuture;

/**
 * When a population's first virtual user really started. Gatling begins to inject a few hundred milliseconds
 * after its run starts (up to a second on a busy machine), and a chaos schedule counted from the run start
 * would then land its faults that much early against the load: a kill meant for the fault phase would fail
 * requests in the steady phase before it. Counting from the first arrival keeps the faults where the plan put
 * them. Thread-safe; every user after the first costs one volatile read.
 */
public final class FirstArrival {

  private final CompletableFuture<Long> at = new CompletableFuture<>();

  /** The step to put first in the population's scenario. */
  public ChainBuilder mark() {
    return exec(session -> {
      if (!at.isDone()) {
        at.complete(System.currentTimeMillis());
      }
      return session;
    });
  }

  /** Completes with the epoch milliseconds of the first arrival. */
  public CompletableFuture<Long> at() {
    return at;
  }
}
