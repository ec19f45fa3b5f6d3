package dev.slogate.simulations;

import java.util.Map;
import java.util.Optional;

/**
 * What the readiness run ({@code ./mvnw verify -Preadiness -Dslogate.system=<name>}) sends to each seed
 * system while its experiments run: a request mix over the endpoints its catalog judges, at a rate that
 * gives the zero-downtime objectives enough requests in the fault phase to be shown (0.1% needs about
 * 3,000). The system's stand-in profile and SLO catalog carry the system's name; its experiments come from
 * the catalog's {@code readiness} block.
 *
 * <p>The documented workload shapes (KGAS's tenfold spike, its closed model, the WebSocket sessions) are the
 * seed simulations' ({@code dev.slogate.simulations.seeds}); the readiness run holds one steady rate so that
 * what changes during a fault is the target, never the load.
 *
 * @param requests the request mix, {@code METHOD /path} entries
 * @param rate arrivals per second
 */
public record SystemReadiness(String requests, double rate) {

  public static final String PROPERTY = "slogate.system";

  private static final Map<String, SystemReadiness> SYSTEMS = Map.of(
      // The /v1/ API needs a JWT; the readiness run judges the health endpoints the guide's checks use.
      "kecs", new SystemReadiness("GET /health,GET /health/ready", 100),
      "sei-platform", new SystemReadiness("GET /api/v1/projects,POST /api/v1/events,GET /", 200),
      "kgas", new SystemReadiness("POST /api/extract", 150),
      "fleet-q", new SystemReadiness("POST /api/steps,GET /health", 100),
      "reconciliation-platform", new SystemReadiness("GET /api/reconciliations,POST /api/reconciliations", 150));

  /** The system named by {@code -Dslogate.system}, if any. */
  public static Optional<String> selectedSystem() {
    String system = System.getProperty(PROPERTY);
    return system == null || system.isBlank() ? Optional.empty() : Optional.of(system.trim());
  }

  /**
   * @throws IllegalArgumentException naming the known systems
   */
  public static SystemReadiness of(String system) {
    SystemReadiness readiness = SYSTEMS.get(system);
    if (readiness == null) {
      throw new IllegalArgumentException(PROPERTY + "=" + system + " is not a seed system (expected one of "
          + String.join(", ", new java.util.TreeSet<>(SYSTEMS.keySet())) + ")");
    }
    return readiness;
  }
}
