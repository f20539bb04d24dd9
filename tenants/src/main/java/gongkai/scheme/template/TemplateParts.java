package gongkai.scheme.template;

import gongkai.scoring.BonusRule;
import gongkai.scoring.Component;
import gongkai.scoring.ComponentKind;
import gongkai.scoring.DeductionRule;
import gongkai.scoring.Grade;
import gongkai.scoring.GradeBand;
import gongkai.scoring.Indicator;
import gongkai.scoring.LocalizedText;
import gongkai.scoring.VetoRule;
import java.math.BigDecimal;
import java.util.List;

/** Small builders the built-in templates share. */
final class TemplateParts {

  static final BigDecimal HUNDRED = new BigDecimal("100");

  private TemplateParts() {}

  static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  /** A level-1 area of a seed with an example point split: the yearly plan sets the real one. */
  static Indicator area(String code, String zhHans, String en, String points, String criteria) {
    return new Indicator(code, LocalizedText.zhEn(zhHans, en), criteria, points(points), null, true, List.of());
  }

  /** An item whose points the seed fixes. */
  static Indicator fixedItem(String code, String zhHans, String en, String points) {
    return new Indicator(code, LocalizedText.zhEn(zhHans, en), null, points(points), null, false, List.of());
  }

  static Component annual(List<Indicator> areas) {
    return new Component("annual", LocalizedText.zhEn("年度考核", "annual assessment"), ComponentKind.INDICATORS,
        null, sum(areas), areas, null);
  }

  static BigDecimal sum(List<Indicator> indicators) {
    return indicators.stream().map(Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static BonusRule bonus(String code, String zhHans, String en, String each, String cap) {
    return new BonusRule(code, LocalizedText.zhEn(zhHans, en), points(each), cap == null ? null : points(cap));
  }

  static DeductionRule deduction(String code, String zhHans, String en, String min, String max, String cap) {
    return new DeductionRule(code, LocalizedText.zhEn(zhHans, en), points(min), points(max),
        cap == null ? null : points(cap));
  }

  static VetoRule vetoToFail(String code, String description) {
    return new VetoRule(code, description, Grade.FAIL);
  }

  /**
   * Four bands with half-open joins: EXCELLENT [excellent, top], GOOD [good, excellent), PASS [pass, good),
   * FAIL [0, pass). {@code top} null leaves the top band open (a scheme without a total cap).
   */
  static List<GradeBand> bands(String excellent, String good, String pass, BigDecimal top) {
    return List.of(
        new GradeBand(Grade.EXCELLENT, Grade.EXCELLENT.defaultLabel(), points(excellent), true, top, top != null),
        new GradeBand(Grade.GOOD, Grade.GOOD.defaultLabel(), points(good), true, points(excellent), false),
        new GradeBand(Grade.PASS, Grade.PASS.defaultLabel(), points(pass), true, points(good), false),
        new GradeBand(Grade.FAIL, Grade.FAIL.defaultLabel(), BigDecimal.ZERO, true, points(pass), false));
  }
}
