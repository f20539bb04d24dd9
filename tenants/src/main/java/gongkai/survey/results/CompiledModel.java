package gongkai.survey.results;

import java.util.List;
import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link ScoringModel} flattened into arrays for the aggregator's hot loop: points in hundredths
 * (exact longs), the satisfied flags, and, per set of answered questions, the exact coefficients.
 */
final class CompiledModel {
  private final int questionCount;
  private final int[] sectionOf;
  private final int sectionCount;
  private final Ratio[] questionWeight;
  private final Ratio[] sectionWeight;
  private final int[] answerCount;
  private final long[][] hundredths;
  private final boolean[][] satisfied; // null row for questions outside the rate
  private final long requiredMask;
  private final long[] sectionMask;
  private final int weightScale; // question weights as integers: omega = weight x 10^weightScale
  private final long[] omega;
  private final long[][] weighted; // omega x hundredths per question and answer
  private final ConcurrentHashMap<Long, AnsweredSet> answeredSets = new ConcurrentHashMap<>();
  private final List<Slot> slots = new CopyOnWriteArrayList<>();
  private final Map<SlotKey, Slot> slotIndex = new ConcurrentHashMap<>();

  /** Keeps omega x hundredths x responses within a long: 10^6 x 10^4 x 64 questions x 10^7 responses. */
  private static final long MAX_OMEGA = 1_000_000;

  private CompiledModel(ScoringModel model) {
    List<ScoredQuestion> questions = model.questions();
    questionCount = questions.size();
    sectionCount = model.sections().size();
    sectionOf = new int[questionCount];
    questionWeight = new Ratio[questionCount];
    sectionWeight = new Ratio[sectionCount];
    answerCount = new int[questionCount];
    hundredths = new long[questionCount][];
    satisfied = new boolean[questionCount][];
    sectionMask = new long[sectionCount];
    omega = new long[questionCount];
    weighted = new long[questionCount][];
    int scale = 0;
    for (ScoredQuestion question : questions) scale = Math.max(scale, question.weight().stripTrailingZeros().scale());
    weightScale = scale;
    long required = 0;
    int q = 0;
    for (int s = 0; s < sectionCount; s++) {
      Section section = model.sections().get(s);
      sectionWeight[s] = Ratio.of(section.weight());
      for (ScoredQuestion question : section.questions()) {
        sectionOf[q] = s;
        sectionMask[s] |= 1L << q;
        questionWeight[q] = Ratio.of(question.weight());
        omega[q] = question.weight().movePointRight(weightScale).longValueExact();
        if (omega[q] > MAX_OMEGA) {
          throw new IllegalArgumentException("weight " + question.weight() + " has too many digits for exact sums");
        }
        answerCount[q] = question.answerCount();
        hundredths[q] = new long[answerCount[q]];
        for (int a = 0; a < answerCount[q]; a++) {
          hundredths[q][a] = question.points(a).movePointRight(2).longValueExact();
        }
        weighted[q] = new long[answerCount[q]];
        for (int a = 0; a < answerCount[q]; a++) weighted[q][a] = omega[q] * hundredths[q][a];
        if (question instanceof ScaleQuestion sq && sq.countsForRate()) {
          satisfied[q] = new boolean[answerCount[q]];
          for (int a = 0; a < answerCount[q]; a++) satisfied[q][a] = sq.scale().isSatisfied(a);
        }
        if (question.required()) required |= 1L << q;
        q++;
      }
    }
    requiredMask = required;
  }

  static CompiledModel of(ScoringModel model) {
    return new CompiledModel(model);
  }

  int questionCount() {
    return questionCount;
  }

  long hundredths(int question, int answer) {
    return hundredths[question][answer];
  }

  /** Null when the question's answers are not in the satisfaction rate. */
  boolean[] satisfiedRow(int question) {
    return satisfied[question];
  }

  long[] hundredthsRow(int question) {
    return hundredths[question];
  }

  /** Bit q set when question q is answered; rejects malformed answers (a bug upstream, not data). */
  long answeredMask(int[] answers) {
    if (answers.length != questionCount) {
      throw new IllegalArgumentException("expected " + questionCount + " answers, got " + answers.length);
    }
    long mask = 0;
    for (int q = 0; q < questionCount; q++) {
      int a = answers[q];
      if (a == ScoringModel.UNANSWERED) continue;
      if (a < 0 || a >= answerCount[q]) throw new IllegalArgumentException("answer " + a + " to question " + q);
      mask |= 1L << q;
    }
    return mask;
  }

  ResponseScore.Validity validity(long mask) {
    if ((requiredMask & ~mask) != 0) return ResponseScore.Validity.MISSING_REQUIRED_ANSWER;
    if (mask == 0) return ResponseScore.Validity.NO_SCORED_ANSWER;
    return ResponseScore.Validity.SCORED;
  }

  /**
   * The exact sum of the scores of responses that all answered exactly the questions in
   * {@code mask}, given per question the sum of their points in hundredths. The score is linear in
   * the points, so one call covers any number of responses with the same answered set.
   */
  Ratio total(long mask, long[] pointSums) {
    Ratio answeredSectionWeight = Ratio.ZERO;
    Ratio weighted = Ratio.ZERO;
    for (int s = 0; s < sectionCount; s++) {
      Ratio answeredWeight = Ratio.ZERO;
      Ratio sum = Ratio.ZERO;
      for (int q = 0; q < questionCount; q++) {
        if (sectionOf[q] != s || (mask & (1L << q)) == 0) continue;
        answeredWeight = answeredWeight.plus(questionWeight[q]);
        sum = sum.plus(questionWeight[q].times(Ratio.of(pointSums[q], 100)));
      }
      if (answeredWeight.isZero()) continue;
      answeredSectionWeight = answeredSectionWeight.plus(sectionWeight[s]);
      weighted = weighted.plus(sectionWeight[s].times(sum).dividedBy(answeredWeight));
    }
    return weighted.dividedBy(answeredSectionWeight);
  }

  /**
   * What the aggregator needs for responses that answered exactly the questions in a mask: per
   * question, the slot of the exact sum its weighted points go to, and the double coefficient used
   * for the score's variance only.
   */
  AnsweredSet answeredSet(long mask) {
    AnsweredSet set = answeredSets.get(mask);
    return set != null ? set : answeredSets.computeIfAbsent(mask, this::newAnsweredSet);
  }

  /** Number of slots assigned so far (an accumulator's sums array may be shorter: slots are added lazily). */
  int slotCount() {
    return slots.size();
  }

  /**
   * The exact factor of a slot: the score of a response is the sum over its answered sections s of
   * W_s / W_A * (sum of w_q * points_q) / w_s,A; the accumulator sums omega_q * hundredths_q per slot,
   * so the factor is W_s / (W_A * w_s,A * 10^weightScale * 100).
   */
  Ratio slotFactor(int slot) {
    return slots.get(slot).factor();
  }

  private AnsweredSet newAnsweredSet(long mask) {
    long presence = 0;
    for (int s = 0; s < sectionCount; s++) if ((mask & sectionMask[s]) != 0) presence |= 1L << s;
    int[] slotOf = new int[questionCount];
    double[] coefficient = new double[questionCount];
    for (int s = 0; s < sectionCount; s++) {
      long sub = mask & sectionMask[s];
      if (sub == 0) continue;
      Slot slot = slotFor(new SlotKey(presence, s, sub));
      for (int q = 0; q < questionCount; q++) {
        if ((sub & (1L << q)) == 0) continue;
        slotOf[q] = slot.index();
        coefficient[q] = slot.factorAsDouble() * omega[q];
      }
    }
    return new AnsweredSet(slotOf, coefficient);
  }

  private Slot slotFor(SlotKey key) {
    Slot slot = slotIndex.get(key);
    return slot != null ? slot : newSlot(key);
  }

  private synchronized Slot newSlot(SlotKey key) {
    Slot slot = slotIndex.get(key);
    if (slot != null) return slot;
    Ratio answeredSectionWeight = Ratio.ZERO;
    for (int s = 0; s < sectionCount; s++) {
      if ((key.presentSections() & (1L << s)) != 0) answeredSectionWeight = answeredSectionWeight.plus(sectionWeight[s]);
    }
    Ratio answeredWeight = Ratio.ZERO;
    for (int q = 0; q < questionCount; q++) {
      if ((key.answeredInSection() & (1L << q)) != 0) answeredWeight = answeredWeight.plus(questionWeight[q]);
    }
    Ratio factor = sectionWeight[key.section()].dividedBy(answeredSectionWeight.times(answeredWeight)
        .times(Ratio.of(BigInteger.TEN.pow(weightScale + 2), BigInteger.ONE)));
    slot = new Slot(slots.size(), factor, factor.toDouble());
    slots.add(slot);
    slotIndex.put(key, slot);
    return slot;
  }

  /** Per answer, weight x points as the integer the exact sums add (see {@link #slotFactor}). */
  long[] weightedRow(int question) {
    return weighted[question];
  }

  /** Per question: its slot and its score per hundredth of a point (double, for the variance). */
  record AnsweredSet(int[] slotOf, double[] coefficient) {}

  private record SlotKey(long presentSections, int section, long answeredInSection) {}

  private record Slot(int index, Ratio factor, double factorAsDouble) {}
}
