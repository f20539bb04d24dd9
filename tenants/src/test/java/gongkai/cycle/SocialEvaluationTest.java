package gongkai.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.error.DomainException;
import gongkai.scoring.Component;
import gongkai.scoring.ComponentKind;
import gongkai.scoring.GradeCondition;
import gongkai.scoring.LocalizedText;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.ScoringInput;
import gongkai.scheme.template.SchemeTemplates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 5: a scheme's SOCIAL component and satisfactionRate condition read the unit's campaign result. */
class SocialEvaluationTest {

  static SchemeDefinition withSocial(SchemeDefinition s, String maxPoints, boolean condition) {
    List<Component> components = new ArrayList<>(s.components());
    components.add(new Component("social", new LocalizedText("社会评议", null, null), ComponentKind.SOCIAL, null,
        new BigDecimal(maxPoints), List.of(), null));
    List<GradeCondition> conditions = condition ? s.gradeConditions() : List.of();
    return new SchemeDefinition(s.code(), s.name(), s.year(), s.description(), components, s.combination(),
        s.bonusRules(), s.bonusCap(), s.deductionRules(), s.deductionCap(), s.totalCap(), s.tieBreak(),
        s.vetoRules(), s.gradeBands(), conditions, s.performanceWeight());
  }

  @Test
  void the_social_component_gets_the_campaign_score_scaled_to_its_maximum_and_the_condition_the_rate() {
    SchemeDefinition scheme = withSocial(anyTemplate(), "10", false);
    ScoringInput input = new SocialEvaluation("jc", new BigDecimal("85.55"), new BigDecimal("72.34"))
        .applyTo(scheme, ScoringInput.empty());
    assertThat(input.componentScores()).containsEntry("social", new BigDecimal("8.56")); // 8.555 half-up
    assertThat(input.satisfactionRate()).as("no condition in this scheme: no rate").isNull();
    assertThat(SocialEvaluation.needed(scheme)).isTrue();
  }

  @Test
  void a_satisfaction_rate_condition_gets_the_rate_as_a_fraction() {
    SchemeDefinition withCondition = SchemeTemplates.all().stream().filter(s -> !s.gradeConditions().isEmpty())
        .findFirst().orElseThrow();
    SchemeDefinition scheme = withSocial(withCondition, "20", true);
    ScoringInput input = new SocialEvaluation("jc", new BigDecimal("50"), new BigDecimal("72.345"))
        .applyTo(scheme, ScoringInput.empty());
    assertThat(input.satisfactionRate()).isEqualByComparingTo("0.7235");
    assertThat(input.componentScores()).containsEntry("social", new BigDecimal("10.00"));
  }

  @Test
  void a_scheme_without_social_parts_needs_no_campaign() {
    SchemeDefinition plain = withSocial(anyTemplate(), "10", false);
    List<Component> without = plain.components().subList(0, plain.components().size() - 1);
    SchemeDefinition scheme = new SchemeDefinition(plain.code(), plain.name(), plain.year(), plain.description(),
        without, plain.combination(), plain.bonusRules(), plain.bonusCap(), plain.deductionRules(),
        plain.deductionCap(), plain.totalCap(), plain.tieBreak(), plain.vetoRules(), plain.gradeBands(), List.of(),
        plain.performanceWeight());
    assertThat(SocialEvaluation.needed(scheme)).isFalse();
  }

  @Test
  void no_score_yet_is_a_conflict_naming_the_campaign() {
    SchemeDefinition scheme = withSocial(anyTemplate(), "10", false);
    assertThatThrownBy(() -> new SocialEvaluation("jc", null, null).applyTo(scheme, ScoringInput.empty()))
        .isInstanceOf(DomainException.class).hasMessageContaining("campaign jc");
  }

  static SchemeDefinition anyTemplate() {
    return SchemeTemplates.all().get(0);
  }
}
