package dev.slogate.chaos.spec;

import static dev.slogate.chaos.spec.SpecViolation.require;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A process on this machine: a replica of the reference stack (by {@code index} or {@code role}), a
 * {@code pid}, the pid in a {@code pidfile}, a server of an HAProxy backend ({@code haproxyBackend},
 * {@code backend} or {@code backend/server}), or every replica ({@code all: true}). A file names exactly
 * one of these.
 *
 * <p>Build one with the static factories; read it with {@link #by()} and the typed accessor of that kind.
 */
public record LocalTarget(By by, String value) implements TargetSpec {

  private static final Pattern HAPROXY_NAME = Pattern.compile("[A-Za-z0-9_.:-]+(/[A-Za-z0-9_.:-]+)?");

  /** How a local target names its process. */
  public enum By {
    INDEX("index"), ROLE("role"), PID("pid"), PIDFILE("pidfile"), HAPROXY_BACKEND("haproxyBackend"),
    /** {@code all: true}: every replica of whatever runs them, in index order. */
    ALL("all");

    private final String key;

    By(String key) {
      this.key = key;
    }

    /** The key in an experiment file. */
    public String key() {
      return key;
    }
  }

  public LocalTarget {
    Objects.requireNonNull(by, "by");
    SpecViolation.required(value, by.key());
    switch (by) {
      case INDEX -> require(value.matches("\\d{1,6}"), by.key(), "must be a replica index, 0 or more");
      case ROLE -> require(value.matches("[a-z][a-z0-9-]{0,62}"), by.key(),
          "'" + value + "' is not a role name (lower-case letters, digits and '-')");
      case PID -> require(value.matches("[1-9]\\d{0,9}"), by.key(), "must be a process id, 1 or more");
      case PIDFILE -> require(!value.isBlank(), by.key(), "must be a file path");
      case HAPROXY_BACKEND -> require(HAPROXY_NAME.matcher(value).matches(), by.key(),
          "'" + value + "' is not 'backend' or 'backend/server'");
      case ALL -> require(value.equals("true"), by.key(), "is written all: true (every replica)");
    }
  }

  public static LocalTarget index(int index) {
    return new LocalTarget(By.INDEX, Integer.toString(index));
  }

  public static LocalTarget role(String role) {
    return new LocalTarget(By.ROLE, role);
  }

  public static LocalTarget pid(long pid) {
    return new LocalTarget(By.PID, Long.toString(pid));
  }

  public static LocalTarget pidfile(Path pidfile) {
    return new LocalTarget(By.PIDFILE, pidfile.toString());
  }

  public static LocalTarget haproxyBackend(String backend) {
    return new LocalTarget(By.HAPROXY_BACKEND, backend);
  }

  /** Every replica, in index order: {@code all: true}. */
  public static LocalTarget all() {
    return new LocalTarget(By.ALL, "true");
  }

  /** Whether this target is {@code all: true}. */
  public boolean isAll() {
    return by == By.ALL;
  }

  public OptionalInt index() {
    return by == By.INDEX ? OptionalInt.of(Integer.parseInt(value)) : OptionalInt.empty();
  }

  public Optional<String> role() {
    return by == By.ROLE ? Optional.of(value) : Optional.empty();
  }

  public OptionalLong pid() {
    return by == By.PID ? OptionalLong.of(Long.parseLong(value)) : OptionalLong.empty();
  }

  public Optional<Path> pidfile() {
    return by == By.PIDFILE ? Optional.of(Path.of(value)) : Optional.empty();
  }

  public Optional<String> haproxyBackend() {
    return by == By.HAPROXY_BACKEND ? Optional.of(value) : Optional.empty();
  }

  @JsonCreator
  static LocalTarget of(@JsonProperty("index") Integer index, @JsonProperty("role") String role,
      @JsonProperty("pid") Long pid, @JsonProperty("pidfile") String pidfile,
      @JsonProperty("haproxyBackend") String haproxyBackend, @JsonProperty("all") Boolean all) {
    List<LocalTarget> named = new ArrayList<>();
    if (index != null) {
      require(index >= 0, "index", "must be a replica index, 0 or more");
      named.add(index(index));
    }
    if (role != null) {
      named.add(role(role));
    }
    if (pid != null) {
      require(pid >= 1, "pid", "must be a process id, 1 or more");
      named.add(pid(pid));
    }
    if (pidfile != null) {
      named.add(new LocalTarget(By.PIDFILE, pidfile));
    }
    if (haproxyBackend != null) {
      named.add(haproxyBackend(haproxyBackend));
    }
    if (all != null) {
      require(all, "all", "is written all: true (every replica); to name fewer, use index or role");
      named.add(all());
    }
    require(named.size() == 1, "", "a local target names exactly one of index, role, pid, pidfile, haproxyBackend or all"
        + (named.isEmpty() ? "" : ", not " + named.stream().map(t -> t.by().key()).toList()));
    return named.get(0);
  }
}
