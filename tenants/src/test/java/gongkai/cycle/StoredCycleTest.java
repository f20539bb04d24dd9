package gongkai.cycle;

import static gongkai.cycle.AssessorScoresTest.JINCHANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.error.DomainException;
import gongkai.scoring.BonusClaim;
import gongkai.scoring.Grade;
import gongkai.scoring.ScoreSheet;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Caller;
import gongkai.tenancy.Role;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** What the cycle entities store comes back as the same values, and who sees which unit of a cycle. */
class StoredCycleTest {

  private static final UUID TENANT = UUID.randomUUID();
  private static final UUID EDU = UUID.randomUUID();

  private static AssessmentCycle cycle(CycleRules rules) {
    return new AssessmentCycle(new NewCycle("annual-2025", "jc", 1, "2025", List.of("edu"), rules),
        Situation.Dates.BEIJING);
  }

  @ParameterizedTest
  @EnumSource(Situation.class)
  void every_situation_of_the_state_machine_is_stored_and_loaded_unchanged(Situation situation) {
    CycleRules rules = CycleRules.defaults().withRectificationWorkingDays(30);
    CycleProgress progress = situation.reach(rules);
    AssessmentCycle stored = cycle(rules);
    stored.apply(progress);
    assertThat(stored.progress()).isEqualTo(progress);
    assertThat(stored.state()).isEqualTo(situation.state());
  }

  @Test
  void a_unit_keeps_its_self_assessment_scores_events_and_grade() {
    Map<String, AssessorScore> scores = new LinkedHashMap<>();
    ScoringSheet.of(JINCHANG).leaves().forEach((code, leaf) -> scores.put(code, new AssessorScore(leaf.maxPoints(),
        null)));
    scores.put("organisation", AssessorScore.of("8.5", "未召开专题会议"));
    UnitProgress progress = new UnitProgress(new SelfAssessment(Map.of("organisation", new BigDecimal("9.50")),
        "自评报告", null), Situation.Dates.PUBLISHED, scores, Situation.Dates.PUBLISHED, null, Grade.GOOD);
    CycleUnit unit = new CycleUnit(UUID.randomUUID(), EDU);
    unit.apply(progress);
    CycleEvents events = new CycleEvents(List.of(new BonusClaim("media-feature", 2)), null, List.of("secret-leak"));
    unit.record(events);

    assertThat(unit.progress(List.of())).isEqualTo(progress);
    assertThat(unit.events()).isEqualTo(events);
    assertThat(unit.scores().get("organisation").points()).isEqualByComparingTo("8.5");
  }

  @Test
  void the_preliminary_result_is_the_engines_score_sheet_with_its_explanation() {
    CycleUnit unit = new CycleUnit(UUID.randomUUID(), EDU);
    Map<String, AssessorScore> scores = new LinkedHashMap<>();
    ScoringSheet.of(JINCHANG).leaves().forEach((code, leaf) -> scores.put(code, new AssessorScore(leaf.maxPoints(),
        null)));
    unit.apply(new UnitProgress(null, null, scores, null, null, null));
    unit.record(new CycleEvents(null, null, List.of("secret-leak")));

    ScoreSheet sheet = CycleStore.score(JINCHANG, unit);
    unit.preliminary(sheet);

    assertThat(sheet.total()).isEqualTo("100.00");
    assertThat(unit.preliminaryGrade()).as("a leak of secrets vetoes to FAIL (Jinchang 2022 Art. 11)")
        .isEqualTo(Grade.FAIL);
    assertThat(unit.preliminarySheet()).isEqualTo(sheet);
  }

  @Test
  void events_with_an_unknown_rule_are_refused_as_they_are_entered() {
    assertThatThrownBy(() -> CycleStore.checkWithEngine(JINCHANG, Map.of(),
        new CycleEvents(List.of(new BonusClaim("no-such-bonus", 1)), null, null)))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void the_office_sees_every_unit_an_assessor_the_assigned_ones_a_liaison_their_own() {
    CycleUnit edu = new CycleUnit(UUID.randomUUID(), EDU);
    edu.assign(List.of("assessor-1"));

    assertThat(CycleStore.sees(acting(Role.TENANT_ADMIN, "office", null), edu)).isTrue();
    assertThat(CycleStore.sees(Acting.system(TENANT, "t"), edu)).isTrue();
    assertThat(CycleStore.sees(acting(Role.ASSESSOR, "assessor-1", null), edu)).isTrue();
    assertThat(CycleStore.sees(acting(Role.ASSESSOR, "assessor-2", null), edu)).isFalse();
    assertThat(CycleStore.sees(acting(Role.UNIT_LIAISON, "liaison-edu", EDU), edu)).isTrue();
    assertThat(CycleStore.sees(acting(Role.UNIT_LIAISON, "liaison-fin", UUID.randomUUID()), edu)).isFalse();
    assertThat(CycleStore.sees(acting(Role.PANEL_MEMBER, "panel", null), edu)).isFalse();
    assertThatThrownBy(() -> CycleStore.requireSees(acting(Role.UNIT_LIAISON, "liaison-fin", UUID.randomUUID()), edu,
        "edu"))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind())
            .isEqualTo(DomainException.Kind.FORBIDDEN));
  }

  private static Acting acting(Role role, String username, UUID unitId) {
    return new Acting(new Caller(UUID.randomUUID(), username, TENANT, "t", role, unitId, "zh-Hans"), TENANT, "t",
        false);
  }
}
