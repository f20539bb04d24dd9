package gongkai.ui.cycle;

import gongkai.scheme.template.SchemeTemplates;
import gongkai.scoring.BonusClaim;
import gongkai.scoring.DeductionClaim;
import gongkai.scoring.ExplanationLine;
import gongkai.scoring.PeriodInput;
import gongkai.scoring.ScoringEngine;
import gongkai.scoring.ScoringInput;
import gongkai.ui.i18n.Translations;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #4: the engine's explanation is shown in the user's language. Every line the seeds' schemes produce (components,
 * periods, combinations, bonuses, deductions, caps, totals, grades, vetoes, conditions, performance) carries a key
 * the three bundles translate; the Chinese wording has no English left in it, and grades go by their names.
 */
class ExplanationTextsTest {

    private static final Translations TRANSLATIONS = new Translations();
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");

    @Test
    void every_line_of_the_seeds_explanations_is_translated_into_both_chinese_scripts_and_english() {
        List<ExplanationLine> lines = seedLines();
        assertThat(lines).extracting(ExplanationLine::kind).contains(ExplanationLine.Kind.values());
        for (ExplanationLine line : lines) {
            assertThat(line.key()).as(line.text()).isNotNull();
            String code = ExplanationTexts.code(line, (key, args) -> TRANSLATIONS.getTranslation(key,
                    Translations.ZH_HANS, args));
            assertThat(code).as("no engine-made code is shown: " + line).doesNotMatch("[A-Z_]{3,}|[a-z]+[A-Z]\\w*");
            for (Locale locale : List.of(Translations.ZH_HANS, Translations.ZH_HANT, Translations.EN)) {
                String shown = ExplanationTexts.text(line, (key, args) -> TRANSLATIONS.getTranslation(key, locale, args));
                assertThat(shown).as(locale + " " + line.key()).doesNotStartWith("!").isNotBlank();
                if (locale != Translations.EN) {
                    // the wording alone, its arguments (codes, scheme texts) set aside
                    Object[] blanks = line.args().stream().map(a -> "#").toArray();
                    String wording = TRANSLATIONS.getTranslation("explanation." + line.key(), locale, blanks);
                    assertThat(ENGLISH_WORD.matcher(wording).find()).as(locale + " " + wording).isFalse();
                }
            }
        }
    }

    @Test
    void grades_are_shown_by_their_names_and_lines_stored_without_a_key_keep_their_text() {
        ExplanationLine veto = new ExplanationLine(ExplanationLine.Kind.VETO, "secret-leak", "veto secret-leak:"
                + " grade PASS -> FAIL", "veto.changes", List.of("secret-leak", "PASS", "FAIL", ""));
        assertThat(ExplanationTexts.text(veto, (key, args) -> TRANSLATIONS.getTranslation(key, Translations.ZH_HANS,
                args))).isEqualTo("一票否决 secret-leak：等次由合格降为不合格");
        assertThat(ExplanationTexts.text(veto, (key, args) -> TRANSLATIONS.getTranslation(key, Translations.EN,
                args))).isEqualTo("veto secret-leak: grade Pass -> Fail");
        ExplanationLine old = new ExplanationLine(ExplanationLine.Kind.CAP, "totalCap", "total 108.00 capped at 100.00");
        assertThat(ExplanationTexts.text(old, (key, args) -> TRANSLATIONS.getTranslation(key, Translations.ZH_HANS,
                args))).isEqualTo("total 108.00 capped at 100.00");
        assertThat(ExplanationTexts.code(old, (key, args) -> key)).isEmpty();
    }

    /** Lines from the seeds' schemes for inputs that make every rule speak. */
    private static List<ExplanationLine> seedLines() {
        List<ExplanationLine> lines = new ArrayList<>();
        ScoringEngine jinchang = ScoringEngine.of(SchemeTemplates.find("jinchang-2022").orElseThrow());
        Map<String, BigDecimal> leaves = new LinkedHashMap<>();
        Map.of("organisation", "10", "mechanisms", "8", "proactive-disclosure", "15", "policy-interpretation", "10",
                "responding-to-concerns", "10", "public-participation", "10", "requests", "15", "platforms", "15",
                "other", "5").forEach((code, points) -> leaves.put(code, new BigDecimal(points)));
        lines.addAll(jinchang.score(ScoringInput.empty().withIndicatorScores(leaves)
                .withBonuses(List.of(new BonusClaim("upper-commendation", 4), new BonusClaim("media-feature", 3)))
                .withDeductions(List.of(new DeductionClaim("incident", new BigDecimal("5"))))
                .withVetoes(List.of("new-media-veto", "secret-leak"))).explanation());
        lines.addAll(jinchang.score(ScoringInput.empty().withComponentScores(Map.of("annual", new BigDecimal("98")))
                .withBonuses(List.of(new BonusClaim("upper-commendation", 4), new BonusClaim("media-feature", 3))))
                .explanation());
        ScoringEngine zhoukou = ScoringEngine.of(SchemeTemplates.find("zhoukou-2021").orElseThrow());
        for (String rate : List.of("0.55", "0.75")) {
            lines.addAll(zhoukou.score(ScoringInput.empty().withComponentScores(Map.of("annual", new BigDecimal("92")))
                    .withSatisfactionRate(new BigDecimal(rate))).explanation());
        }
        ScoringEngine weibin = ScoringEngine.of(SchemeTemplates.find("weibin-2020").orElseThrow());
        lines.addAll(weibin.score(ScoringInput.empty().withIndicatorScores(scores("power-operation", "14",
                "information-disclosure", "18", "interpretation-response", "13", "service-openness", "14",
                "website-platform", "13.5", "organisation", "9", "other", "8.5")).withPeriods(List.of(
                new PeriodInput("2020-01", month("18", "22", "17", "13", "9", "9"), null, null),
                new PeriodInput("2020-02", month("10", "25", "20", "15", "10", "10"), null, null))))
                .explanation());
        return lines;
    }

    /** Weibin's monthly items; standards 12, 15, 12, 9, 6, 6. */
    private static Map<String, BigDecimal> month(String power, String info, String interp, String service,
                                                 String reporting, String website) {
        return scores("power-operation", power, "information-disclosure", info, "interpretation-response", interp,
                "service-openness", service, "information-reporting", reporting, "website-pages", website);
    }

    private static Map<String, BigDecimal> scores(String... codesAndPoints) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int i = 0; i < codesAndPoints.length; i += 2) {
            scores.put(codesAndPoints[i], new BigDecimal(codesAndPoints[i + 1]));
        }
        return scores;
    }
}
