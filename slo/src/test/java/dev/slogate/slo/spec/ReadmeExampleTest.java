package dev.slogate.slo.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example in the module's README is a valid SLO file, so the documentation cannot drift from the parser. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleParses() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```yaml\n", readme.indexOf("## SLO files")) + "```yaml\n".length();
    String yaml = readme.substring(start, readme.indexOf("```", start));
    SloSpec spec = SloSpecs.parse(yaml, "README.md");
    assertEquals("shop", spec.system());
    assertEquals(List.of("items-p99", "checkout-p50", "throughput", "errors", "availability", "failover", "failover-median", "durability"),
        spec.objectives().stream().map(Objective::name).toList());
  }
}
