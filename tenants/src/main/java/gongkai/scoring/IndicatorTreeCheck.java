package gongkai.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Checks indicator trees: levels 1-3, codes unique, leaves carry points, each parent the sum of its children. */
final class IndicatorTreeCheck {

  static final int DEEPEST_LEVEL = 3;

  private final Problems problems;
  private final Set<String> codes;

  IndicatorTreeCheck(Problems problems, Set<String> codes) {
    this.problems = problems;
    this.codes = codes;
  }

  /** Checks the level-1 indicators under {@code path} and returns the sum of their points (null if unknown). */
  BigDecimal check(String path, List<Indicator> level1) {
    return checkLevel(path, level1, 1);
  }

  private BigDecimal checkLevel(String path, List<Indicator> nodes, int level) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < nodes.size(); i++) {
      BigDecimal points = checkNode(path + "[" + i + "]", nodes.get(i), level);
      sum = sum == null || points == null ? null : sum.add(points);
    }
    return sum;
  }

  private BigDecimal checkNode(String path, Indicator node, int level) {
    if (node == null) {
      problems.add(path, "is empty");
      return null;
    }
    problems.code(path + ".code", node.code(), codes, "indicator");
    problems.name(path + ".name", node.name());
    boolean pointsOk = problems.points(path + ".maxPoints", node.maxPoints(), false);
    if (node.standardPoints() != null && pointsOk
        && (node.standardPoints().signum() < 0 || node.standardPoints().compareTo(node.maxPoints()) > 0)) {
      problems.add(path + ".standardPoints", "must be between 0 and the indicator's " + plain(node.maxPoints())
          + " points, is " + plain(node.standardPoints()));
    }
    if (node.leaf()) {
      return pointsOk ? node.maxPoints() : null;
    }
    if (node.standardPoints() != null) {
      problems.add(path + ".standardPoints", "only a leaf is scored against a standard");
    }
    if (level == DEEPEST_LEVEL) {
      problems.add(path + ".children", "an indicator tree has at most " + DEEPEST_LEVEL + " levels");
      return pointsOk ? node.maxPoints() : null;
    }
    BigDecimal children = checkLevel(path + ".children", node.children(), level + 1);
    if (pointsOk && children != null && children.compareTo(node.maxPoints()) != 0) {
      problems.add(path + ".maxPoints", "is " + plain(node.maxPoints()) + " but the children add up to "
          + plain(children));
    }
    return pointsOk ? node.maxPoints() : null;
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
