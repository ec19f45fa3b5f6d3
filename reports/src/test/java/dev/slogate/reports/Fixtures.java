package dev.slogate.reports;

import dev.slogate.slo.baseline.Baseline;
import dev.slogate.slo.baseline.RegressionCriteria;
import dev.slogate.reports.evidence.Evidence;
import dev.slogate.reports.run.RunFolder;
import dev.slogate.reports.run.RunJudgement;
import dev.slogate.slo.gate.GatePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real run folders under {@code src/test/resources/runs/}, produced by {@code gatling:test} of the
 * SteadyLoad simulation against the embedded reference stack (3 s warm-up, 8 s steady, 200 users/s):
 * {@code healthy-a} and {@code healthy-b} healthy, {@code added-latency} with {@code -Dslogate.stack.addLatency=120ms}.
 */
public final class Fixtures {

  public static final Instant GENERATED_AT = Instant.parse("2026-11-24T08:00:00Z");
  public static final Clock CLOCK = Clock.fixed(GENERATED_AT, ZoneOffset.UTC);

  private Fixtures() {}

  public static Path resource(String relative) {
    try {
      return Path.of(Fixtures.class.getResource("/" + relative).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + relative, e);
    }
  }

  public static Path run(String name) {
    return resource("runs/" + name);
  }

  /** A writable copy of a fixture run folder. */
  public static Path copyOfRun(String name, Path into) {
    Path source = run(name);
    Path target = into.resolve(name);
    try (Stream<Path> files = Files.list(source)) {
      Files.createDirectories(target);
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /** Evidence with fixed values, so that rendered reports are reproducible byte for byte. */
  public static Evidence evidence(String runId) {
    return new Evidence("5d41402abc4b2a76b9719d911017c592aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "0123456789abcdef0123456789abcdef01234567",
        "http://127.0.0.1:44293", "0.1.0-test", "3.15.1", "17.0.0 (test)", List.of(runId), 1.0, 1.0,
        List.of("injector-0 on test-host"), "test-host", GENERATED_AT);
  }

  /** A fixture run judged as {@code slogate report} would, with fixed evidence. */
  public static ReportInput judged(String name, String baselineName, GatePolicy policy) {
    RunFolder folder = RunFolder.load(run(name));
    Baseline baseline = baselineName == null ? null : Baseline.load(run(baselineName));
    ReportInput input = RunJudgement.judge(folder, baseline, RegressionCriteria.defaults().withRequired(baseline != null), policy, CLOCK);
    return new ReportInput(input.evaluation(), input.gate(), input.record(), input.plan(), input.timeline(), input.regression(),
        evidence(input.record().metadata().runId()));
  }
}
