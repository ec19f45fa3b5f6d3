package dev.slogate.chaos.spec;

import static dev.slogate.chaos.spec.SpecViolation.require;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * How many of the matched targets a fault hits: {@code mode} with its {@code value}, as in Chaos Mesh.
 *
 * @param mode one, all, fixed or fixed-percent
 * @param value the count for {@link Mode#FIXED}, the percentage for {@link Mode#FIXED_PERCENT}, 0 otherwise
 */
public record Selection(Mode mode, int value) {

  /** Selection modes, named as in experiment files and in Chaos Mesh. */
  public enum Mode {
    @JsonProperty("one") ONE("one"),
    @JsonProperty("all") ALL("all"),
    @JsonProperty("fixed") FIXED("fixed"),
    @JsonProperty("fixed-percent") FIXED_PERCENT("fixed-percent");

    private final String id;

    Mode(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public Selection {
    Objects.requireNonNull(mode, "mode");
    switch (mode) {
      case ONE, ALL -> require(value == 0, "value", "is only for mode fixed or fixed-percent");
      case FIXED -> require(value >= 1, "value", "mode fixed needs a value of 1 or more (the number of targets)");
      case FIXED_PERCENT -> require(value >= 1 && value <= 100, "value",
          "mode fixed-percent needs a value from 1 to 100 (the percentage of targets)");
    }
  }

  public static Selection one() {
    return new Selection(Mode.ONE, 0);
  }

  public static Selection all() {
    return new Selection(Mode.ALL, 0);
  }

  public static Selection fixed(int count) {
    return new Selection(Mode.FIXED, count);
  }

  public static Selection fixedPercent(int percent) {
    return new Selection(Mode.FIXED_PERCENT, percent);
  }

  @Override
  public String toString() {
    return value == 0 ? mode.id() : mode.id() + " " + value;
  }
}
