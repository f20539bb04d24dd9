package gongkai.cycle;

import gongkai.scoring.BonusClaim;
import gongkai.scoring.DeductionClaim;
import java.util.List;

/**
 * What happened to a unit beyond its indicator scores, recorded by the assessors: bonus occurrences, deduction
 * incidents and vetoes (Jinchang 2022 Arts. 11, 13, 14), by the scheme's rule codes. The engine checks the codes
 * and points against the scheme (400 naming {@code input.bonuses[0].code} and so on).
 */
public record CycleEvents(List<BonusClaim> bonuses, List<DeductionClaim> deductions, List<String> vetoes) {

    public CycleEvents {
        bonuses = bonuses == null ? List.of() : List.copyOf(bonuses);
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
        vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
    }

    public static CycleEvents none() {
        return new CycleEvents(null, null, null);
    }
}
