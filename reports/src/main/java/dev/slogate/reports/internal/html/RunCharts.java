package dev.slogate.reports.internal.html;

import dev.slogate.reports.ReportInput;
import dev.slogate.slo.baseline.Baseline;
import dev.slogate.reports.internal.html.chart.Charts;
import dev.slogate.reports.internal.html.chart.SpectrumChart;
import dev.slogate.reports.internal.html.chart.TimeSeriesChart;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.FaultWindow;
import dev.slogate.slo.eval.PhaseWindow;
import dev.slogate.slo.eval.PhaseWindows;
import dev.slogate.slo.health.InjectorSample;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.SeriesStats;
import dev.slogate.slo.record.TimeSlice;
import dev.slogate.slo.spec.LatencyObjective;
import dev.slogate.slo.spec.RequestSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * The report's charts, drawn from the run record: latency percentiles per second, throughput and errors per
 * second (with the plan's phases and the chaos timeline's faults shaded), and the latency distribution of
 * the steady phases.
 */
final class RunCharts {

  private final ReportInput input;
  private final RunRecord record;
  private final long epochStartMillis;

  RunCharts(ReportInput input) {
    this.input = input;
    this.record = input.record();
    this.epochStartMillis = record.metadata().epochStartMillis();
  }

  String latencyOverTime() {
    List<TimeSlice> slices = List.copyOf(record.slices().values());
    double[] seconds = new double[slices.size()];
    double[][] values = new double[3][slices.size()];
    double[] percentiles = {50, 95, 99};
    for (int i = 0; i < slices.size(); i++) {
      seconds[i] = second(slices.get(i).epochSecond()) + 0.5;
      Histogram all = slices.get(i).overall().all();
      for (int p = 0; p < 3; p++) {
        values[p][i] = all.getTotalCount() == 0 ? Double.NaN : all.getValueAtPercentile(percentiles[p]);
      }
    }
    TimeSeriesChart chart = decorate(new TimeSeriesChart("Response time per second, all requests (ms, log scale)", "", true, duration()));
    chart.line(new TimeSeriesChart.Line(seconds, values[0], "p50", "p50"));
    chart.line(new TimeSeriesChart.Line(seconds, values[1], "p95", "p95"));
    chart.line(new TimeSeriesChart.Line(seconds, values[2], "p99", "p99"));
    for (LatencyObjective objective : allRequestLatencyObjectives()) {
      String css = objective.percentile() <= 50 ? "p50" : objective.percentile() <= 95 ? "p95" : "p99";
      chart.threshold(new TimeSeriesChart.Threshold(objective.thresholdMillis(),
          "target p" + trim(objective.percentile()) + " " + objective.comparison().symbol() + " " + Charts.millis(objective.thresholdMillis()), css));
    }
    return chart.toSvg(Charts::millis);
  }

  String throughputOverTime() {
    List<TimeSlice> slices = List.copyOf(record.slices().values());
    double[] seconds = new double[slices.size()];
    double[] ok = new double[slices.size()];
    double[] ko = new double[slices.size()];
    for (int i = 0; i < slices.size(); i++) {
      seconds[i] = second(slices.get(i).epochSecond()) + 0.5;
      ok[i] = slices.get(i).overall().okCount();
      ko[i] = slices.get(i).overall().koCount();
    }
    TimeSeriesChart chart = decorate(new TimeSeriesChart("Throughput and errors per second (requests/s)", "", false, duration()));
    chart.line(new TimeSeriesChart.Line(seconds, ok, "successful/s", "ok"));
    chart.line(new TimeSeriesChart.Line(seconds, ko, "failed/s", "ko"));
    if (input.plan() != null) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (Phase phase : input.plan().phases()) {
        xs.add(phase.startOffsetMillis() / 1000.0);
        ys.add(phase.startRate());
        xs.add(phase.endOffsetMillis() / 1000.0);
        ys.add(phase.endRate());
      }
      chart.line(new TimeSeriesChart.Line(xs.stream().mapToDouble(Double::doubleValue).toArray(),
          ys.stream().mapToDouble(Double::doubleValue).toArray(), "planned arrivals/s", "planned"));
    }
    return chart.toSvg(Charts::perSecond);
  }

  /** The hiccup meter's p99 and maximum per second (ms, log scale): how late the injector's threads could run. */
  String hiccupsOverTime() {
    List<InjectorSample> samples = record.injectorTimeline().samples();
    double[] seconds = new double[samples.size()];
    double[][] values = new double[2][samples.size()];
    for (int i = 0; i < samples.size(); i++) {
      seconds[i] = second(samples.get(i).epochSecond()) + 0.5;
      Histogram hiccups = samples.get(i).hiccupMicros();
      boolean any = hiccups.getTotalCount() > 0;
      values[0][i] = any ? hiccups.getValueAtPercentile(99) / 1000.0 : Double.NaN;
      values[1][i] = any ? hiccups.getMaxValue() / 1000.0 : Double.NaN;
    }
    TimeSeriesChart chart = decorate(new TimeSeriesChart("Injector hiccups per second: oversleep of a 1 ms sleep (ms, log scale)",
        "", true, duration()));
    chart.line(new TimeSeriesChart.Line(seconds, values[0], "hiccup p99", "p95"));
    chart.line(new TimeSeriesChart.Line(seconds, values[1], "hiccup max", "p99"));
    return chart.toSvg(Charts::millis);
  }

  /** The machine's CPU, the injector's (of the cores it may use) and the descriptors open against the limit, per second. */
  String injectorLoadOverTime() {
    List<InjectorSample> samples = record.injectorTimeline().samples();
    double[] seconds = new double[samples.size()];
    double[][] values = new double[3][samples.size()];
    for (int i = 0; i < samples.size(); i++) {
      InjectorSample s = samples.get(i);
      seconds[i] = second(s.epochSecond()) + 0.5;
      values[0][i] = 100 * s.machineCpu();
      values[1][i] = 100 * s.processCpu();
      values[2][i] = s.knowsDescriptors() ? 100.0 * s.openDescriptors() / s.maxDescriptors() : Double.NaN;
    }
    TimeSeriesChart chart = decorate(new TimeSeriesChart("Injector CPU and descriptors per second (% of the CPU, % of the limit)",
        "", false, duration()));
    chart.line(new TimeSeriesChart.Line(seconds, values[0], "machine CPU", "p99"));
    chart.line(new TimeSeriesChart.Line(seconds, values[1], "injector CPU", "p50"));
    chart.line(new TimeSeriesChart.Line(seconds, values[2], "descriptors", "ko"));
    return chart.toSvg(v -> String.format(Locale.ROOT, "%.0f%%", v));
  }

  /** The steady phases' distribution (the whole run without a plan), with the baseline's when there is one. */
  String distribution(Baseline baseline) {
    SpectrumChart chart = new SpectrumChart("Latency distribution (ms), all requests, " + steadyScope(input.plan()));
    Histogram now = steadyHistogram(record, input.plan());
    if (now.getTotalCount() > 0) {
      chart.curve(curve(now, "this run (n=" + String.format(Locale.ROOT, "%,d", now.getTotalCount()) + ")", "p99"));
    }
    if (baseline != null) {
      Histogram before = steadyHistogram(baseline.record(), baseline.plan());
      if (before.getTotalCount() > 0) {
        chart.curve(curve(before, "baseline " + baseline.runId(), "baseline"));
      }
    }
    for (LatencyObjective objective : allRequestLatencyObjectives()) {
      chart.target(new SpectrumChart.Target(objective.percentile(), objective.thresholdMillis(),
          "p" + trim(objective.percentile()) + " " + objective.comparison().symbol() + " " + Charts.millis(objective.thresholdMillis())));
    }
    return chart.toSvg();
  }

  static Histogram steadyHistogram(RunRecord record, RunPlan plan) {
    Histogram histogram = SeriesStats.newHistogram();
    List<PhaseWindow> windows = PhaseWindows.of(record, plan);
    boolean anySteady = windows.stream().anyMatch(w -> w.kind().orElse(null) == PhaseKind.STEADY);
    for (PhaseWindow window : windows) {
      if (!anySteady || window.kind().orElse(null) == PhaseKind.STEADY) {
        histogram.add(record.window(window.fromEpochSecond(), window.toEpochSecondExclusive()).overall().all());
      }
    }
    return histogram;
  }

  private static String steadyScope(RunPlan plan) {
    if (plan == null || plan.phases().isEmpty()) {
      return "whole run (no run plan)";
    }
    return plan.phasesOfKind(PhaseKind.STEADY).isEmpty() ? "whole run (the plan has no steady phase)" : "steady phases";
  }

  private static SpectrumChart.Curve curve(Histogram histogram, String label, String css) {
    // Beyond 1 − 1/n the sample says nothing more: the curve ends there, at the largest value.
    double last = 100 * (1 - 1.0 / histogram.getTotalCount());
    List<double[]> points = new ArrayList<>();
    for (HistogramIterationValue v : histogram.percentiles(5)) {
      if (v.getPercentileLevelIteratedTo() >= last) {
        break;
      }
      points.add(new double[] {v.getPercentileLevelIteratedTo(), v.getValueIteratedTo()});
    }
    points.add(new double[] {last, histogram.getMaxValue()});
    double[] ps = points.stream().mapToDouble(p -> p[0]).toArray();
    double[] ms = points.stream().mapToDouble(p -> p[1]).toArray();
    return new SpectrumChart.Curve(ps, ms, label, css);
  }

  private TimeSeriesChart decorate(TimeSeriesChart chart) {
    if (input.plan() != null) {
      for (Phase phase : input.plan().phases()) {
        chart.band(new TimeSeriesChart.Band(phase.startOffsetMillis() / 1000.0, phase.endOffsetMillis() / 1000.0,
            phase.name(), "phase phase-" + phase.kind().id()));
      }
    }
    ChaosTimeline timeline = input.timeline();
    if (timeline != null) {
      for (FaultWindow fault : timeline.faults()) {
        double injected = (fault.injectedAtEpochMillis() - epochStartMillis) / 1000.0;
        double recovered = fault.recoveredAtEpochMillis() == null ? duration() : (fault.recoveredAtEpochMillis() - epochStartMillis) / 1000.0;
        chart.band(new TimeSeriesChart.Band(injected, recovered, "fault: " + fault.fault(), "fault"));
        chart.marker(new TimeSeriesChart.Marker(injected, "injected", "injected"));
        if (fault.failoverMillis() != null) {
          chart.marker(new TimeSeriesChart.Marker(injected + fault.failoverMillis() / 1000.0,
              "failover " + Charts.millis(fault.failoverMillis()), "failover"));
        }
      }
    }
    return chart;
  }

  private List<LatencyObjective> allRequestLatencyObjectives() {
    return input.evaluation().spec().objectives().stream()
        .filter(LatencyObjective.class::isInstance)
        .map(LatencyObjective.class::cast)
        .filter(o -> o.selector().scope() == RequestSelector.Scope.ALL)
        .toList();
  }

  private double second(long epochSecond) {
    return (epochSecond * 1000 - epochStartMillis) / 1000.0;
  }

  private double duration() {
    double end = record.isEmpty() ? 1 : second(record.endEpochSecondExclusive());
    if (input.plan() != null) {
      end = Math.max(end, input.plan().durationMillis() / 1000.0);
    }
    return Math.ceil(end);
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
