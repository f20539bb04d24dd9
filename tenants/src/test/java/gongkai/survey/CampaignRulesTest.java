package gongkai.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.error.DomainException;
import gongkai.survey.results.ResultRules.LevelBasis;
import gongkai.survey.results.SatisfactionLevel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 5: the tenant sets part weights (summing to 100), thresholds and minimum samples per campaign. */
class CampaignRulesTest {

  static CampaignRules rules(int pub, int panel, String satisfied, String basically, int minPublic) {
    return new CampaignRules(pub, panel, LevelBasis.SCORE, new BigDecimal(satisfied), new BigDecimal(basically),
        minPublic, 3);
  }

  @Test
  void weights_60_40_become_the_cores_part_weights_and_thresholds_its_bands() {
    var core = rules(60, 40, "85", "65.5", 10).resultRules();
    assertThat(core.partWeights().publicWeight()).isEqualByComparingTo("0.6");
    assertThat(core.partWeights().representativeWeight()).isEqualByComparingTo("0.4");
    assertThat(core.thresholds().levelOf(new BigDecimal("85.00"))).isEqualTo(SatisfactionLevel.SATISFIED);
    assertThat(core.thresholds().levelOf(new BigDecimal("84.99"))).isEqualTo(SatisfactionLevel.BASICALLY_SATISFIED);
    assertThat(core.thresholds().levelOf(new BigDecimal("65.49"))).isEqualTo(SatisfactionLevel.DISSATISFIED);
    assertThat(core.minimumPublicResponses()).isEqualTo(10);
    assertThat(core.levelBasis()).isEqualTo(LevelBasis.SCORE);
  }

  @ParameterizedTest
  @CsvSource({
      "60, 30, 80, 60, 10, panelWeight",
      "-10, 110, 80, 60, 10, publicWeight",
      "100, 0, 101, 60, 10, satisfiedFrom",
      "100, 0, 80, 80.001, 10, basicallySatisfiedFrom",
      "100, 0, 60, 80, 10, basicallySatisfiedFrom",
      "100, 0, 80, 60, -1, minimumPublicResponses"})
  void bad_rules_are_refused_naming_the_field(int pub, int panel, String satisfied, String basically, int min,
                                              String field) {
    assertThatThrownBy(() -> rules(pub, panel, satisfied, basically, min))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void the_default_is_the_public_part_alone_with_80_and_60_on_the_rate() {
    assertThat(CampaignRules.DEFAULT.resultRules().partWeights().publicWeight()).isEqualByComparingTo("1");
    assertThat(CampaignRules.DEFAULT.levelBasis()).isEqualTo(LevelBasis.SATISFACTION_RATE);
  }
}
