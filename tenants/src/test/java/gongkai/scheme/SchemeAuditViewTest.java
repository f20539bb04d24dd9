package gongkai.scheme;

import gongkai.scheme.template.SchemeTemplates;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.SchemeProblem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SchemeAuditViewTest {

    private static final SchemeSummary SUMMARY = new SchemeSummary(UUID.randomUUID(), "jc-2024", 2024, 1,
            SchemeState.DRAFT, null, "jinchang-2022", Instant.now());

    @Test
    void summarises_rules_by_code_without_the_indicator_tree() {
        SchemeDefinition jinchang = SchemeTemplates.find("jinchang-2022").orElseThrow();

        Map<String, Object> view = SchemeAuditView.of(SUMMARY, jinchang);

        assertThat(view).containsEntry("code", "jc-2024").containsEntry("state", "DRAFT")
                .containsEntry("components", List.of("annual")).containsEntry("indicators", 9)
                .containsEntry("bonusRules", List.of("upper-commendation", "media-feature", "leader-praise"))
                .containsEntry("vetoRules", List.of("new-media-veto", "secret-leak"));
        assertThat(view.get("gradeBands")).asList().contains("GOOD [80, 90)");
        assertThat(view.toString()).doesNotContain("criteria").doesNotContain("组织领导");
    }

    @Test
    void any_change_of_the_definition_changes_the_digest() {
        SchemeDefinition jinchang = SchemeTemplates.find("jinchang-2022").orElseThrow();
        SchemeDefinition renamed = new SchemeDefinition(jinchang.code(), jinchang.name(), jinchang.year(),
                jinchang.description() + ".", jinchang.components(), jinchang.combination(), jinchang.bonusRules(),
                jinchang.bonusCap(), jinchang.deductionRules(), jinchang.deductionCap(), jinchang.totalCap(),
                jinchang.tieBreak(), jinchang.vetoRules(), jinchang.gradeBands(), jinchang.gradeConditions(),
                jinchang.performanceWeight());

        assertThat(SchemeAuditView.of(SUMMARY, renamed).get("definitionSha256"))
                .isNotEqualTo(SchemeAuditView.of(SUMMARY, jinchang).get("definitionSha256"));
    }

    @Test
    void problems_are_given_below_their_prefix() {
        SchemeProblemsException e = new SchemeProblemsException("bad", "definition",
                List.of(new SchemeProblem("components[0].weight", "w"), new SchemeProblem("", "empty")));

        assertThat(e.field()).isEqualTo("definition.components[0].weight");
        assertThat(e.fieldProblems()).extracting(SchemeProblem::path)
                .containsExactly("definition.components[0].weight", "definition");
    }

    @Test
    void a_stored_definition_carries_the_schemes_code_and_year() {
        SchemeDefinition stored = AssessmentScheme.withCodeAndYear(SchemeTemplates.find("yongji").orElseThrow(),
                "yj-2025", 2025);

        assertThat(stored.code()).isEqualTo("yj-2025");
        assertThat(stored.year()).isEqualTo(2025);
    }
}
