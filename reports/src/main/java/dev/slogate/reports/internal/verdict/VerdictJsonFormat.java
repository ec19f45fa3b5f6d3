package dev.slogate.reports.internal.verdict;

import dev.slogate.reports.ReportFormat;
import dev.slogate.reports.ReportInput;
import java.nio.file.Path;

/** {@code verdict.json} as a report format, with the regression block. */
public final class VerdictJsonFormat implements ReportFormat {

  @Override
  public String id() {
    return "json";
  }

  @Override
  public String fileName() {
    return VerdictJson.FILE_NAME;
  }

  @Override
  public Path writeOut(ReportInput input, Path outputDirectory) {
    Path file = outputDirectory.resolve(VerdictJson.FILE_NAME);
    VerdictJson.write(input.evaluation(), input.gate(), input.regression(), file);
    return file;
  }
}
