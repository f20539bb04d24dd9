package gongkai.scoring;

import static gongkai.scoring.Inputs.bonus;
import static gongkai.scoring.Inputs.bonuses;
import static org.assertj.core.api.Assertions.assertThat;

import gongkai.scheme.template.SchemeTemplates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jinchang 2022 Art. 13: a total above 100 counts as 100 and ranks ahead among equal scores. */
class RankingTest {

  private static final ScoringEngine JINCHANG = ScoringEngine.of(SchemeTemplates.find("jinchang-2022").orElseThrow());

  private static ScoreSheet jinchang(String annual, int commendations) {
    ScoringInput input = Inputs.components("annual", annual);
    return JINCHANG.score(commendations == 0 ? input : input.withBonuses(bonuses(bonus("upper-commendation",
        commendations))));
  }

  @Test
  void equal_capped_totals_are_ordered_by_the_uncapped_total() {
    Map<String, ScoreSheet> sheets = Map.of(
        "A", jinchang("100", 0), // 100, uncapped 100
        "B", jinchang("98", 2), // 102 -> 100
        "C", jinchang("99", 3), // 105 -> 100
        "D", jinchang("97", 0));

    List<Ranking.Ranked<String>> ranked = Ranking.rank(List.of("A", "B", "C", "D"), sheets::get,
        TieBreak.UNCAPPED_TOTAL_DESC);

    assertThat(ranked).extracting(Ranking.Ranked::unit).containsExactly("C", "B", "A", "D");
    assertThat(ranked).extracting(Ranking.Ranked::place).containsExactly(1, 2, 3, 4);
    assertThat(ranked).extracting(r -> r.sheet().total()).containsOnly("100.00", "97.00");
  }

  @Test
  void without_a_tie_break_equal_totals_share_a_place() {
    Map<String, ScoreSheet> sheets = Map.of(
        "A", jinchang("100", 0), "B", jinchang("98", 2), "C", jinchang("90", 0), "D", jinchang("99", 3));

    List<Ranking.Ranked<String>> ranked = Ranking.rank(List.of("C", "A", "B", "D"), sheets::get, TieBreak.NONE);

    assertThat(ranked).extracting(Ranking.Ranked::place).containsExactly(1, 1, 1, 4);
    assertThat(ranked.get(3).unit()).isEqualTo("C");
  }

  @Test
  void units_equal_in_both_totals_share_a_place_under_the_tie_break() {
    // A: 98 + 4 = 102, B: 100 + 2 = 102, C: 99 + 4 = 103; all count as 100
    Map<String, ScoreSheet> sheets = Map.of("A", jinchang("98", 2), "B", jinchang("100", 1), "C", jinchang("99", 2));

    List<Ranking.Ranked<String>> ranked = Ranking.rank(List.of("A", "B", "C"), sheets::get,
        TieBreak.UNCAPPED_TOTAL_DESC);

    assertThat(ranked).extracting(Ranking.Ranked::unit).startsWith("C");
    assertThat(ranked).extracting(Ranking.Ranked::place).containsExactly(1, 2, 2);
  }
}
