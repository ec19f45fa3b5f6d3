package dev.slogate.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Expected files of the formatters under {@code src/test/resources/golden/}. Rendering happens under a German
 * default locale, so that a format leaning on the default locale (decimal commas) shows up as a difference.
 * Absolute paths of the fixtures are replaced by {@code <fixtures>}. Regenerate with
 * {@code -Dslogate.updateGolden=true} and review the diff.
 */
public final class Golden {

  private Golden() {}

  public static String render(Supplier<String> renderer) {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      return normalize(renderer.get());
    } finally {
      Locale.setDefault(saved);
    }
  }

  public static String normalize(String text) {
    String root = Fixtures.resource("runs").toString();
    return text.replace(root, "<fixtures>");
  }

  public static void assertMatches(String name, String actual) {
    Path source = Path.of("src", "test", "resources", "golden", name);
    try {
      if (Boolean.getBoolean("slogate.updateGolden")) {
        Files.createDirectories(source.getParent());
        Files.writeString(source, actual, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(source, StandardCharsets.UTF_8), actual, "differs from golden/" + name
          + " (regenerate with -Dslogate.updateGolden=true and review the diff)");
    } catch (IOException e) {
      throw new UncheckedIOException("missing golden file " + source + ": run once with -Dslogate.updateGolden=true", e);
    }
  }
}
