package gongkai.survey.results;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered satisfaction scale, most satisfied option first (an answer is the option's index), with
 * the set of options that count as "satisfied" for the satisfaction rate (满意率).
 *
 * <p>The default five-level scale is 满意 / 比较满意 / 基本满意 / 不太满意 / 不满意 at 100/80/60/40/0
 * points, and its satisfied set is the first three options: the rate then reads as
 * "(满意 + 比较满意 + 基本满意) / all answers", the usual definition in the seeds' surveys.
 */
public record SatisfactionScale(List<ScaleOption> options, Set<String> satisfiedCodes) {
  public static final List<String> FIVE_LEVEL_CODES =
      List.of("SATISFIED", "FAIRLY_SATISFIED", "BASICALLY_SATISFIED", "NOT_VERY_SATISFIED", "DISSATISFIED");

  public SatisfactionScale {
    options = List.copyOf(options);
    satisfiedCodes = Set.copyOf(satisfiedCodes);
    if (options.size() < 2) throw new IllegalArgumentException("a scale needs at least two options");
    Set<String> codes = new HashSet<>();
    for (ScaleOption o : options) {
      if (!codes.add(o.code())) throw new IllegalArgumentException("duplicate option code " + o.code());
    }
    if (!codes.containsAll(satisfiedCodes)) {
      throw new IllegalArgumentException("satisfied codes " + satisfiedCodes + " not all in " + codes);
    }
  }

  /** The default five-level scale, 100/80/60/40/0 points, satisfied = the first three options. */
  public static SatisfactionScale fiveLevel() {
    // Default labels; a tenant's questionnaire replaces them (and adds zh-Hant/en) as it likes.
    return fiveLevel(
        List.of("满意", "比较满意", "基本满意", "不太满意", "不满意"),
        List.of(BigDecimal.valueOf(100), BigDecimal.valueOf(80), BigDecimal.valueOf(60),
            BigDecimal.valueOf(40), BigDecimal.ZERO),
        3);
  }

  /**
   * A five-level scale with the tenant's labels and points, most satisfied first; the first
   * {@code satisfiedCount} options count as satisfied.
   */
  public static SatisfactionScale fiveLevel(List<String> labels, List<BigDecimal> points, int satisfiedCount) {
    if (labels.size() != 5 || points.size() != 5) {
      throw new IllegalArgumentException("a five-level scale needs five labels and five points");
    }
    if (satisfiedCount < 0 || satisfiedCount > 5) throw new IllegalArgumentException("satisfiedCount " + satisfiedCount);
    var options = new java.util.ArrayList<ScaleOption>();
    for (int i = 0; i < 5; i++) options.add(new ScaleOption(FIVE_LEVEL_CODES.get(i), labels.get(i), points.get(i)));
    return new SatisfactionScale(options, Set.copyOf(FIVE_LEVEL_CODES.subList(0, satisfiedCount)));
  }

  /** Index of the option with this code (what a stored answer holds). */
  public int indexOf(String code) {
    for (int i = 0; i < options.size(); i++) if (options.get(i).code().equals(code)) return i;
    throw new IllegalArgumentException("no option " + code);
  }

  public boolean isSatisfied(int answer) {
    return satisfiedCodes.contains(options.get(answer).code());
  }
}
