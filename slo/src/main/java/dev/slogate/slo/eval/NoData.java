package dev.slogate.slo.eval;

import dev.slogate.slo.spec.RequestSelector;
import java.util.List;

/** The reasons every window judge gives alike when there is nothing to judge. */
final class NoData {

  private NoData() {}

  /** The selector matched nothing: the names that were there come along, for a "did you mean". */
  static Reason noMatch(RequestSelector selector, Scope scope) {
    return new Reason.NoMatch(selector, scope.judged(), List.copyOf(scope.sample().available()));
  }
}
