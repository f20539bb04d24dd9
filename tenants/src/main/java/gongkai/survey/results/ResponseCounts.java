package gongkai.survey.results;

/**
 * Response counts of one part of one unit. {@code total = counted + excludedInvalid +
 * excludedFlagged}. {@code flagged} counts responses carrying a quality flag, whether they were
 * counted (the "all responses" figure) or excluded (the "excluding flagged" figure).
 */
public record ResponseCounts(long total, long counted, long excludedInvalid, long excludedFlagged, long flagged) {
  public ResponseCounts {
    if (total != counted + excludedInvalid + excludedFlagged) throw new IllegalArgumentException("counts do not add up");
  }

  public long excluded() {
    return excludedInvalid + excludedFlagged;
  }
}
