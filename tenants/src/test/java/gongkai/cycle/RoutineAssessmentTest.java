package gongkai.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.cycle.RoutineAssessment.Miss;
import gongkai.cycle.RoutineAssessment.MonthResult;
import gongkai.cycle.RoutineAssessment.WeeklyCheck;
import gongkai.error.DomainException;
import gongkai.scoring.Grade;
import gongkai.scoring.Ranking;
import gongkai.scoring.ScoreSheet;
import gongkai.scoring.TieBreak;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weibin 2020 Art. 9: weekly checks, monthly bulletin, quarterly ranking. */
class RoutineAssessmentTest {

  static ScoreSheet sheet(String total, String uncapped) {
    return new ScoreSheet(total, uncapped, Grade.PASS, "合格", null, null, null, null);
  }

  @Test
  void one_item_below_standard_in_one_week_fails_the_units_month() {
    List<WeeklyCheck<String>> checks = List.of(
        new WeeklyCheck<>("town-a", "2025-W10", List.of()),
        new WeeklyCheck<>("town-b", "2025-W10", List.of()),
        new WeeklyCheck<>("town-a", "2025-W11", List.of("website-update")),
        new WeeklyCheck<>("town-b", "2025-W11", List.of()),
        new WeeklyCheck<>("town-a", "2025-W14", List.of()), // April
        new WeeklyCheck<>("town-a", "2025-W12", List.of("policy-interpretation", "website-update")));

    List<MonthResult<String>> bulletin = RoutineAssessment.monthlyBulletin(checks);

    assertThat(bulletin).extracting(MonthResult::unit, MonthResult::month, MonthResult::weeksChecked,
        MonthResult::failed).containsExactly(
            org.assertj.core.groups.Tuple.tuple("town-a", "2025-03", 3, true),
            org.assertj.core.groups.Tuple.tuple("town-a", "2025-04", 1, false),
            org.assertj.core.groups.Tuple.tuple("town-b", "2025-03", 2, false));
    assertThat(bulletin.get(0).missed()).containsExactly(new Miss("2025-W11", "website-update"),
        new Miss("2025-W12", "policy-interpretation"), new Miss("2025-W12", "website-update"));
  }

  @Test
  void a_weekly_check_needs_a_week_key() {
    assertThatThrownBy(() -> RoutineAssessment.monthlyBulletin(List.of(
        new WeeklyCheck<>("town-a", "2025-W10", List.of()), new WeeklyCheck<>("town-a", "2025-03", List.of()))))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("checks[1].week"));
  }

  @Test
  void quarterly_ranking_gives_tied_units_the_same_place_and_skips_the_next() {
    Map<String, ScoreSheet> sheets = new LinkedHashMap<>();
    sheets.put("town-a", sheet("91.00", "91.00"));
    sheets.put("town-b", sheet("88.50", "88.50"));
    sheets.put("town-c", sheet("93.00", "93.00"));
    sheets.put("town-d", sheet("88.50", "88.50"));
    sheets.put("town-e", sheet("70.00", "70.00"));

    List<Ranking.Ranked<String>> ranking = RoutineAssessment.quarterlyRanking(sheets, TieBreak.NONE);

    assertThat(ranking).extracting(Ranking.Ranked::place).containsExactly(1, 2, 3, 3, 5);
    assertThat(ranking.subList(0, 2)).extracting(Ranking.Ranked::unit).containsExactly("town-c", "town-a");
    assertThat(ranking.subList(2, 4)).extracting(Ranking.Ranked::unit).containsExactlyInAnyOrder("town-b", "town-d");
    assertThat(RoutineAssessment.lastPlace(ranking)).containsExactly("town-e");
  }

  @Test
  void units_tied_for_last_place_share_it_and_a_field_all_tied_has_no_last_place() {
    Map<String, ScoreSheet> tiedLast = Map.of("a", sheet("90.00", "90.00"), "b", sheet("80.00", "80.00"),
        "c", sheet("80.00", "80.00"));
    Map<String, ScoreSheet> allTied = Map.of("a", sheet("80.00", "80.00"), "b", sheet("80.00", "80.00"));

    assertThat(RoutineAssessment.lastPlace(RoutineAssessment.quarterlyRanking(tiedLast, TieBreak.NONE)))
        .containsExactlyInAnyOrder("b", "c");
    assertThat(RoutineAssessment.lastPlace(RoutineAssessment.quarterlyRanking(allTied, TieBreak.NONE))).isEmpty();
    assertThat(RoutineAssessment.lastPlace(List.<Ranking.Ranked<String>>of())).isEmpty();
  }

  @Test
  void the_uncapped_total_separates_equal_totals_when_the_scheme_says_so() {
    Map<String, ScoreSheet> sheets = Map.of("a", sheet("100.00", "100.00"), "b", sheet("100.00", "103.00"));

    assertThat(RoutineAssessment.quarterlyRanking(sheets, TieBreak.UNCAPPED_TOTAL_DESC))
        .extracting(Ranking.Ranked::unit, Ranking.Ranked::place)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("b", 1), org.assertj.core.groups.Tuple.tuple("a", 2));
  }
}
