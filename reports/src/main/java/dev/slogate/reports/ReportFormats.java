package dev.slogate.reports;

import dev.slogate.reports.internal.allure.AllureResultsFormat;
import dev.slogate.reports.internal.html.HtmlReportFormat;
import dev.slogate.reports.internal.junit.JUnitXmlFormat;
import dev.slogate.reports.internal.markdown.MarkdownSummaryFormat;
import dev.slogate.reports.internal.verdict.VerdictJsonFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The one factory of report formats, by the ids the command line uses. */
public final class ReportFormats {

  private static final Map<String, Supplier<ReportFormat>> FORMATS = new LinkedHashMap<>();

  static {
    FORMATS.put("json", VerdictJsonFormat::new);
    FORMATS.put("html", HtmlReportFormat::new);
    FORMATS.put("junit", JUnitXmlFormat::new);
    FORMATS.put("md", MarkdownSummaryFormat::new);
    FORMATS.put("allure", AllureResultsFormat::new);
  }

  private ReportFormats() {}

  /** Every format: json, html, junit, md, allure. */
  public static List<ReportFormat> all() {
    return FORMATS.values().stream().map(Supplier::get).toList();
  }

  public static List<String> ids() {
    return List.copyOf(FORMATS.keySet());
  }

  /**
   * @throws IllegalArgumentException naming the known ids
   */
  public static ReportFormat of(String id) {
    Supplier<ReportFormat> format = FORMATS.get(id.trim().toLowerCase(Locale.ROOT));
    if (format == null) {
      throw new IllegalArgumentException("unknown report format '" + id + "' (known: " + String.join(", ", FORMATS.keySet()) + ")");
    }
    return format.get();
  }

  /** Parses a comma-separated list such as {@code html,junit,md}; "all" means every format. */
  public static List<ReportFormat> parse(String commaSeparated) {
    if (commaSeparated.trim().equalsIgnoreCase("all")) {
      return all();
    }
    List<ReportFormat> formats = new ArrayList<>();
    for (String id : commaSeparated.split(",")) {
      if (!id.isBlank()) {
        ReportFormat format = of(id);
        if (formats.stream().noneMatch(f -> f.id().equals(format.id()))) {
          formats.add(format);
        }
      }
    }
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no report format given (known: " + String.join(", ", FORMATS.keySet()) + ")");
    }
    return formats;
  }
}
