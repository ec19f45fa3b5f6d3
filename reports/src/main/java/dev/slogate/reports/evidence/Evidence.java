package dev.slogate.reports.evidence;

import dev.slogate.reports.internal.evidence.Sha256;
import dev.slogate.reports.internal.evidence.SlogateVersion;
import dev.slogate.reports.internal.evidence.TargetUrls;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.InjectorInfo;
import dev.slogate.slo.record.RunRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a verdict came from, for the evidence block of a sign-off: which objectives (their file's hash),
 * which code, which target, which tools. It never holds a secret: no environment variable, no header, and
 * the target URL without user info, query or fragment.
 *
 * @param sloSha256 SHA-256 of the SLO file's text, hex; "unknown" without it
 * @param gitCommit {@code git rev-parse HEAD} of the working directory, or "unknown"
 * @param targetUrl the target's base URL, redacted by {@link TargetUrls#redact}; "unknown" without a plan
 * @param slogateVersion the project version of this slogate
 * @param gatlingVersion the Gatling version that wrote the log
 * @param javaVersion the Java runtime that rendered the report
 * @param runIds the run ids the record holds
 * @param scaleFactor the plan's scale factor, or null without a plan
 * @param targetTimeScale how many times faster than documented the target ran its own timings (a stand-in's
 *     profile), or null without a plan
 * @param injectors "id on host" for every injector of the record
 * @param reportHost the machine that rendered the report
 * @param generatedAt when the report was rendered
 */
public record Evidence(
    String sloSha256,
    String gitCommit,
    String targetUrl,
    String slogateVersion,
    String gatlingVersion,
    String javaVersion,
    List<String> runIds,
    Double scaleFactor,
    Double targetTimeScale,
    List<String> injectors,
    String reportHost,
    Instant generatedAt) {

  public static final String UNKNOWN = "unknown";

  public Evidence {
    Objects.requireNonNull(generatedAt, "generatedAt");
    runIds = List.copyOf(runIds);
    injectors = List.copyOf(injectors);
  }

  /**
   * Collects the evidence of a run.
   *
   * @param sloText the SLO file's text as judged, or null
   * @param workingDirectory where to ask git for the commit
   */
  public static Evidence collect(RunRecord record, RunPlan plan, String sloText, Path workingDirectory, Clock clock) {
    return new Evidence(
        sloText == null ? UNKNOWN : Sha256.hex(sloText.getBytes(StandardCharsets.UTF_8)),
        GitCommit.of(workingDirectory),
        plan == null ? UNKNOWN : TargetUrls.redact(plan.target()),
        SlogateVersion.get(),
        record.metadata().gatlingVersion(),
        runtimeVersion(),
        List.of(record.metadata().runId()),
        plan == null ? null : plan.scaleFactor(),
        plan == null ? null : plan.targetTimeScale(),
        record.metadata().injectors().stream().map(Evidence::injector).toList(),
        LocalHost.name(),
        clock.instant());
  }

  /** The same evidence stamped at another time, for reproducible tests. */
  public Evidence at(Instant instant) {
    return new Evidence(sloSha256, gitCommit, targetUrl, slogateVersion, gatlingVersion, javaVersion, runIds,
        scaleFactor, targetTimeScale, injectors, reportHost, instant);
  }

  /** "injector-0 on host-a"; for an injector of a shared run, also its share and which clock it was checked against. */
  private static String injector(InjectorInfo info) {
    String share = !info.shared() ? ""
        : ", injector " + info.index() + " of " + info.count() + ", clock "
            + (info.clock() == null ? "not measured" : info.clock().describe());
    return info.id() + " on " + info.host() + share;
  }

  static String runtimeVersion() {
    return System.getProperty("java.version", UNKNOWN) + " (" + System.getProperty("java.vendor", UNKNOWN) + ")";
  }
}
