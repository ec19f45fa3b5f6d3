package dev.slogate.reports.internal;

import dev.slogate.reports.words.Words;
import dev.slogate.slo.eval.PhaseHealth;
import dev.slogate.slo.eval.PhaseHealth.HealthStatus;
import dev.slogate.slo.eval.PhaseValidity;
import dev.slogate.slo.health.HealthFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words every report uses for the injector's health in a phase (the "Injector health" section of the HTML report,
 * the console line, the Markdown and JUnit outputs), so that they say the same.
 */
public final class HealthWords {

  private HealthWords() {}

  /** "healthy", "unhealthy" or "not recorded". */
  public static String status(PhaseHealth health) {
    return switch (health.status()) {
      case HEALTHY -> "healthy";
      case UNHEALTHY -> "unhealthy";
      case NOT_RECORDED -> "not recorded";
    };
  }

  /** One line per phase, e.g. "steady: healthy; hiccup p99 0.41 ms (max 12.5 ms), machine CPU 45%, ...". */
  public static String line(PhaseValidity phase) {
    PhaseHealth health = phase.health();
    String figures = health.figures().map(HealthWords::figures).orElse("");
    return phase.phase() + ": " + status(health) + (figures.isEmpty() ? "" : "; " + figures)
        + (health.status() == HealthStatus.HEALTHY ? "" : " — " + Words.health(health));
  }

  /** The figures of a window, each only when known. */
  public static String figures(HealthFigures f) {
    List<String> parts = new ArrayList<>();
    if (!Double.isNaN(f.hiccupP99Millis())) {
      parts.add("hiccup p99 " + millis(f.hiccupP99Millis()) + " (max " + millis(f.hiccupMaxMillis()) + ")");
    }
    if (!Double.isNaN(f.machineCpu())) {
      parts.add("machine CPU " + percent(f.machineCpu()) + " (saturated " + f.saturatedSeconds() + " of "
          + f.sampledSeconds() + " s)");
    }
    if (!Double.isNaN(f.processCpu())) {
      parts.add("injector CPU " + percent(f.processCpu()));
    }
    parts.add("GC pauses " + String.format(Locale.ROOT, "%,d ms", f.gcPauseMillis()));
    if (!Double.isNaN(f.descriptorShare())) {
      parts.add(String.format(Locale.ROOT, "descriptors %,d of %,d", f.peakDescriptors(), f.descriptorLimit()));
    }
    if (f.peakConnections() >= 0) {
      parts.add(String.format(Locale.ROOT, "sockets %,d", f.peakConnections()));
    }
    if (f.sampledSeconds() < f.windowSeconds()) {
      parts.add("sampled " + f.sampledSeconds() + " of " + f.windowSeconds() + " s");
    }
    return String.join(", ", parts);
  }

  static String millis(double millis) {
    return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.1f ms", millis);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
