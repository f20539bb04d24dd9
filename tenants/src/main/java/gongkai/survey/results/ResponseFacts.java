package gongkai.survey.results;

import java.time.Instant;
import java.util.Objects;

/**
 * What the quality checks look at in one response. {@code addressHash} is the salted hash of the
 * network address (never the address); null for panel responses. {@code startedAt} is when the form
 * was served, null if unknown. {@code answers} as for {@link CampaignAccumulator#accept}.
 */
public record ResponseFacts(
    ResponseId id, UnitCode unit, String addressHash, Instant startedAt, Instant submittedAt, int[] answers) {
  public ResponseFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(submittedAt, "submittedAt");
    answers = answers.clone();
  }

  @Override
  public int[] answers() {
    return answers.clone();
  }

  int answeredCount() {
    int n = 0;
    for (int a : answers) if (a != ScoringModel.UNANSWERED) n++;
    return n;
  }
}
