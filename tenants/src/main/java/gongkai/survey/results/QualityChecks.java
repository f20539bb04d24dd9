package gongkai.survey.results;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flags suspicious responses; never removes any. The flags feed the aggregator's "excluding flagged"
 * figure (once the administrator chooses to exclude them); both figures are always shown.
 *
 * <p>False positives are expected: a family sharing one network address, a satisfied respondent
 * answering 满意 throughout. That is why the checks flag and a person decides.
 */
public final class QualityChecks {
  private QualityChecks() {}

  /** The flagged responses with their flags, in input order; unflagged responses are absent. */
  public static Map<ResponseId, Set<QualityFlag>> flag(
      ScoringModel model, List<ResponseFacts> responses, QualityRules rules) {
    List<ScoredQuestion> questions = model.questions();
    Map<ResponseId, Set<QualityFlag>> flags = new LinkedHashMap<>();
    flagBursts(responses, rules, flags);
    Map<List<Object>, List<ResponseFacts>> byPattern = new HashMap<>();
    for (ResponseFacts r : responses) {
      int[] answers = r.answers();
      if (answers.length != questions.size()) throw new IllegalArgumentException("answers of " + r.id());
      if (isTooFast(r, rules)) add(flags, r.id(), QualityFlag.TOO_FAST);
      if (r.answeredCount() < rules.minimumAnswersForPatterns()) continue;
      if (isStraightLined(questions, answers)) {
        add(flags, r.id(), QualityFlag.STRAIGHT_LINING);
      } else {
        byPattern.computeIfAbsent(List.of(r.unit(), Arrays.toString(answers)), k -> new ArrayList<>()).add(r);
      }
    }
    for (List<ResponseFacts> same : byPattern.values()) {
      if (same.size() > 1) for (ResponseFacts r : same) add(flags, r.id(), QualityFlag.DUPLICATE_PATTERN);
    }
    // Restore input order (the burst pass added in time order).
    Map<ResponseId, Set<QualityFlag>> ordered = new LinkedHashMap<>();
    for (ResponseFacts r : responses) {
      Set<QualityFlag> f = flags.get(r.id());
      if (f != null) ordered.put(r.id(), Set.copyOf(f));
    }
    return ordered;
  }

  /**
   * The flags one response earns by itself (TOO_FAST, STRAIGHT_LINING), as {@link #flag} gives them:
   * the public submissions store these at once and keep the flags that need other responses
   * (ADDRESS_BURST, DUPLICATE_PATTERN) up to date as responses arrive.
   */
  public static Set<QualityFlag> ownFlags(ScoringModel model, ResponseFacts response, QualityRules rules) {
    Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
    if (isTooFast(response, rules)) flags.add(QualityFlag.TOO_FAST);
    if (response.answeredCount() >= rules.minimumAnswersForPatterns()
        && isStraightLined(model.questions(), response.answers())) {
      flags.add(QualityFlag.STRAIGHT_LINING);
    }
    return flags;
  }

  /** Whether the response takes part in the DUPLICATE_PATTERN check (enough answers, not straight-lined). */
  public static boolean comparesPattern(ScoringModel model, ResponseFacts response, QualityRules rules) {
    return response.answeredCount() >= rules.minimumAnswersForPatterns()
        && !isStraightLined(model.questions(), response.answers());
  }

  /** Sliding window over each address's submissions in time order. */
  private static void flagBursts(List<ResponseFacts> responses, QualityRules rules, Map<ResponseId, Set<QualityFlag>> flags) {
    Map<String, List<ResponseFacts>> byAddress = new HashMap<>();
    for (ResponseFacts r : responses) {
      if (r.addressHash() != null) byAddress.computeIfAbsent(r.addressHash(), k -> new ArrayList<>()).add(r);
    }
    for (List<ResponseFacts> same : byAddress.values()) {
      if (same.size() < rules.burstSize()) continue;
      same.sort(Comparator.comparing(ResponseFacts::submittedAt));
      int first = 0;
      int flaggedUpTo = -1;
      for (int last = 0; last < same.size(); last++) {
        while (Duration.between(same.get(first).submittedAt(), same.get(last).submittedAt())
            .compareTo(rules.burstWindow()) > 0) {
          first++;
        }
        if (last - first + 1 >= rules.burstSize()) {
          for (int i = Math.max(first, flaggedUpTo + 1); i <= last; i++) {
            add(flags, same.get(i).id(), QualityFlag.ADDRESS_BURST);
          }
          flaggedUpTo = last;
        }
      }
    }
  }

  /** All answered scale questions carry the same option index (ratings are not considered). */
  private static boolean isStraightLined(List<ScoredQuestion> questions, int[] answers) {
    int option = ScoringModel.UNANSWERED;
    int scaleAnswers = 0;
    for (int q = 0; q < answers.length; q++) {
      if (!(questions.get(q) instanceof ScaleQuestion) || answers[q] == ScoringModel.UNANSWERED) continue;
      if (scaleAnswers++ == 0) {
        option = answers[q];
      } else if (answers[q] != option) {
        return false;
      }
    }
    return scaleAnswers >= 2;
  }

  private static boolean isTooFast(ResponseFacts r, QualityRules rules) {
    if (r.startedAt() == null) return false;
    Duration taken = Duration.between(r.startedAt(), r.submittedAt());
    return taken.compareTo(rules.minimumTimePerQuestion().multipliedBy(r.answeredCount())) < 0;
  }

  private static void add(Map<ResponseId, Set<QualityFlag>> flags, ResponseId id, QualityFlag flag) {
    flags.computeIfAbsent(id, k -> EnumSet.noneOf(QualityFlag.class)).add(flag);
  }
}
