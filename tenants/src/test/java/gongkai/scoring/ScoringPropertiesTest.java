package gongkai.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.scheme.template.SchemeTemplates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws that hold for every input under the templates. */
class ScoringPropertiesTest {

  private static final ScoringEngine JINCHANG = ScoringEngine.of(SchemeTemplates.find("jinchang-2022").orElseThrow());
  private static final ScoringEngine ZHOUKOU = ScoringEngine.of(SchemeTemplates.find("zhoukou-2021").orElseThrow());

  /** A score between 0 and {@code max} in hundredths. */
  private static Arbitrary<BigDecimal> points(int max) {
    return Arbitraries.integers().between(0, max * 100).map(cents -> BigDecimal.valueOf(cents, 2));
  }

  private static Arbitrary<BigDecimal> incidentPoints() {
    return Arbitraries.integers().between(500, 1000).map(cents -> BigDecimal.valueOf(cents, 2));
  }

  @Provide
  Arbitrary<ScoringInput> jinchangInputs() {
    Arbitrary<List<BonusClaim>> bonuses = Combinators.combine(
            Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 8),
            Arbitraries.integers().between(0, 8))
        .as((commendations, features, praises) -> {
          List<BonusClaim> claims = new ArrayList<>();
          if (commendations > 0) {
            claims.add(new BonusClaim("upper-commendation", commendations));
          }
          if (features > 0) {
            claims.add(new BonusClaim("media-feature", features));
          }
          if (praises > 0) {
            claims.add(new BonusClaim("leader-praise", praises));
          }
          return claims;
        });
    Arbitrary<List<DeductionClaim>> deductions = incidentPoints()
        .map(p -> new DeductionClaim("incident", p)).list().ofMaxSize(4);
    Arbitrary<List<String>> vetoes = Arbitraries.of("new-media-veto", "secret-leak").set().ofMaxSize(2)
        .map(ArrayList::new);
    return Combinators.combine(points(100), bonuses, deductions, vetoes)
        .as((annual, b, d, v) -> Inputs.components("annual", annual.toPlainString())
            .withBonuses(b).withDeductions(d).withVetoes(v));
  }

  @Property
  void the_total_never_exceeds_the_cap(@ForAll("jinchangInputs") ScoringInput input) {
    ScoreSheet sheet = JINCHANG.score(input);

    assertThat(sheet.totalPoints()).isLessThanOrEqualTo(Points.of(100));
    assertThat(sheet.totalPoints()).isGreaterThanOrEqualTo(Points.ZERO);
    assertThat(sheet.totalPoints()).isLessThanOrEqualTo(sheet.uncappedTotalPoints());
    assertThat(sheet.uncappedTotalPoints()).isLessThanOrEqualTo(Points.of(110)); // 100 + bonus cap 10
  }

  @Property
  void adding_a_deduction_never_improves_the_grade(@ForAll("jinchangInputs") ScoringInput input,
      @ForAll("incidents") BigDecimal extra) {
    List<DeductionClaim> more = new ArrayList<>(input.deductions());
    more.add(new DeductionClaim("incident", extra));

    ScoreSheet before = JINCHANG.score(input);
    ScoreSheet after = JINCHANG.score(input.withDeductions(more));

    assertThat(after.grade()).isLessThanOrEqualTo(before.grade());
    assertThat(after.totalPoints()).isLessThanOrEqualTo(before.totalPoints());
  }

  @Provide
  Arbitrary<BigDecimal> incidents() {
    return incidentPoints();
  }

  @Property
  void adding_a_veto_never_improves_the_grade_and_always_fails(@ForAll("jinchangInputs") ScoringInput input,
      @ForAll("vetoCodes") String veto) {
    List<String> more = new ArrayList<>(input.vetoes());
    if (!more.contains(veto)) {
      more.add(veto);
    }

    ScoreSheet after = JINCHANG.score(input.withVetoes(more));

    assertThat(after.grade()).isLessThanOrEqualTo(JINCHANG.score(input).grade()).isEqualTo(Grade.FAIL);
  }

  @Provide
  Arbitrary<String> vetoCodes() {
    return Arbitraries.of("new-media-veto", "secret-leak");
  }

  @Property
  void a_bonus_never_lowers_the_total(@ForAll("jinchangInputs") ScoringInput input,
      @ForAll @IntRange(min = 1, max = 6) int features) {
    List<BonusClaim> more = new ArrayList<>(input.bonuses());
    more.add(new BonusClaim("media-feature", features));

    ScoreSheet before = JINCHANG.score(input);
    ScoreSheet after = JINCHANG.score(input.withBonuses(more));

    assertThat(after.uncappedTotalPoints()).isGreaterThanOrEqualTo(before.uncappedTotalPoints());
    assertThat(after.grade()).isGreaterThanOrEqualTo(before.grade());
  }

  @Property
  void a_lower_satisfaction_rate_never_improves_the_grade(@ForAll("hundredths") BigDecimal total,
      @ForAll("rates") BigDecimal rate, @ForAll("rates") BigDecimal lower) {
    BigDecimal low = rate.min(lower);
    ScoreSheet atRate = ZHOUKOU.score(Inputs.components("annual", total.toPlainString()).withSatisfactionRate(rate));
    ScoreSheet atLower = ZHOUKOU.score(Inputs.components("annual", total.toPlainString()).withSatisfactionRate(low));

    assertThat(atLower.grade()).isLessThanOrEqualTo(atRate.grade());
    assertThat(atLower.total()).isEqualTo(atRate.total());
  }

  @Provide
  Arbitrary<BigDecimal> hundredths() {
    return points(100);
  }

  @Provide
  Arbitrary<BigDecimal> rates() {
    return Arbitraries.integers().between(0, 100).map(pct -> BigDecimal.valueOf(pct, 2));
  }

  @Property
  void the_12345_total_stays_within_0_and_135(@ForAll("months") List<PeriodInput> months,
      @ForAll("hundredths") BigDecimal ignored) {
    ScoringEngine hotline = ScoringEngine.of(SchemeTemplates.find("jinchang-12345-2024").orElseThrow());
    ScoreSheet sheet = hotline.score(ScoringInput.empty().withPeriods(months)
        .withIndicatorScores(Inputs.scores("leadership", "8", "staff", "6", "archives", "6")));

    assertThat(sheet.totalPoints()).isBetween(Points.ZERO, Points.of(135));
  }

  @Provide
  Arbitrary<List<PeriodInput>> months() {
    Arbitrary<PeriodInput> month = Combinators.combine(
            Arbitraries.integers().between(1, 12), points(10), points(20), points(25),
            Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
        .as((m, signing, completion, review, volume, lateFeedbacks) -> {
          List<DeductionClaim> late = new ArrayList<>();
          for (int i = 0; i < lateFeedbacks; i++) {
            late.add(new DeductionClaim("late-feedback", new BigDecimal("3")));
          }
          return new PeriodInput(String.format("2024-%02d", m), Inputs.scores(
              "on-time-signing", signing.toPlainString(), "on-time-return", "10",
              "on-time-completion", completion.toPlainString(), "first-pass-review", review.toPlainString(),
              "caller-reply", "15", "satisfaction", "15", "knowledge-response", "5"),
              volume == 0 ? null : List.of(new BonusClaim("volume", volume)), late);
        });
    return month.list().ofMinSize(1).ofMaxSize(12).uniqueElements(PeriodInput::period);
  }
}
