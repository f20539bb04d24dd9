package gongkai.cycle;

import java.time.Instant;

/**
 * A unit's review request (复核) against one indicator of its preliminary result, and the assessor's decision.
 *
 * @param decision null while undecided
 */
public record ReviewRequest(String indicator, String reason, Instant requestedAt, Decision decision) {

  public boolean decided() {
    return decision != null;
  }

  public boolean accepted() {
    return decision != null && decision.accepted();
  }

  /**
   * @param late whether the decision came after the review decision deadline (Jinchang 12345 rules: decided within 5
   *     days); a late decision still counts, but the office sees that it was late
   */
  public record Decision(boolean accepted, String reason, Instant decidedAt, boolean late) {}
}
