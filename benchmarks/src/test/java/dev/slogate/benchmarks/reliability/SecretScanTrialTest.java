package dev.slogate.benchmarks.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI's share of the secret scan: a token in the environment, in a real run, and a target URL with a query token and
 * two with user info, which are refused; no secret appears in any file or console. (The benchmark also
 * runs a token file and an IPv6 host.)
 */
class SecretScanTrialTest {

  @Test
  void noSecretHandedToARunAppearsInItsOutput(@TempDir Path work) throws Exception {
    List<SecretScanTrial.Scan> scans = SecretScanTrial.run(work, true);
    assertEquals(4, scans.size(), scans.toString());
    for (SecretScanTrial.Scan scan : scans) {
      assertEquals(0, scan.occurrences(), scan::toString);
      assertTrue(scan.filesScanned() > 0, scan::toString);
    }
    // The token run really ran and was judged (a verdict: exit 0, 1 or 2); the URL with a query and the two with user
    // info were refused before any load.
    assertTrue(scans.get(0).exitCode() <= 2, scans.get(0)::toString);
    assertNotEquals(0, scans.get(1).exitCode(), scans.get(1)::toString);
    assertNotEquals(0, scans.get(2).exitCode(), scans.get(2)::toString);
    assertNotEquals(0, scans.get(3).exitCode(), scans.get(3)::toString);
    assertTrue(scans.get(0).filesScanned() > 5, "a judged run leaves its reports: " + scans.get(0));
  }
}
