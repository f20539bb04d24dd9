package gongkai.survey;

import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.survey.results.LevelThresholds;
import gongkai.survey.results.PartWeights;
import gongkai.survey.results.ResultRules;
import gongkai.survey.results.Threshold;

import java.math.BigDecimal;

/**
 * How a campaign's responses become results, as the tenant sets them (issue 5): the weights of the public and the
 * panel (representative) parts in percent, summing to 100 (e.g. 60/40); whether the level reads the satisfaction
 * rate or the score; the level thresholds (满意 from {@code satisfiedFrom}, 基本满意 from
 * {@code basicallySatisfiedFrom}, both inclusive, 0-100 with at most two decimals); and the smallest samples that
 * decide (below them the result warns). A part weighted 0 is not expected; a missing expected part leaves the
 * other part's score alone, with a warning.
 */
public record CampaignRules(Integer publicWeight, Integer panelWeight, ResultRules.LevelBasis levelBasis,
                            BigDecimal satisfiedFrom, BigDecimal basicallySatisfiedFrom,
                            Integer minimumPublicResponses, Integer minimumPanelResponses) {

    /** The seeds' common rules: the public part alone, level from the rate, 80 and 60 (Jinchang 2022 Art. 8), 30 and 5. */
    public static final CampaignRules DEFAULT = new CampaignRules(100, 0, ResultRules.LevelBasis.SATISFACTION_RATE,
            new BigDecimal("80"), new BigDecimal("60"), 30, 5);

    public CampaignRules {
        Check.present("publicWeight", publicWeight);
        Check.present("panelWeight", panelWeight);
        Check.present("levelBasis", levelBasis);
        percent("publicWeight", BigDecimal.valueOf(publicWeight));
        percent("panelWeight", BigDecimal.valueOf(panelWeight));
        if (publicWeight + panelWeight != 100) {
            throw DomainException.invalid("panelWeight", "publicWeight and panelWeight must sum to 100, not "
                    + (publicWeight + panelWeight));
        }
        satisfiedFrom = percent("satisfiedFrom", satisfiedFrom);
        basicallySatisfiedFrom = percent("basicallySatisfiedFrom", basicallySatisfiedFrom);
        if (satisfiedFrom.compareTo(basicallySatisfiedFrom) < 0) {
            throw DomainException.invalid("basicallySatisfiedFrom",
                    "basicallySatisfiedFrom must not be above satisfiedFrom (" + satisfiedFrom.toPlainString() + ")");
        }
        minimumPublicResponses = minimum("minimumPublicResponses", minimumPublicResponses);
        minimumPanelResponses = minimum("minimumPanelResponses", minimumPanelResponses);
    }

    /** The pure core's rules. */
    public ResultRules resultRules() {
        return new ResultRules(new PartWeights(BigDecimal.valueOf(publicWeight, 2), BigDecimal.valueOf(panelWeight, 2)),
                ResultRules.MissingPartPolicy.USE_PRESENT_PART, levelBasis,
                new LevelThresholds(Threshold.atLeast(satisfiedFrom.toPlainString()),
                        Threshold.atLeast(basicallySatisfiedFrom.toPlainString())),
                minimumPublicResponses, minimumPanelResponses);
    }

    private static BigDecimal percent(String field, BigDecimal value) {
        Check.present(field, value);
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw DomainException.invalid(field, field + " must be between 0 and 100");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid(field, field + " takes at most two decimals");
        }
        return value.setScale(2);
    }

    private static int minimum(String field, Integer value) {
        Check.present(field, value);
        if (value < 0 || value > 1_000_000) {
            throw DomainException.invalid(field, field + " must be between 0 and 1000000");
        }
        return value;
    }
}
