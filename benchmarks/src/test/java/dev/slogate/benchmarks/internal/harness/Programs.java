package dev.slogate.benchmarks.internal.harness;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/** Tests that need an installed program skip without it, unless SLOGATE_REQUIRE_ALL=1 makes that a failure. */
public final class Programs {

  private Programs() {}

  public static void require(boolean installed, String program, String debianPackage) {
    if (installed) {
      return;
    }
    String reason = program + " is not installed (apt-get install -y " + debianPackage + ")";
    if ("1".equals(System.getenv("SLOGATE_REQUIRE_ALL"))) {
      fail(reason + " and SLOGATE_REQUIRE_ALL=1");
    }
    Assumptions.abort(reason);
  }
}
