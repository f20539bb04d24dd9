package gongkai.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A node of an indicator tree (指标, levels 1-3). Leaves carry the maximum points an assessor may award; a parent's
 * {@code maxPoints} must equal the sum of its children's (checked by {@link SchemeValidator}).
 *
 * @param code           unique within the scheme's indicator trees (or within a period scheme's items)
 * @param name           the indicator's name
 * @param criteria       the scoring criteria (评分标准) shown on the scoring sheet; free text
 * @param maxPoints      maximum points of this node
 * @param standardPoints optional pass mark of the item, used by period rules such as Weibin's monthly bulletin
 * @param pointsEditable true where a template only suggests the split (the seed leaves it to the yearly plan)
 * @param children       empty for a leaf
 */
public record Indicator(
    String code,
    LocalizedText name,
    String criteria,
    BigDecimal maxPoints,
    BigDecimal standardPoints,
    boolean pointsEditable,
    List<Indicator> children) {

  public Indicator {
    children = children == null ? List.of() : List.copyOf(children);
  }

  public boolean leaf() {
    return children.isEmpty();
  }
}
