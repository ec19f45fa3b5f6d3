package dev.slogate.injectors;

import java.util.List;

/**
 * Starts the N injectors of a run somewhere (Kubernetes, a CI matrix, local JVMs), waits for them, and hands back
 * one outcome per index. The coordinator injects nothing itself: it merges the completed run folders and judges
 * them once, and a {@link InjectorOutcome.Failed} index makes the merged run INVALID, naming the index.
 */
public interface InjectorLauncher {

  /**
   * Runs the request's injectors and waits for all of them (or for the backend's timeout).
   *
   * @return exactly {@link InjectorRequest#count()} outcomes, in index order; an injector that failed, was lost, or
   *     whose record did not arrive intact is a {@link InjectorOutcome.Failed}, never left out
   * @throws InjectorException when the run could not start at all (refused namespace, API server unreachable)
   */
  List<InjectorOutcome> run(InjectorRequest request);
}
