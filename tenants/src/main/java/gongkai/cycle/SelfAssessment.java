package gongkai.cycle;

import gongkai.scoring.SchemeDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's self-assessment (自评): a self-score per leaf indicator, the written report every seed asks for, and the
 * ids of the evidence files already stored. A draft may be partial; {@link #problemsForSubmission} says what keeps
 * it from being submitted.
 *
 * @param selfScores points per leaf indicator code
 * @param report     the written self-assessment report
 * @param evidence   ids of stored evidence files
 */
public record SelfAssessment(Map<String, BigDecimal> selfScores, String report, List<String> evidence) {

  /** The longest report accepted (a report is a few pages of text; longer material goes in evidence files). */
  public static final int MAX_REPORT = 50_000;

  public SelfAssessment {
    selfScores = selfScores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(selfScores));
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /**
   * What stops this self-assessment from being submitted: a leaf without a self-score, a self-score that is not
   * within 0..max with two decimals, a code not on the scoring sheet, a missing or overlong report. Fields:
   * {@code selfScores.<indicator>}, {@code report}.
   */
  public List<FieldProblem> problemsForSubmission(SchemeDefinition scheme) {
    ScoringSheet sheet = ScoringSheet.of(scheme);
    List<FieldProblem> problems = new ArrayList<>();
    sheet.leaves().forEach((code, leaf) -> {
      String field = "selfScores." + code;
      BigDecimal points = selfScores.get(code);
      if (points == null) {
        problems.add(new FieldProblem(field, field + " is required before submitting"));
      } else {
        AssessorScores.pointsFit(field, points, leaf.maxPoints(), problems);
      }
    });
    selfScores.keySet().stream().filter(code -> code == null || !sheet.isLeaf(code)).forEach(code ->
        problems.add(new FieldProblem("selfScores." + code, "there is no leaf indicator " + code
            + " on the scoring sheet")));
    if (report == null || report.isBlank()) {
      problems.add(new FieldProblem("report", "report is required: the written self-assessment report"));
    } else if (report.length() > MAX_REPORT) {
      problems.add(new FieldProblem("report", "report must be at most " + MAX_REPORT + " characters"));
    }
    return problems;
  }
}
