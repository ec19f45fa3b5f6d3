package dev.slogate.slo.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readiness table is generated from the catalogs, and the README carries exactly what the generator prints. */
class CatalogTableTest {

  private static final Path ROOT_README = Path.of("../README.md");

  @Test
  void oneRowPerCatalogWithItsCountsSimulationAndExperiments() {
    String table = CatalogTable.markdown();
    List<String> lines = table.lines().toList();
    assertEquals("| system | guide | covered by objectives | not verifiable by load | simulation | experiments |", lines.get(0));
    assertEquals("| --- | --- | --- | --- | --- | --- |", lines.get(1));
    assertEquals(8, lines.size(), table);
    assertTrue(table.endsWith("|\n"));

    Map<String, String> counts = new LinkedHashMap<>();
    for (String row : lines.subList(2, lines.size())) {
      String[] cells = row.split(" \\| ");
      counts.put(cells[0].replace("| ", "").replace("`", ""),
          cells[2].substring(0, cells[2].indexOf(':')) + "/" + cells[3].substring(0, cells[3].indexOf(':')));
    }
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("fleet-q", "4/13");
    expected.put("kecs", "5/11");
    expected.put("kgas", "8/15");
    expected.put("reconciliation-platform", "3/11");
    expected.put("reference-stack", "6/1");
    expected.put("sei-platform", "9/16");
    assertEquals(expected, counts);

    assertEquals("| `kecs` | `000_f0d8d7709017473b.txt` | 5: `api-error-alert`, `liveness-probe-timeout`, `readiness-probe-timeout`, "
        + "`lb-server-timeout`, `replica-failover` | 11: `memory-alert`, `liveness-restart`, `systemd-restart`, `pod-disruption-budget`, "
        + "`autoscaling`, `backups`, `multi-region`, `token-lifetime`, `tls-policy`, `rate-limiting`, `compliance` | `KecsLoad` | "
        + "`kecs-kill-one-replica` |", lines.get(3));
    assertTrue(lines.get(6).endsWith("| `slogate reference stack` | 6: `p50-latency`, `p95-latency`, `p99-latency`, `availability`, "
        + "`throughput`, `failover` | 1: `data-durability` | `SteadyLoad` | `kill-one-replica` |"), lines.get(6));
    assertTrue(lines.get(2).endsWith("| `FleetQLoad` | `fleet-q-requeue-orphans`, `fleet-q-kill-leader` |"), lines.get(2));
  }

  @Test
  void theBlockBetweenTheMarkersIsReplacedAndReadBack() {
    String text = "# Title\n\nBefore.\n\n" + CatalogTable.START + "\nold table\n" + CatalogTable.END + "\n\nAfter.\n";
    String table = "| a |\n| --- |\n| 1 |\n";
    String replaced = CatalogTable.replaceBlock(text, table);
    assertEquals("# Title\n\nBefore.\n\n" + CatalogTable.START + "\n" + table + CatalogTable.END + "\n\nAfter.\n", replaced);
    assertEquals(Optional.of(table), CatalogTable.block(replaced));
    assertEquals(Optional.of("old table\n"), CatalogTable.block(text));
    assertEquals(Optional.empty(), CatalogTable.block("no markers"));
    assertEquals(Optional.empty(), CatalogTable.block(CatalogTable.END + " then " + CatalogTable.START));
    assertThrows(IllegalArgumentException.class, () -> CatalogTable.replaceBlock("no markers", table));
  }

  @Test
  void theCommandLineWritesChecksAndReportsStaleTables(@TempDir Path dir) throws IOException {
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "Intro\n" + CatalogTable.START + "\nstale\n" + CatalogTable.END + "\n");

    Output check = run("--check", readme.toString());
    assertEquals(1, check.status);
    assertEquals(readme + ": the catalog table is out of date; run tools/catalog-table.sh --write " + readme + "\n", check.err);

    assertEquals(0, run("--write", readme.toString()).status);
    assertEquals(Optional.of(CatalogTable.markdown()), CatalogTable.block(Files.readString(readme)));
    assertTrue(Files.readString(readme).startsWith("Intro\n" + CatalogTable.START + "\n| system |"));
    Output upToDate = run("--check", readme.toString());
    assertEquals(0, upToDate.status);
    assertEquals(readme + ": the catalog table is up to date\n", upToDate.out);

    Output printed = run();
    assertEquals(0, printed.status);
    assertEquals(CatalogTable.markdown(), printed.out);

    Path plain = dir.resolve("plain.md");
    Files.writeString(plain, "no markers\n");
    assertEquals(2, run("--check", plain.toString()).status);
    assertEquals(plain + ": no " + CatalogTable.START + " ... " + CatalogTable.END + " block\n", run("--check", plain.toString()).err);
    assertEquals(2, run("--write", dir.resolve("missing.md").toString()).status);
    assertEquals("usage: CatalogTable [--write FILE | --check FILE]\n", run("--check").err);
  }

  @Test
  void theRootReadmeCarriesTheGeneratedTable() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(ROOT_README), "no " + ROOT_README.toAbsolutePath().normalize());
    Optional<String> block = CatalogTable.block(Files.readString(ROOT_README, StandardCharsets.UTF_8));
    Assumptions.assumeTrue(block.isPresent(),
        "the root README.md has no " + CatalogTable.START + " ... " + CatalogTable.END + " block yet");
    assertEquals(CatalogTable.markdown(), block.get(), "README.md is stale: run tools/catalog-table.sh --write README.md");
  }

  private record Output(int status, String out, String err) {}

  private static Output run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = CatalogTable.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
