package dev.slogate.slo.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SloSpecsLoadTest {

  @Test
  void bareNameLoadsTheEmbeddedCatalog() {
    SloSpec spec = SloSpecs.load("reference-stack");
    assertEquals("reference-stack", spec.system());
    assertEquals("dev/slogate/slo/catalog/reference-stack.yaml", spec.origin());
  }

  @Test
  void catalogNamesListTheEmbeddedFiles() {
    assertTrue(SloSpecs.catalogNames().contains(SloSpecs.REFERENCE_STACK), SloSpecs.catalogNames().toString());
  }

  @Test
  void unknownCatalogListsTheAvailableOnes() {
    SloSpecException e = assertThrows(SloSpecException.class, () -> SloSpecs.load("refrence-stack"));
    assertTrue(e.getMessage().startsWith("unknown SLO catalog 'refrence-stack' (available: "), e.getMessage());
    assertTrue(e.getMessage().contains("reference-stack"), e.getMessage());
    assertTrue(e.getMessage().endsWith("to use a file, give its path, such as ./refrence-stack.yaml"), e.getMessage());
  }

  @Test
  void namesThatCannotBeCatalogsAreRejectedNotResolvedAgainstTheClasspath() {
    SloSpecException e = assertThrows(SloSpecException.class, () -> SloSpecs.load("..catalog"));
    assertTrue(e.getMessage().startsWith("unknown SLO catalog '..catalog'"), e.getMessage());
  }

  @Test
  void pathsAndYamlNamesAreFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, "system: mine\nversion: 1\nobjectives: [{name: e, kind: error-rate, max: 1%}]\n");
    assertEquals("mine", SloSpecs.load(file.toString()).system());
    SloSpecException missing = assertThrows(SloSpecException.class, () -> SloSpecs.load("no-such-file.yaml"));
    assertEquals("no-such-file.yaml: SLO file not found", missing.getMessage());
    SloSpecException directory = assertThrows(SloSpecException.class, () -> SloSpecs.load(dir + "/"));
    assertTrue(directory.getMessage().endsWith("SLO file not found (it is a directory)"), directory.getMessage());
  }

  @Test
  void catalogsAreListedFromJarsToo(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("catalogs.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      // with directory entries, as the jar and shade plugins write them
      for (String name : List.of("dev/", "dev/slogate/", "dev/slogate/slo/", "dev/slogate/slo/catalog/","dev/slogate/slo/catalog/alpha.yaml", "dev/slogate/slo/catalog/beta.yaml",
          "dev/slogate/slo/catalog/nested/gamma.yaml", "dev/slogate/slo/catalog/readme.txt")) {
        out.putNextEntry(new JarEntry(name));
        if (!name.endsWith("/")) {
          out.write("system: x\n".getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
      }
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertEquals(Set.of("alpha", "beta"), CatalogIndex.names(loader, SloSpecs.CATALOG_DIRECTORY));
    }
  }

  @Test
  void aFileThatIsNotUtf8TextIsOneLineNamingTheByte(@TempDir Path dir) throws IOException {
    Path utf16 = Files.write(dir.resolve("utf16.yaml"), "system: mine\n".getBytes(StandardCharsets.UTF_16));
    SloSpecException e = assertThrows(SloSpecException.class, () -> SloSpecs.load(utf16.toString()));
    assertEquals(utf16 + ": cannot read SLO file: UTF-16 text, not UTF-8: save the file as UTF-8", e.getMessage());

    Path latin1 = Files.write(dir.resolve("latin1.yaml"), "system: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(latin1 + ": cannot read SLO file: not UTF-8 text at byte 11",
        assertThrows(SloSpecException.class, () -> SloSpecs.load(latin1.toString())).getMessage());
  }

  @Test
  void anOversizedFileIsRefusedByItsSizeBeforeTheParserSeesIt(@TempDir Path dir) throws IOException {
    // One huge quoted value: what made the parser hang before the size was checked first.
    String value = "a".repeat(2 * 1024 * 1024);
    Path huge = Files.writeString(dir.resolve("huge.yaml"), "system: \"" + value + "\"\n");
    SloSpecException e = assertThrows(SloSpecException.class, () -> SloSpecs.load(huge.toString()));
    assertEquals(huge + ": cannot read SLO file: too large: 2,097,163 bytes (an input file is at most 1 MiB)", e.getMessage());
  }
}
