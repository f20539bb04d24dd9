package gongkai.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The leaves of one or more indicator trees by code, each tagged with the tree (component) that holds it.
 *
 * <p>An open-addressing table rather than a {@code HashMap}: it is probed once per item of every period of every
 * unit, and codes read by Jackson are interned like the templates' literals, so the identity check usually
 * answers at once.
 */
final class LeafIndex {

  /**
   * @param maxHundredths      the maximum in hundredths of a point
   * @param standardHundredths the standard in hundredths, or -1 when the item has none (no score is below it)
   */
  record Leaf(String code, int owner, int position, Points maxPoints, Points standard, long maxHundredths,
      long standardHundredths) {

    BigDecimal max() {
      return maxPoints.value();
    }
  }

  private final List<Leaf> inOrder = new ArrayList<>();
  private final Set<String> parents = new HashSet<>();
  private String[] codes = new String[16];
  private Leaf[] slots = new Leaf[16];

  void addTree(int owner, List<Indicator> level1) {
    for (Indicator node : level1) {
      add(owner, node);
    }
    rebuild();
  }

  private void add(int owner, Indicator node) {
    if (!node.leaf()) {
      parents.add(node.code());
      node.children().forEach(child -> add(owner, child));
      return;
    }
    Points max = new Points(node.maxPoints());
    Points standard = node.standardPoints() == null ? null : new Points(node.standardPoints());
    inOrder.add(new Leaf(node.code(), owner, inOrder.size(), max, standard, hundredths(max),
        standard == null ? -1 : hundredths(standard)));
  }

  private static long hundredths(Points points) {
    return points.value().unscaledValue().longValueExact(); // scale 2; the validator bounds points
  }

  private void rebuild() {
    int size = Integer.highestOneBit(Math.max(4, inOrder.size()) * 4); // load factor <= 1/2
    codes = new String[size];
    slots = new Leaf[size];
    for (Leaf leaf : inOrder) {
      int i = slot(leaf.code());
      codes[i] = leaf.code();
      slots[i] = leaf;
    }
  }

  private int slot(String code) {
    int mask = codes.length - 1;
    int h = code.hashCode();
    int i = (h ^ (h >>> 16)) & mask;
    while (codes[i] != null && codes[i] != code && !codes[i].equals(code)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** The leaf with this code, or null. */
  Leaf find(String code) {
    if (code == null) {
      return null;
    }
    return slots[slot(code)];
  }

  /**
   * As {@link #find(String)}, trying the leaf at {@code position} first: inputs usually list the items in the
   * scheme's order, and an identity check there saves hashing the code.
   */
  Leaf find(String code, int position) {
    if (position < inOrder.size()) {
      Leaf guess = inOrder.get(position);
      if (guess.code() == code) {
        return guess;
      }
    }
    return find(code);
  }

  boolean parent(String code) {
    return parents.contains(code);
  }

  List<Leaf> inOrder() {
    return inOrder;
  }
}
