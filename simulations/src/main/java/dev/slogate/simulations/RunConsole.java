package dev.slogate.simulations;

import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.Workload;
import dev.slogate.simulations.internal.target.Target;
import java.util.List;
import java.util.stream.Collectors;

/** What a run says on the console before its load starts: the plan in one line, and what makes it unusual. */
final class RunConsole {

  private RunConsole() {}

  static void announce(String runId, Target target, Workload workload, double targetTimeScale) {
    System.out.printf("slogate: run %s against %s%s, %d phases over %ds, peak %.0f users/s%n",
        runId, target.baseUrlText(), target.embedded() ? " (embedded reference stack)" : "",
        workload.phases().size(), workload.duration().toSeconds(), workload.peakRate());
    List<LoadShape.Lengthened> lengthened = workload.lengthenedPhases();
    if (!lengthened.isEmpty()) {
      System.out.println("slogate: phases lengthened to whole seconds, as Gatling injects users second by second: "
          + lengthened.stream().map(Object::toString).collect(Collectors.joining(", ")));
    }
    if (workload.peakUsers() > 0) {
      System.out.printf("slogate: closed model: up to %d concurrent users (arrivals not planned, not checked)%n",
          workload.peakUsers());
    }
    if (workload.scaleFactor() != 1.0) {
      System.out.printf("slogate: SCALED RUN: the documented workload divided by %s (slogate.scale); "
          + "these results are not the documented workload's%n", scaleText(workload.scaleFactor()));
    }
    if (targetTimeScale != 1.0) {
      System.out.printf("slogate: STAND-IN TIMINGS: the stand-in runs the guide's health checks, heartbeats and sweeps "
          + "%s times faster (its profile's timeScale); failover maxima that follow from them are divided alike%n",
          scaleText(targetTimeScale));
    }
  }

  private static String scaleText(double factor) {
    return factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor);
  }
}
