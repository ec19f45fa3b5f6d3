package dev.slogate.slo.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.spec.Citation;
import dev.slogate.slo.spec.Objective;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every objective of a seed catalog cites its system's deployment guide, and the citation is true: the guide
 * is there, its section heading exists, and the quoted words stand verbatim under that heading. A target that
 * cannot be found in the guide has no business gating a release.
 */
class CatalogCitationTest {

  static List<String> seedCatalogs() {
    return SeedCatalogs.GUIDES.keySet().stream().sorted().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedCatalogs")
  void everyCitationPointsAtWordsInTheGuideItNames(String catalog) throws IOException {
    SloSpec spec = SloSpecs.loadCatalog(catalog);
    String guideFile = SeedCatalogs.GUIDES.get(catalog);
    assertTrue(Files.isRegularFile(Guide.DIRECTORY.resolve(guideFile)), "guide copy missing: " + guideFile);
    Guide guide = Guide.read(guideFile);
    List<String> problems = new ArrayList<>();
    for (Objective objective : spec.objectives()) {
      Optional<Citation> source = objective.source();
      if (source.isEmpty() || source.get().section().isEmpty() || source.get().quote().isEmpty()) {
        problems.add(objective.name() + ": needs a source with document, section and quote");
        continue;
      }
      Citation citation = source.get();
      if (!citation.document().equals(guideFile)) {
        problems.add(objective.name() + ": cites " + citation.document() + ", not " + guideFile);
        continue;
      }
      guide.problem(citation.section().get(), citation.quote().get()).ifPresent(p -> problems.add(objective.name() + ": " + p));
    }
    assertEquals(List.of(), problems, catalog + " has citations that are not in its guide");
  }

  @Test
  void theCheckerCatchesAWrongSectionAndAMissingQuote() throws IOException {
    Guide kgas = Guide.read("002_29c61caf2d432fac.txt");
    String quote = "**Response Time**: 95th percentile response time under 200ms";
    assertEquals(Optional.empty(), kgas.problem("Availability Metrics", quote));
    assertEquals(Optional.of("'" + quote + "' is in 002_29c61caf2d432fac.txt but not under the heading 'Scalability Metrics'"),
        kgas.problem("Scalability Metrics", quote));
    assertEquals(Optional.of("'**Response Time**: 95th percentile response time under 100ms' is not in 002_29c61caf2d432fac.txt"),
        kgas.problem("Availability Metrics", "**Response Time**: 95th percentile response time under 100ms"));
    assertEquals(Optional.of("no heading 'Availability' in 002_29c61caf2d432fac.txt"), kgas.problem("Availability", quote));
  }

  @Test
  void commentsInCodeBlocksAreNotHeadings() throws IOException {
    Guide kecs = Guide.read("000_f0d8d7709017473b.txt");
    // "# Pod Disruption Budget" is a YAML comment inside the fenced block of "Kubernetes Resource Tuning".
    assertEquals(List.of(), kecs.sectionsNamed("Pod Disruption Budget"));
    assertEquals(Optional.empty(), kecs.problem("Kubernetes Resource Tuning", "minAvailable: 2"));
    assertEquals(1, kecs.sectionsNamed("High Availability Setup").size());
  }

  @Test
  void theCopiesAreTheSharedGuidesWhereThoseAreAvailable() throws IOException {
    // On developer and CI machines shared/ sits next to the repository; a fresh clone elsewhere has only the copies.
    Path shared = Path.of("../../shared/seeds");
    Assumptions.assumeTrue(Files.isDirectory(shared), "no " + shared.toAbsolutePath().normalize() + ", so the copies are not compared");
    for (String file : SeedCatalogs.GUIDES.values()) {
      assertArrayEquals(Files.readAllBytes(shared.resolve(file)), Files.readAllBytes(Guide.DIRECTORY.resolve(file)),
          file + " differs from the shared guide");
    }
  }
}
