package dev.slogate.benchmarks.reliability;

import dev.slogate.benchmarks.internal.harness.Folders;
import dev.slogate.benchmarks.internal.harness.GatlingLauncher;
import dev.slogate.benchmarks.internal.harness.Met;
import dev.slogate.benchmarks.internal.harness.Section;
import dev.slogate.benchmarks.internal.harness.SuiteOptions;
import dev.slogate.benchmarks.internal.harness.Table;
import dev.slogate.config.Options;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The secret-scan part of the reliability trials (issue 15): real Gatling runs handed secrets the ways a user hands
 * them (a token in the environment, a token file, user info and a query in the target URL, Java-rejected hosts),
 * then every file the run left (run folder, Gatling's results, compressed ones decompressed) and its console are
 * scanned for each secret. The allowed count is 0.
 *
 * <p>Each secret is fresh random text, so a hit can only come from this run. Traffic stays on loopback: the
 * embedded stack, or a tiny HTTP server this trial starts.
 */
public final class SecretScanTrial {

  /** One way of handing slogate a secret, and the run that does it. */
  record Case(String name, String simulation, String secret, List<String> launchPrefix, List<String[]> properties) {}

  /** What one case left behind; {@code stackTrace}: its console holds one. */
  record Scan(String name, int exitCode, int filesScanned, long occurrences, List<String> where, boolean stackTrace) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretScanTrial() {}

  public static void main(String[] args) throws Exception {
    SuiteOptions options = SuiteOptions.fromSystemProperties("secret-scan");
    // Made first, so that the section's time and load average are the scans' own.
    Section section = new Section("secret-scan", "Reliability trials: secrets in output", options);
    List<Scan> scans = run(options.work(), false);
    report(section, options, scans);
  }

  /**
   * Runs the cases and scans what they left.
   *
   * @param quick only the cases CI affords: one token run, one run with a secret query, two refused URLs
   */
  static List<Scan> run(Path work, boolean quick) throws IOException, InterruptedException {
    try (OkServer server = OkServer.start()) {
      String local = server.hostAndPort();
      Path tokenFile = Files.createDirectories(work).resolve("kecs-token");
      String fileToken = jwtLike();
      Files.writeString(tokenFile, fileToken + "\n");
      String envToken = jwtLike();
      String password = secret("pw");
      String query = secret("q");
      String oddHostPassword = secret("pw");
      String ipv6Password = secret("pw");
      List<Case> cases = new ArrayList<>();
      cases.add(new Case("token in SLOGATE_KECS_TOKEN", "dev.slogate.simulations.seeds.KecsLoad", envToken,
          List.of("env", "SLOGATE_KECS_TOKEN=" + envToken), List.of()));
      if (!quick) {
        cases.add(new Case("token in the file of SLOGATE_KECS_TOKEN_FILE", "dev.slogate.simulations.seeds.KecsLoad",
            fileToken, List.of("env", "SLOGATE_KECS_TOKEN_FILE=" + tokenFile), List.of()));
      }
      cases.add(new Case("a query token in the target URL", "dev.slogate.simulations.SteadyLoad", query, List.of(),
          List.<String[]>of(new String[] {Options.TARGET_URL.key(), "http://" + local + "/?token=" + query})));
      cases.add(new Case("user info in a valid target URL", "dev.slogate.simulations.SteadyLoad", password, List.of(),
          List.<String[]>of(new String[] {Options.TARGET_URL.key(), "http://admin:" + password + "@" + local})));
      cases.add(new Case("user info with a host Java rejects", "dev.slogate.simulations.SteadyLoad", oddHostPassword,
          List.of(), List.<String[]>of(new String[] {Options.TARGET_URL.key(),
              "http://user:" + oddHostPassword + "@bad_host.local:8080"})));
      if (!quick) {
        cases.add(new Case("user info with an IPv6 host", "dev.slogate.simulations.SteadyLoad", ipv6Password, List.of(),
            List.<String[]>of(new String[] {Options.TARGET_URL.key(), "http://u:" + ipv6Password + "@[::1]:9/x"})));
      }
      List<Scan> scans = new ArrayList<>();
      for (int i = 0; i < cases.size(); i++) {
        scans.add(runAndScan(cases.get(i), work.resolve("case-" + i)));
      }
      return scans;
    }
  }

  private static Scan runAndScan(Case c, Path work) throws IOException, InterruptedException {
    Folders.fresh(work);
    GatlingLauncher launcher = GatlingLauncher.withThisClassPath().withLaunchPrefix(c.launchPrefix())
        .withTimeout(Duration.ofMinutes(3))
        .withProperty(Options.WARM_UP.key(), "1s")
        .withProperty(Options.DURATION.key(), "3s")
        .withProperty(Options.COOL_DOWN.key(), "1s")
        .withProperty(Options.RATE.key(), "20");
    for (String[] property : c.properties()) {
      launcher = launcher.withProperty(property[0], property[1]);
    }
    GatlingLauncher.Finished finished = launcher.run(c.simulation(), work);
    List<String> where = new ArrayList<>();
    long occurrences = 0;
    int files = 0;
    List<Path> all;
    try (Stream<Path> walk = Files.walk(work)) {
      all = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : all) {
      files++;
      long hits = count(text(file), c.secret());
      if (hits > 0) {
        occurrences += hits;
        where.add(work.relativize(file) + " (" + hits + ")");
      }
    }
    String console = finished.output();
    boolean stackTrace = console.contains("\tat ") || console.contains("Exception in thread");
    return new Scan(c.name(), finished.exitCode(), files, occurrences, where, stackTrace);
  }

  private static String text(Path file) throws IOException {
    if (file.toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      }
    }
    // Bytes as Latin-1: every byte maps to one char, so a secret is found in binary files (simulation.log) too.
    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
  }

  private static long count(String text, String secret) {
    long hits = 0;
    for (int at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
      hits++;
    }
    return hits;
  }

  private static String secret(String prefix) {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return prefix + "SECRET" + HexFormat.of().formatHex(bytes);
  }

  /** Shaped like a JWT, as KECS's token is, with a random signature. */
  private static String jwtLike() {
    return "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJrZWNzIn0." + secret("sig");
  }

  private static void report(Section section, SuiteOptions options, List<Scan> scans) {
    Table table = new Table("secret handed over as", "exit status", "files scanned (and the console)", "occurrences",
        "where");
    long total = 0;
    for (Scan scan : scans) {
      total += scan.occurrences();
      table.row(scan.name(), scan.exitCode(), scan.filesScanned(), scan.occurrences(),
          scan.where().isEmpty() ? "–" : String.join(", ", scan.where()));
    }
    section
        .paragraph("Real Gatling runs, each handed one fresh random secret: KECS's token in the environment and in a "
            + "token file (the seed's load against the embedded stand-in), and a target URL carrying user info or a "
            + "query token (a loopback server; hosts Java rejects; IPv6). Every file each run left, compressed ones "
            + "decompressed and binary ones byte for byte, and its console are scanned for the secret.")
        .table(table)
        .headline("secrets found in output", "0", String.valueOf(total), total == 0 ? Met.YES : Met.NO)
        .write();
    SuiteRow.write(options.results(), "secret-scan", new SuiteRow("secrets in output", scans.size(), "–",
        String.valueOf(scans.stream().filter(Scan::stackTrace).count()), "–", "–", "–", String.valueOf(total)));
  }
}
