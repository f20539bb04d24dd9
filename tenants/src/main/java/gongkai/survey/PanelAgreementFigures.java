package gongkai.survey;

import gongkai.survey.results.PanelAgreement;

import java.math.BigDecimal;

/**
 * How far the representative panel agrees on the units' scores (null where undefined, e.g. fewer than two members
 * or no variation): Krippendorff's alpha (interval and ordinal metrics) and the ICCs, with the number of members
 * and of scores they gave.
 */
public record PanelAgreementFigures(int members, int scores, BigDecimal alphaInterval, BigDecimal alphaOrdinal,
                                    BigDecimal icc21, BigDecimal icc3k) {

    static PanelAgreementFigures of(int members, int scores, PanelAgreement a) {
        return new PanelAgreementFigures(members, scores, a.alphaInterval().orElse(null), a.alphaOrdinal().orElse(null),
                a.icc21().orElse(null), a.icc3k().orElse(null));
    }
}
