package dev.slogate.slo.spec;

import java.util.Optional;

/** How a measured value must relate to its threshold. */
public enum Comparison {
  LESS("<"),
  LESS_OR_EQUAL("<="),
  GREATER(">"),
  GREATER_OR_EQUAL(">=");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
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
