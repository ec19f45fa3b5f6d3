package dev.slogate.slo.pipeline;

import dev.slogate.slo.gate.Gate;

/** The last stage: the gate's decision on the evaluation, relative objectives included. */
public final class Decide {

  public Judgement apply(Compared compared) {
    RunToJudge run = compared.evaluated().measured().run();
    return new Judgement(compared.evaluated().measured(), compared.evaluation(), compared.regression(),
        Gate.decide(compared.evaluation(), run.policy()));
  }
}
