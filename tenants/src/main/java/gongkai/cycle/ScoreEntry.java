package gongkai.cycle;

import java.util.Map;

/**
 * An assessor's entry for one unit: scores by leaf indicator (merged into those already entered) and, if given,
 * the unit's events (replacing those recorded before).
 */
public record ScoreEntry(Map<String, AssessorScore> scores, CycleEvents events) {

    public ScoreEntry {
        scores = scores == null ? Map.of() : scores;
    }
}
