package gongkai.scoring.bench;

import gongkai.scoring.BonusRule;
import gongkai.scoring.Combination;
import gongkai.scoring.Component;
import gongkai.scoring.ComponentKind;
import gongkai.scoring.DeductionRule;
import gongkai.scoring.Grade;
import gongkai.scoring.GradeBand;
import gongkai.scoring.Granularity;
import gongkai.scoring.Indicator;
import gongkai.scoring.LocalizedText;
import gongkai.scoring.PeriodRule;
import gongkai.scoring.PeriodRuleKind;
import gongkai.scoring.PeriodScheme;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.TieBreak;
import gongkai.scoring.VetoRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark shape: a monthly component of 150 leaf items (10 groups x 15) with bonuses, deductions,
 * caps and the monthly fail rule, weighted half and half with a small annual tree; bonuses, deductions, a veto
 * and a total cap on top.
 */
final class BenchmarkScheme {

  static final int GROUPS = 10;
  static final int LEAVES_PER_GROUP = 15;

  private BenchmarkScheme() {}

  /**
   * Interned, as Jackson interns the names it reads (JsonFactory.Feature.INTERN_FIELD_NAMES, on by default) and
   * as the templates' codes are string literals.
   */
  static String leafCode(int group, int leaf) {
    return ("g" + group + "-i" + leaf).intern();
  }

  static SchemeDefinition definition() {
    List<Indicator> groups = new ArrayList<>();
    for (int g = 0; g < GROUPS; g++) {
      List<Indicator> leaves = new ArrayList<>();
      for (int i = 0; i < LEAVES_PER_GROUP; i++) {
        leaves.add(new Indicator(leafCode(g, i), LocalizedText.zh("指标" + g + "-" + i), null, BigDecimal.ONE,
            new BigDecimal("0.50"), true, List.of()));
      }
      groups.add(new Indicator("g" + g, LocalizedText.zh("一级指标" + g), null,
          BigDecimal.valueOf(LEAVES_PER_GROUP), null, true, leaves));
    }
    PeriodScheme monthly = new PeriodScheme(Granularity.MONTH, groups,
        List.of(new BonusRule("volume", LocalizedText.zh("工单量"), new BigDecimal("2"), new BigDecimal("4")),
            new BonusRule("speed", LocalizedText.zh("办理时长"), new BigDecimal("1"), new BigDecimal("3"))),
        new BigDecimal("5"),
        List.of(new DeductionRule("late", LocalizedText.zh("不按时"), BigDecimal.ZERO, new BigDecimal("3"), null)),
        new BigDecimal("10"),
        List.of(new PeriodRule("month-fail", PeriodRuleKind.FAIL_IF_ANY_ITEM_BELOW_STANDARD, null)));
    List<Indicator> annualItems = List.of(
        new Indicator("leadership", LocalizedText.zh("领导"), null, new BigDecimal("40"), null, true, List.of()),
        new Indicator("staff", LocalizedText.zh("人员"), null, new BigDecimal("30"), null, true, List.of()),
        new Indicator("archives", LocalizedText.zh("档案"), null, new BigDecimal("30"), null, true, List.of()));
    List<Component> components = List.of(
        new Component("routine", LocalizedText.zh("日常"), ComponentKind.PERIODIC, new BigDecimal("0.5"),
            new BigDecimal("100"), null, monthly),
        new Component("annual", LocalizedText.zh("年度"), ComponentKind.INDICATORS, new BigDecimal("0.5"),
            new BigDecimal("100"), annualItems, null));
    BigDecimal hundred = new BigDecimal("100");
    return new SchemeDefinition("bench", LocalizedText.zh("基准"), 2024, null, components, Combination.WEIGHTED_SUM,
        List.of(new BonusRule("commendation", LocalizedText.zh("表彰"), new BigDecimal("2"), null)),
        new BigDecimal("10"),
        List.of(new DeductionRule("incident", LocalizedText.zh("事件"), new BigDecimal("5"), new BigDecimal("10"),
            null)),
        null, hundred, TieBreak.UNCAPPED_TOTAL_DESC,
        List.of(new VetoRule("secret-leak", null, Grade.FAIL)),
        List.of(
            new GradeBand(Grade.EXCELLENT, "优秀", new BigDecimal("90"), true, hundred, true),
            new GradeBand(Grade.GOOD, "良好", new BigDecimal("80"), true, new BigDecimal("90"), false),
            new GradeBand(Grade.PASS, "合格", new BigDecimal("60"), true, new BigDecimal("80"), false),
            new GradeBand(Grade.FAIL, "不合格", BigDecimal.ZERO, true, new BigDecimal("60"), false)),
        List.of(),
        new BigDecimal("0.04"));
  }
}
