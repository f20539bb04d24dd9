package gongkai.cycle;

import gongkai.scoring.Component;
import gongkai.scoring.ComponentKind;
import gongkai.scoring.Indicator;
import gongkai.scoring.SchemeDefinition;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The scoring sheet (评分表) of a scheme as units and assessors fill it in: the leaf indicators of its
 * {@code INDICATORS} components, in scheme order, each with its maximum. Periodic items (Weibin's weekly checks) are
 * scored per period, not here; SOCIAL and FIXED components are entered directly.
 */
public final class ScoringSheet {

  private final Map<String, Indicator> leaves;
  private final Set<String> parents;

  private ScoringSheet(Map<String, Indicator> leaves, Set<String> parents) {
    this.leaves = Collections.unmodifiableMap(leaves);
    this.parents = Collections.unmodifiableSet(parents);
  }

  public static ScoringSheet of(SchemeDefinition scheme) {
    Map<String, Indicator> leaves = new LinkedHashMap<>();
    Set<String> parents = new HashSet<>();
    for (Component component : scheme.components()) {
      if (component.kind() == ComponentKind.INDICATORS) {
        component.indicators().forEach(node -> add(node, leaves, parents));
      }
    }
    return new ScoringSheet(leaves, parents);
  }

  private static void add(Indicator node, Map<String, Indicator> leaves, Set<String> parents) {
    if (node.leaf()) {
      leaves.put(node.code(), node);
    } else {
      parents.add(node.code());
      node.children().forEach(child -> add(child, leaves, parents));
    }
  }

  /** The leaf indicators by code, in scheme order. */
  public Map<String, Indicator> leaves() {
    return leaves;
  }

  public boolean isLeaf(String code) {
    return leaves.containsKey(code);
  }

  public boolean isParent(String code) {
    return parents.contains(code);
  }

  /** The maximum of a leaf. */
  public BigDecimal maxPoints(String code) {
    return leaves.get(code).maxPoints();
  }
}
