package dev.slogate.slo.spec;

import java.util.Optional;

/** How a measured value must relate to its threshold. */
public enum Comparison {
  LESS("<", "below", "at or above"),
  LESS_OR_EQUAL("<=", "at or below", "above"),
  GREATER(">", "above", "at or below"),
  GREATER_OR_EQUAL(">=", "at or above", "below");

  private final String symbol;
  private final String metWording;
  private final String missedWording;

  Comparison(String symbol, String metWording, String missedWording) {
    this.symbol = symbol;
    this.metWording = metWording;
    this.missedWording = missedWording;
  }

  public String symbol() {
    return symbol;
  }

  /** Whether {@code value} meets a threshold under this comparison. */
  public boolean holds(double value, double threshold) {
    return switch (this) {
      case LESS -> value < threshold;
      case LESS_OR_EQUAL -> value <= threshold;
      case GREATER -> value > threshold;
      case GREATER_OR_EQUAL -> value >= threshold;
    };
  }

  /** True for {@code <} and {@code <=}: the objective is an upper limit. */
  public boolean isUpperLimit() {
    return this == LESS || this == LESS_OR_EQUAL;
  }

  /** "below", "at or above"…: how a met value relates to the threshold, for sentences. */
  public String metWording() {
    return metWording;
  }

  /** How a missed value relates to the threshold, for sentences. */
  public String missedWording() {
    return missedWording;
  }

  /** Parses {@code <}, {@code <=}, {@code >}, {@code >=} and the words lt, le/lte, gt, ge/gte. */
  public static Optional<Comparison> parse(String text) {
    return Optional.ofNullable(switch (text.trim()) {
      case "<", "lt" -> LESS;
      case "<=", "le", "lte" -> LESS_OR_EQUAL;
      case ">", "gt" -> GREATER;
      case ">=", "ge", "gte" -> GREATER_OR_EQUAL;
      default -> null;
    });
  }
}
