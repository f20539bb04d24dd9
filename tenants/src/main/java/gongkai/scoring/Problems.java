package gongkai.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects scheme problems with their paths, and the checks several parts of the validator share. */
final class Problems {

  /** No scheme needs more; the bound keeps sums in hundredths within a {@code long}. */
  static final BigDecimal MOST_POINTS = new BigDecimal("1000000");

  private final List<SchemeProblem> list = new ArrayList<>();

  void add(String path, String message) {
    list.add(new SchemeProblem(path, message));
  }

  List<SchemeProblem> list() {
    return List.copyOf(list);
  }

  /** Checks a code is present and not yet in {@code seen}; returns false if missing. */
  boolean code(String path, String code, Set<String> seen, String what) {
    if (code == null || code.isBlank()) {
      add(path, what + " needs a code");
      return false;
    }
    if (!seen.add(code)) {
      add(path, "duplicate " + what + " code '" + code + "'");
    }
    return true;
  }

  void name(String path, LocalizedText name) {
    if (name == null || name.zhHans() == null || name.zhHans().isBlank()) {
      add(path + ".zhHans", "needs a name in simplified Chinese");
    }
  }

  /** Checks a points value is present, at most two decimals, and positive (or >= 0 when zero is allowed). */
  boolean points(String path, BigDecimal value, boolean zeroAllowed) {
    if (value == null) {
      add(path, "is required");
      return false;
    }
    if (value.stripTrailingZeros().scale() > 2) {
      add(path, "has more than two decimal places: " + value.toPlainString());
      return false;
    }
    if (value.compareTo(MOST_POINTS) > 0) {
      add(path, "is more than " + MOST_POINTS.toPlainString() + " points");
      return false;
    }
    int sign = value.signum();
    if (sign < 0 || (sign == 0 && !zeroAllowed)) {
      add(path, "must be " + (zeroAllowed ? "0 or more" : "more than 0") + ", is " + value.toPlainString());
      return false;
    }
    return true;
  }

  /** Like {@link #points} for an optional value. */
  void optionalPoints(String path, BigDecimal value) {
    if (value != null) {
      points(path, value, false);
    }
  }

  static Set<String> codes() {
    return new HashSet<>();
  }
}
