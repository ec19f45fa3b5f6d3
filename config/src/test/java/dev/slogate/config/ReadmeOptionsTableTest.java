package dev.slogate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The root README's table of options is generated from {@link Options}; a stale one fails the build. */
class ReadmeOptionsTableTest {

  private static final Path README = Path.of("..", "README.md");

  @Test
  void theReadmeTableIsCurrent() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String current = OptionsDocumentation.updated(readme);
    if (Boolean.getBoolean(Options.DOCS_UPDATE.key()) && !current.equals(readme)) {
      Files.writeString(README, current, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(current, readme, "README.md's table of options is stale: regenerate it with "
        + "./mvnw -o -q test -pl config -Dtest=ReadmeOptionsTableTest -Dslogate.docs.update=true");
  }

  @Test
  void everyOptionIsInTheHelpText() {
    String help = OptionsDocumentation.helpText();
    for (Option<?> option : Options.all()) {
      assertTrue(help.contains(option.key() + " (" + option.environmentName() + ")"), option.key());
    }
  }
}
