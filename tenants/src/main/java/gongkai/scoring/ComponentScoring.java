package gongkai.scoring;

import static gongkai.scoring.ExplanationLine.Kind.COMPONENT;

import gongkai.scoring.LeafIndex.Leaf;
import gongkai.scoring.ScoreSheet.ComponentScore;
import gongkai.scoring.ScoreSheet.PeriodScore;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores each component: given directly in {@code componentScores}, or computed from its indicator tree or its
 * periods.
 *
 * <p>Missing scores are errors, never a silent 0: an {@code INDICATORS} component needs every leaf score (or its
 * own score given directly), a {@code PERIODIC} one at least one period, and {@code SOCIAL} and {@code FIXED}
 * components are always entered directly. A component given directly takes no indicator scores or periods, so
 * that nothing the caller sends is silently ignored.
 */
final class ComponentScoring {

  private static final String COMPONENT_FIELD = "input.componentScores";
  private static final String INDICATOR_FIELD = "input.indicatorScores";

  private final List<Component> components;
  private final Map<String, Integer> componentIndex = new HashMap<>();
  private final Points[] maxima;
  private final LeafIndex leaves = new LeafIndex();
  private final int[] leafCounts;
  private final int periodic;
  private final PeriodScoring periods;

  ComponentScoring(List<Component> components) {
    this.components = components;
    maxima = new Points[components.size()];
    leafCounts = new int[components.size()];
    int periodicIndex = -1;
    PeriodScoring periodScoring = null;
    for (int i = 0; i < components.size(); i++) {
      Component component = components.get(i);
      componentIndex.put(component.code(), i);
      maxima[i] = new Points(component.maxPoints());
      leaves.addTree(i, component.indicators());
      if (component.kind() == ComponentKind.PERIODIC) {
        periodicIndex = i;
        periodScoring = new PeriodScoring(component);
      }
    }
    leaves.inOrder().forEach(leaf -> leafCounts[leaf.owner()]++);
    periodic = periodicIndex;
    periods = periodScoring;
  }

  /** The score of each component, in scheme order. */
  Points[] score(ScoringInput input, List<ComponentScore> componentScores, List<PeriodScore> periodScores,
      Explanation explanation) {
    Points[] given = given(input.componentScores());
    int[] counts = new int[components.size()];
    BigDecimal[] sums = indicatorSums(input.indicatorScores(), given, counts);
    checkPeriodsHaveAPlace(input, given);
    Points[] scores = new Points[components.size()];
    for (int i = 0; i < scores.length; i++) {
      Component component = components.get(i);
      if (given[i] != null) {
        scores[i] = given[i];
        explanation.add(COMPONENT, component.code(), component.code() + ": given directly, " + given[i],
            "component.given", component.code(), given[i]);
      } else {
        scores[i] = computed(i, component, sums[i], counts[i], input, periodScores, explanation);
      }
      componentScores.add(new ComponentScore(component.code(), scores[i].toString(), given[i] != null));
    }
    return scores;
  }

  private Points computed(int i, Component component, BigDecimal sum, int count, ScoringInput input,
      List<PeriodScore> periodScores, Explanation explanation) {
    return switch (component.kind()) {
      case INDICATORS -> {
        if (count != leafCounts[i]) {
          throw missingLeaf(i, input.indicatorScores());
        }
        Points points = new Points(sum);
        explanation.add(COMPONENT, component.code(), component.code() + ": sum of " + leafCounts[i]
            + " indicator scores = " + points + " of " + maxima[i], "component.sum", component.code(),
            leafCounts[i], points, maxima[i]);
        yield points;
      }
      case PERIODIC -> periods.score(input.periods(), periodScores, explanation);
      case SOCIAL, FIXED -> throw new InvalidScoringInputException(
          InputCheck.key(COMPONENT_FIELD, component.code()),
          "component '" + component.code() + "' (" + component.kind() + ") is entered directly: give its score");
    };
  }

  private Points[] given(Map<String, BigDecimal> componentScores) {
    Points[] given = new Points[components.size()];
    for (Map.Entry<String, BigDecimal> entry : componentScores.entrySet()) {
      String field = InputCheck.key(COMPONENT_FIELD, entry.getKey());
      Integer i = componentIndex.get(entry.getKey());
      if (i == null) {
        throw new InvalidScoringInputException(field, "no component '" + entry.getKey() + "' in this scheme; "
            + "its components are " + String.join(", ", componentIndex.keySet().stream().sorted().toList()));
      }
      given[i] = InputCheck.score(field, entry.getValue(), maxima[i]);
    }
    return given;
  }

  private BigDecimal[] indicatorSums(Map<String, BigDecimal> indicatorScores, Points[] given, int[] counts) {
    BigDecimal[] sums = new BigDecimal[components.size()];
    Arrays.fill(sums, BigDecimal.ZERO);
    for (Map.Entry<String, BigDecimal> entry : indicatorScores.entrySet()) {
      Leaf leaf = leaf(entry.getKey());
      if (given[leaf.owner()] != null) {
        throw new InvalidScoringInputException(InputCheck.key(INDICATOR_FIELD, entry.getKey()), "component '"
            + components.get(leaf.owner()).code() + "' is given in componentScores: leave out its indicator scores");
      }
      BigDecimal score = InputCheck.scoreIn(INDICATOR_FIELD, entry.getKey(), entry.getValue(), leaf.max());
      sums[leaf.owner()] = sums[leaf.owner()].add(score);
      counts[leaf.owner()]++;
    }
    return sums;
  }

  private Leaf leaf(String code) {
    Leaf leaf = leaves.find(code);
    if (leaf != null) {
      return leaf;
    }
    String field = InputCheck.key(INDICATOR_FIELD, code);
    if (leaves.parent(code)) {
      throw new InvalidScoringInputException(field, "indicator '" + code + "' groups other indicators: "
          + "score its leaf indicators");
    }
    throw new InvalidScoringInputException(field, "no indicator '" + code + "' in this scheme's indicator trees");
  }

  private InvalidScoringInputException missingLeaf(int component, Map<String, BigDecimal> indicatorScores) {
    for (Leaf leaf : leaves.inOrder()) {
      if (leaf.owner() == component && !indicatorScores.containsKey(leaf.code())) {
        return new InvalidScoringInputException(InputCheck.key(INDICATOR_FIELD, leaf.code()),
            "missing score of indicator '" + leaf.code() + "' (component '" + components.get(component).code()
                + "'); give every leaf indicator's score, or the component's score in componentScores");
      }
    }
    throw new IllegalStateException("no missing leaf in component " + component);
  }

  private void checkPeriodsHaveAPlace(ScoringInput input, Points[] given) {
    if (input.periods().isEmpty()) {
      return;
    }
    if (periodic < 0) {
      throw new InvalidScoringInputException("input.periods", "this scheme has no periodic component");
    }
    if (given[periodic] != null) {
      throw new InvalidScoringInputException("input.periods", "component '" + components.get(periodic).code()
          + "' is given in componentScores: leave out its periods");
    }
  }
}
