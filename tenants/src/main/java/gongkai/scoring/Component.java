package gongkai.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A part of the final score, e.g. Weibin's routine and annual assessments (Art. 8).
 *
 * @param weight       share in a {@link Combination#WEIGHTED_SUM}; must be null (or 1) in a plain sum
 * @param maxPoints    the highest score the component can have; for {@code INDICATORS} the sum of its tree, for
 *                     {@code PERIODIC} the scale the period average is mapped to (see {@link PeriodScheme})
 * @param indicators   the level-1 indicators of an {@code INDICATORS} component, otherwise empty
 * @param periodScheme the sub-scheme of a {@code PERIODIC} component, otherwise null
 */
public record Component(
    String code,
    LocalizedText name,
    ComponentKind kind,
    BigDecimal weight,
    BigDecimal maxPoints,
    List<Indicator> indicators,
    PeriodScheme periodScheme) {

  public Component {
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }
}
