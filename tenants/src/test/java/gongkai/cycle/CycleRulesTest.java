package gongkai.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.error.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CycleRulesTest {

  @Test
  void missing_rules_take_their_defaults() {
    CycleRules rules = new CycleRules(null, null, null, null, null);

    assertThat(rules.minimumNoticeDays()).isEqualTo(15); // Jinchang 2022 Art. 10
    assertThat(rules.selfAssessmentRequired()).isTrue();
    assertThat(rules.reviewWorkingDays()).isEqualTo(3); // Jinchang 12345 rules: review within 3 days
    assertThat(rules.reviewDecisionWorkingDays()).isEqualTo(5); // ... decided within 5 days after that
    assertThat(rules.rectificationWorkingDays()).isEqualTo(20);
    assertThat(rules).isEqualTo(CycleRules.defaults());
  }

  @ParameterizedTest(name = "{0} = {1} is refused")
  @CsvSource({
      "minimumNoticeDays, -1", "minimumNoticeDays, 366",
      "reviewWorkingDays, 0", "reviewWorkingDays, 61",
      "reviewDecisionWorkingDays, 0", "reviewDecisionWorkingDays, 61",
      "rectificationWorkingDays, 0", "rectificationWorkingDays, 251"})
  void out_of_range_rules_are_400_naming_the_field(String field, int value) {
    assertThatThrownBy(() -> {
      switch (field) {
        case "minimumNoticeDays" -> CycleRules.defaults().withMinimumNoticeDays(value);
        case "reviewWorkingDays" -> CycleRules.defaults().withReviewWorkingDays(value);
        case "reviewDecisionWorkingDays" -> CycleRules.defaults().withReviewDecisionWorkingDays(value);
        default -> CycleRules.defaults().withRectificationWorkingDays(value);
      }
    }).isInstanceOfSatisfying(DomainException.class, e -> {
      assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains(field, String.valueOf(value));
    });
  }

  @ParameterizedTest
  @CsvSource({"0, 1, 1, 1", "365, 60, 60, 250"})
  void the_limits_themselves_are_accepted(int notice, int review, int decision, int rectification) {
    CycleRules rules = new CycleRules(notice, false, review, decision, rectification);

    assertThat(rules.minimumNoticeDays()).isEqualTo(notice);
    assertThat(rules.selfAssessmentRequired()).isFalse();
    assertThat(rules.rectificationWorkingDays()).isEqualTo(rectification);
  }
}
