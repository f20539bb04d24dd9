package gongkai.scoring;

import static gongkai.scoring.Inputs.d;
import static org.assertj.core.api.Assertions.assertThat;

import gongkai.scheme.template.SchemeTemplates;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every band boundary under every template, with the total fed in as directly given component scores. */
class GradeBandBoundaryTest {

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource({
      // Jiangmen 2020 Art. 8: >= 90, >= 80, >= 60, else fail
      "jiangmen-2020, 100, EXCELLENT, 优秀",
      "jiangmen-2020, 90, EXCELLENT, 优秀",
      "jiangmen-2020, 89.99, GOOD, 良好",
      "jiangmen-2020, 80, GOOD, 良好",
      "jiangmen-2020, 79.99, PASS, 合格",
      "jiangmen-2020, 75, PASS, 合格",
      "jiangmen-2020, 74.99, PASS, 合格",
      "jiangmen-2020, 60, PASS, 合格",
      "jiangmen-2020, 59.99, FAIL, 不合格",
      "jiangmen-2020, 0, FAIL, 不合格",
      // Zhoukou 2021 Art. 33: 90 and above, 75-89, 60-74, 59 and below
      "zhoukou-2021, 100, EXCELLENT, 优秀",
      "zhoukou-2021, 90, EXCELLENT, 优秀",
      "zhoukou-2021, 89.99, GOOD, 良好",
      "zhoukou-2021, 80, GOOD, 良好",
      "zhoukou-2021, 79.99, GOOD, 良好",
      "zhoukou-2021, 75, GOOD, 良好",
      "zhoukou-2021, 74.99, PASS, 合格",
      "zhoukou-2021, 60, PASS, 合格",
      "zhoukou-2021, 59.99, FAIL, 不合格",
      "zhoukou-2021, 59, FAIL, 不合格",
      "zhoukou-2021, 0, FAIL, 不合格",
      // Weibin 2020: thresholds from the yearly plan, 90/80/60
      "weibin-2020, 100, EXCELLENT, 优秀",
      "weibin-2020, 90, EXCELLENT, 优秀",
      "weibin-2020, 89.99, GOOD, 良好",
      "weibin-2020, 80, GOOD, 良好",
      "weibin-2020, 79.99, PASS, 合格",
      "weibin-2020, 75, PASS, 合格",
      "weibin-2020, 74.99, PASS, 合格",
      "weibin-2020, 60, PASS, 合格",
      "weibin-2020, 59.99, FAIL, 不合格",
      // Jinchang 2022 Art. 11: >= 90, [80, 90), [60, 80), < 60
      "jinchang-2022, 100, EXCELLENT, 优秀",
      "jinchang-2022, 90, EXCELLENT, 优秀",
      "jinchang-2022, 89.99, GOOD, 良好",
      "jinchang-2022, 80, GOOD, 良好",
      "jinchang-2022, 79.99, PASS, 合格",
      "jinchang-2022, 75, PASS, 合格",
      "jinchang-2022, 74.99, PASS, 合格",
      "jinchang-2022, 60, PASS, 合格",
      "jinchang-2022, 59.99, FAIL, 不合格",
      "jinchang-2022, 0, FAIL, 不合格",
      // Yongji: 90/80/60 from the yearly plan
      "yongji, 90, EXCELLENT, 优秀",
      "yongji, 89.99, GOOD, 良好",
      "yongji, 80, GOOD, 良好",
      "yongji, 79.99, PASS, 合格",
      "yongji, 75, PASS, 合格",
      "yongji, 74.99, PASS, 合格",
      "yongji, 60, PASS, 合格",
      "yongji, 59.99, FAIL, 不合格",
      // Jinchang 12345: 90/80/60, top band open (totals reach 135)
      "jinchang-12345-2024, 135, EXCELLENT, 优秀",
      "jinchang-12345-2024, 90, EXCELLENT, 优秀",
      "jinchang-12345-2024, 89.99, GOOD, 良好",
      "jinchang-12345-2024, 80, GOOD, 良好",
      "jinchang-12345-2024, 79.99, PASS, 合格",
      "jinchang-12345-2024, 75, PASS, 合格",
      "jinchang-12345-2024, 74.99, PASS, 合格",
      "jinchang-12345-2024, 60, PASS, 合格",
      "jinchang-12345-2024, 59.99, FAIL, 不合格",
      "jinchang-12345-2024, 0, FAIL, 不合格",
  })
  void total_falls_in_its_band(String template, String total, Grade grade, String label) {
    SchemeDefinition scheme = SchemeTemplates.find(template).orElseThrow();

    ScoreSheet sheet = ScoringEngine.score(scheme, inputTotalling(template, total));

    assertThat(sheet.total()).isEqualTo(Points.of(total).toString());
    assertThat(sheet.grade()).isEqualTo(grade);
    assertThat(sheet.gradeLabel()).isEqualTo(label);
  }

  /** Component scores given directly so that the total is exactly {@code total}. */
  private static ScoringInput inputTotalling(String template, String total) {
    return switch (template) {
      // 0.5 x t + 0.5 x t = t
      case "weibin-2020" -> Inputs.components("routine", total, "annual", total);
      case "zhoukou-2021" -> Inputs.components("annual", total).withSatisfactionRate(d("0.95"));
      case "jinchang-12345-2024" -> {
        Points t = Points.of(total);
        Points annual = t.min(Points.of("20"));
        yield ScoringInput.empty().withComponentScores(Map.of(
            "monthly", t.minus(annual).value(), "annual-indicators", annual.value()));
      }
      default -> Inputs.components("annual", total);
    };
  }

  /** Jinchang's bands listed from the bottom up, so that no band's order can hide a wrong inclusive flag. */
  @ParameterizedTest(name = "bottom-up bands: {0} -> {1}")
  @CsvSource({"0, FAIL", "59.99, FAIL", "60, PASS", "79.99, PASS", "80, GOOD", "89.99, GOOD", "90, EXCELLENT",
      "100, EXCELLENT"})
  void bands_in_any_order_keep_their_bounds(String total, Grade grade) {
    SchemeDefinition jinchang = SchemeTemplates.find("jinchang-2022").orElseThrow();
    java.util.List<GradeBand> bottomUp = new java.util.ArrayList<>(jinchang.gradeBands());
    java.util.Collections.reverse(bottomUp);
    SchemeDefinition scheme = SchemeEdits.bands(jinchang, bottomUp);

    assertThat(ScoringEngine.score(scheme, Inputs.components("annual", total)).grade()).isEqualTo(grade);
  }
}
