package dev.slogate.benchmarks.internal.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GatlingReportTest {

  /** The Global Information table as Gatling 3.15.1's `-ro` printed it for a 5 M-request synthetic log. */
  private static final String CONSOLE = """
      Parsing log file(s) done in 18s.
      Generating reports...

      ========================================================================================================================
      ---- Global Information -------------------------------------------------------------|---Total---|-----OK----|----KO----
      > request count                                                                      | 5,000,000 | 4,950,161 |    49,839
      > min response time (ms)                                                             |         2 |         2 |         2
      > max response time (ms)                                                             |     5,053 |     5,053 |     5,029
      > mean response time (ms)                                                            |        25 |        25 |        26
      > response time std deviation (ms)                                                   |        92 |        92 |       116
      > response time 50th percentile (ms)                                                 |        20 |        20 |        20
      > response time 75th percentile (ms)                                                 |        28 |        28 |        28
      > response time 95th percentile (ms)                                                 |        47 |        46 |        46
      > response time 99th percentile (ms)                                                 |       122 |        70 |        83
      > mean throughput (rps)                                                              |  4,980.08 |  4,930.44 |     49.64
      """;

  @Test
  void readsTheTotalColumn() {
    GatlingReport report = GatlingReport.parse(CONSOLE);

    assertEquals(new GatlingReport(5_000_000, 20, 28, 47, 122, 5_053), report);
    assertEquals(122, report.percentile(99).getAsLong());
    assertEquals(20, report.percentile(50).getAsLong());
    assertTrue(report.percentile(99.9).isEmpty(), "Gatling's default report has no p99.9");
  }

  @Test
  void aConsoleWithoutTheTableIsAnError() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> GatlingReport.parse("Simulation finished\n"));
    assertEquals("Gatling's report has no 'request count' line", e.getMessage());
  }
}
