package gongkai.survey.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How answers turn into points: the scored questions of one questionnaire version, grouped in
 * weighted sections.
 *
 * <p>A response's score (0-100) is
 * <pre>
 *   score = sum over sections s with at least one answer of  W_s / W_A * S_s
 *   S_s   = sum over answered questions q of s of  w_q / w_s,A * points_q
 * </pre>
 * where W_A is the sum of the weights of the sections with at least one answer and w_s,A the sum of
 * the weights of the answered questions of s. So a skipped optional question gives its weight to
 * the answered questions of its own section (the section keeps the weight the administrator set),
 * and a section left entirely blank gives its weight to the other sections, pro rata.
 *
 * <p>A response is not scored (and is counted as excluded) when a required question is unanswered
 * (a stored response from another questionnaire version, or a validation gap) or when it answers no
 * scored question at all.
 *
 * <p>Answers are given as an {@code int[]} in the order of {@link #questions()}: the option index of
 * a scale question (0 = most satisfied), the rating of a 0-10 question, or {@link #UNANSWERED}.
 * At most {@value #MAX_QUESTIONS} scored questions, so that the set of answered questions fits a
 * {@code long} in the streaming aggregator.
 */
public record ScoringModel(List<Section> sections) {
  public static final int UNANSWERED = -1;
  public static final int MAX_QUESTIONS = 64;

  public ScoringModel {
    sections = List.copyOf(sections);
    if (sections.isEmpty()) throw new IllegalArgumentException("no sections");
    Set<QuestionCode> codes = new HashSet<>();
    Set<String> sectionCodes = new HashSet<>();
    int count = 0;
    for (Section s : sections) {
      if (!sectionCodes.add(s.code())) throw new IllegalArgumentException("duplicate section " + s.code());
      for (ScoredQuestion q : s.questions()) {
        if (!codes.add(q.code())) throw new IllegalArgumentException("duplicate question " + q.code().value());
        count++;
      }
    }
    if (count > MAX_QUESTIONS) throw new IllegalArgumentException(count + " scored questions > " + MAX_QUESTIONS);
  }

  /** All scored questions, section by section: the order of an answers array. */
  public List<ScoredQuestion> questions() {
    List<ScoredQuestion> all = new ArrayList<>();
    for (Section s : sections) all.addAll(s.questions());
    return all;
  }

  /** Scores one response (the reference definition; the aggregator computes the same exactly). */
  public ResponseScore score(int[] answers) {
    CompiledModel m = CompiledModel.of(this);
    long mask = m.answeredMask(answers);
    ResponseScore.Validity validity = m.validity(mask);
    if (validity != ResponseScore.Validity.SCORED) return new ResponseScore(validity, java.util.Optional.empty());
    return new ResponseScore(validity, java.util.Optional.of(Percent.round(exactScore(m, mask, answers))));
  }

  /**
   * The score the database keeps with a response for the spread of scores (its sum and sum of squares): the exact
   * score in double precision, 0 when the response cannot be scored (the aggregator then ignores it).
   */
  public double spreadScore(int[] answers) {
    return spreadScore(CompiledModel.of(this), answers);
  }

  static double spreadScore(CompiledModel m, int[] answers) {
    long mask = m.answeredMask(answers);
    if (m.validity(mask) != ResponseScore.Validity.SCORED) return 0;
    return exactScore(m, mask, answers).toDouble();
  }

  /** The exact score of a valid response; package-private for tests of the aggregator. */
  static Ratio exactScore(CompiledModel m, long mask, int[] answers) {
    long[] points = new long[m.questionCount()];
    for (int q = 0; q < points.length; q++) if (answers[q] != UNANSWERED) points[q] = m.hundredths(q, answers[q]);
    return m.total(mask, points);
  }
}
