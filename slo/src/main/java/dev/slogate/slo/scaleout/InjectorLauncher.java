package dev.slogate.slo.scaleout;

import java.util.List;

/**
 * Starts the injectors of a shared run, waits for them within the request's timeout, and says what became of each.
 * Implementations: the local backend (JVMs forked on this machine), a cluster backend.
 */
@FunctionalInterface
public interface InjectorLauncher {

  /**
   * Runs every injector of {@code request} and waits for them, reporting progress to {@code request.progress()}.
   * Never throws for an injector that failed: that is a {@link InjectorOutcome.Failed} outcome.
   *
   * @return one outcome per index, {@code 0} to {@code count - 1}, in index order
   */
  List<InjectorOutcome> run(InjectorRequest request) throws InterruptedException;
}
