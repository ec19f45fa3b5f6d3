package dev.slogate.slo.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slogate.config.AtomicFiles;
import dev.slogate.slo.health.InjectorTimeline;
import dev.slogate.slo.health.InjectorTimelineIO;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Saves a {@link RunRecord} to a file and loads it back without losing anything: {@code load(save(r))} equals
 * {@code r}, histograms included, so a saved record can serve as a baseline or be merged with others later.
 *
 * <p>The file is JSON with the schema id {@value #SCHEMA}; each histogram is HdrHistogram's compressed encoding in
 * base64. A file whose name ends in {@code .gz} is gzipped (names repeat in every slice, so this shrinks a record
 * several times); {@link #load} accepts either form. Writes are atomic: a reader never sees half a record.
 *
 * <p>The injector's health timeline, when the run's sampler recorded one, is the optional field
 * {@code injectorHealth}: its lines as {@link InjectorTimelineIO} writes them. A record without one has no such field,
 * so records saved before it existed load, and save back, byte for byte; a record without it reads as "injector
 * health not recorded".
 */
public final class RunRecordIO {

  public static final String SCHEMA = "slogate.runrecord/v1";

  /** The record's name in a run directory. */
  public static final String FILE_NAME = "run-record.json.gz";

  private static final String HISTOGRAM_ENCODING = "hdrhistogram-compressed-base64";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private RunRecordIO() {}

  /** Writes the record to {@code file}, replacing it atomically; gzipped when the name ends in {@code .gz}. */
  public static void save(RunRecord record, Path file) {
    boolean gzip = file.getFileName().toString().endsWith(".gz");
    try {
      AtomicFiles.write(file, raw -> {
        try (OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw) {
          MAPPER.writeValue(out, toJson(record));
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write run record " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * @throws IllegalArgumentException naming the file, when it is missing, not a run record, of another schema,
   *     or damaged
   */
  public static RunRecord load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("run record " + file + " does not exist");
    }
    JsonNode tree;
    try (InputStream in = openForReading(file)) {
      tree = MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("run record " + file + " is not valid JSON: " + e.getMessage(), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException("run record " + file + " is not a JSON object");
    }
    JsonNode schema = tree.get("schema");
    if (schema == null || !SCHEMA.equals(schema.asText())) {
      throw new IllegalArgumentException("run record " + file + " has schema "
          + (schema == null ? "(none)" : schema.asText()) + ", expected " + SCHEMA);
    }
    try {
      return fromJson(MAPPER.treeToValue(tree, RecordJson.class));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("run record " + file + " is not valid: " + e.getMessage(), e);
    }
  }

  private static InputStream openForReading(Path file) throws IOException {
    BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    boolean gzipped = first == 0x1f && second == 0x8b;
    return gzipped ? new GZIPInputStream(in, 1 << 16) : in;
  }

  // The file's shape. Kept apart from the model classes so that the model can change without the schema.

  /**
   * @param injectorHealth the injector timeline's lines ({@link InjectorTimelineIO}), absent when none was recorded:
   *     a record saved before the sampler existed, or from a foreign log, has no such field and reads as not recorded,
   *     and saves back to the very same bytes
   */
  record RecordJson(String schema, String histogramEncoding, MetadataJson metadata, List<SliceJson> slices,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> injectorHealth) {}

  record MetadataJson(
      String runId, String simulation, long epochStartMillis, List<String> scenarios, List<InjectorJson> injectors,
      boolean complete) {}

  /**
   * @param index which injector of a shared run, absent for a run of one (and in records saved before runs were shared)
   * @param count how many injectors shared the run, absent with {@code index}
   * @param clock its clock offset at its start, absent when not measured
   * @param health its own health timeline's lines in a merged record, absent when not kept
   */
  record InjectorJson(String id, String host, String gatlingVersion, long epochStartMillis,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer index,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer count,
      @JsonInclude(JsonInclude.Include.NON_NULL) ClockJson clock,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> health) {}

  record ClockJson(ClockOffset.Reference reference, long offsetMillis, long uncertaintyMillis) {}

  /**
   * @param usersStartedPerTenth users started in each tenth of the second; left out when none started, and absent
   *     from records saved before it was kept (their schedule lag cannot be read)
   */
  record SliceJson(
      long second, long usersStarted, long usersEnded, long crashErrors, SeriesJson overall,
      Map<String, SeriesJson> requests, Map<String, SeriesJson> groups, Map<String, Long> koMessages,
      @JsonInclude(JsonInclude.Include.NON_NULL) long[] usersStartedPerTenth) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SeriesJson(String ok, String ko) {}

  private static RecordJson toJson(RunRecord record) {
    RunMetadata m = record.metadata();
    List<InjectorJson> injectors = m.injectors().stream()
        .map(i -> new InjectorJson(i.id(), i.host(), i.gatlingVersion(), i.epochStartMillis(), i.index(), i.count(),
            i.clock() == null ? null
                : new ClockJson(i.clock().reference(), i.clock().offsetMillis(), i.clock().uncertaintyMillis()),
            i.health().recorded() ? InjectorTimelineIO.lines(i.health()) : null))
        .toList();
    MetadataJson metadata =
        new MetadataJson(m.runId(), m.simulation(), m.epochStartMillis(), m.scenarios(), injectors, m.complete());
    List<SliceJson> slices = new ArrayList<>();
    for (TimeSlice slice : record.slicesForWriting().values()) {
      slices.add(new SliceJson(slice.epochSecond(), slice.usersStarted(), slice.usersEnded(), slice.crashErrors(),
          toJson(slice.overall()), toJson(slice.requests()), toJson(slice.groups()), new TreeMap<>(slice.koMessages()),
          slice.usersStarted() == 0 ? null : slice.startsPerTick()));
    }
    InjectorTimeline health = record.injectorTimeline();
    return new RecordJson(SCHEMA, HISTOGRAM_ENCODING, metadata, slices,
        health.recorded() ? InjectorTimelineIO.lines(health) : null);
  }

  private static Map<String, SeriesJson> toJson(Map<String, SeriesStats> series) {
    Map<String, SeriesJson> json = new TreeMap<>();
    series.forEach((name, stats) -> json.put(name, toJson(stats)));
    return json;
  }

  private static SeriesJson toJson(SeriesStats stats) {
    return new SeriesJson(HistogramCodec.encode(stats.okForWriting()), HistogramCodec.encode(stats.koForWriting()));
  }

  private static RunRecord fromJson(RecordJson json) {
    if (!HISTOGRAM_ENCODING.equals(json.histogramEncoding())) {
      throw new IllegalArgumentException("histogram encoding " + json.histogramEncoding() + ", expected "
          + HISTOGRAM_ENCODING);
    }
    MetadataJson m = require(json.metadata(), "metadata");
    List<InjectorInfo> injectors = require(m.injectors(), "metadata.injectors").stream()
        .map(i -> new InjectorInfo(i.id(), i.host(), i.gatlingVersion(), i.epochStartMillis(), i.index(), i.count(),
            i.clock() == null ? null
                : new ClockOffset(require(i.clock().reference(), "clock.reference"), i.clock().offsetMillis(),
                    i.clock().uncertaintyMillis()),
            i.health() == null ? null : InjectorTimelineIO.fromLines(i.health())))
        .toList();
    RunMetadata metadata = new RunMetadata(require(m.runId(), "metadata.runId"),
        require(m.simulation(), "metadata.simulation"), m.epochStartMillis(),
        require(m.scenarios(), "metadata.scenarios"), injectors, m.complete());
    List<TimeSlice> slices = new ArrayList<>();
    for (SliceJson s : require(json.slices(), "slices")) {
      try {
        slices.add(fromJson(s));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("slice of second " + s.second() + ": " + e.getMessage(), e);
      }
    }
    RunRecord record = RunRecord.of(metadata, slices);
    return json.injectorHealth() == null ? record
        : record.withInjectorTimeline(InjectorTimelineIO.fromLines(json.injectorHealth()));
  }

  private static TimeSlice fromJson(SliceJson s) {
    TimeSlice slice = new TimeSlice(s.second());
    slice.setCounters(s.usersStarted(), s.usersEnded(), s.crashErrors());
    slice.setStartsPerTick(s.usersStartedPerTenth());
    slice.overall().add(fromJson(require(s.overall(), "overall")));
    require(s.requests(), "requests").forEach((name, series) -> slice.putRequest(name, fromJson(series)));
    require(s.groups(), "groups").forEach((path, series) -> slice.putGroup(path, fromJson(series)));
    require(s.koMessages(), "koMessages").forEach(slice::putKoMessage);
    return slice;
  }

  private static SeriesStats fromJson(SeriesJson series) {
    return new SeriesStats(HistogramCodec.decode(series.ok()), HistogramCodec.decode(series.ko()));
  }

  private static <T> T require(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("missing " + field);
    }
    return value;
  }
}
