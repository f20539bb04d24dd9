package gongkai.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The leaves of one or more indicator trees by code, each tagged with the tree (component) that holds it. */
final class LeafIndex {

  record Leaf(String code, int owner, int position, Points maxPoints, Points standard) {}

  private final Map<String, Leaf> byCode = new HashMap<>();
  private final List<Leaf> inOrder = new ArrayList<>();
  private final Set<String> parents = new HashSet<>();

  void addTree(int owner, List<Indicator> level1) {
    for (Indicator node : level1) {
      add(owner, node);
    }
  }

  private void add(int owner, Indicator node) {
    if (!node.leaf()) {
      parents.add(node.code());
      node.children().forEach(child -> add(owner, child));
      return;
    }
    Points standard = node.standardPoints() == null ? null : new Points(node.standardPoints());
    Leaf leaf = new Leaf(node.code(), owner, inOrder.size(), new Points(node.maxPoints()), standard);
    byCode.put(node.code(), leaf);
    inOrder.add(leaf);
  }

  Leaf find(String code) {
    return byCode.get(code);
  }

  boolean parent(String code) {
    return parents.contains(code);
  }

  List<Leaf> inOrder() {
    return inOrder;
  }
}
