package dev.slogate.reports;

import java.nio.file.Path;

/**
 * One output of a run: a file (or folder) a person or a CI system reads. Implementations are obtained from
 * {@link ReportFormats}; each renders the same {@link ReportInput}, so they cannot disagree on the verdict.
 */
public interface ReportFormat {

  /** The name used on the command line: {@code html}, {@code junit}, {@code md}, {@code allure}, {@code json}. */
  String id();

  /** The file or folder name it writes in the output directory, such as {@code report.html}. */
  String fileName();

  /**
   * Writes the report into {@code outputDirectory}, replacing an earlier one atomically where the format is a
   * single file.
   *
   * @return the file or folder written
   */
  Path writeOut(ReportInput input, Path outputDirectory);
}
