package gongkai.scheme.template;

import static gongkai.scheme.template.TemplateParts.HUNDRED;
import static gongkai.scheme.template.TemplateParts.area;
import static gongkai.scheme.template.TemplateParts.bands;
import static gongkai.scheme.template.TemplateParts.points;
import static gongkai.scheme.template.TemplateParts.sum;
import static gongkai.scheme.template.TemplateParts.vetoToFail;

import gongkai.scoring.Combination;
import gongkai.scoring.Component;
import gongkai.scoring.ComponentKind;
import gongkai.scoring.Granularity;
import gongkai.scoring.Indicator;
import gongkai.scoring.LocalizedText;
import gongkai.scoring.PeriodRule;
import gongkai.scoring.PeriodRuleKind;
import gongkai.scoring.PeriodScheme;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.TieBreak;
import java.math.BigDecimal;
import java.util.List;

/** Weibin district 2020 target-responsibility assessment (渭濱區政務公開工作目標責任考核辦法, seed 002). */
final class WeibinTemplate {

  static final String ID = "weibin-2020";
  static final String MONTHLY_FAIL_RULE = "monthly-bulletin-fail";

  private WeibinTemplate() {}

  static SchemeDefinition definition() {
    return new SchemeDefinition(
        ID,
        new LocalizedText("渭滨区政务公开工作目标责任考核", "渭濱區政務公開工作目標責任考核",
            "Weibin government openness target-responsibility assessment"),
        2020,
        "Weibin 2020 rules. Art. 8: weighted 100-point scale, routine assessment 50% + year-end assessment 50%. "
            + "Routine (Art. 9): weekly checks against each unit's task breakdown feed a monthly bulletin; each "
            + "month is scored on the weekly-check items and is graded fail if any item misses its standard "
            + "(Art. 9(2)); the quarterly assessment ranks the months of the quarter, so the routine score is the "
            + "average of the monthly scores. Item points and standards (60% of each item) are examples set by the "
            + "yearly plan (editable). Year-end areas from Art. 6 with an example split (editable). The seed "
            + "leaves grade thresholds to the yearly plan: bands 90/80/60 here. Art. 11: weight 4%. Art. 15(3): a "
            + "serious violation is vetoed in the annual assessment.",
        List.of(routine(), yearEnd()),
        Combination.WEIGHTED_SUM,
        List.of(), null, List.of(), null,
        HUNDRED, TieBreak.NONE,
        List.of(vetoToFail("serious-violation", "违反政务公开有关规定，情节严重、造成恶劣影响的，年度考核一票否决 (Art. 15(3))")),
        bands("90", "80", "60", HUNDRED),
        List.of(),
        points("0.04"));
  }

  private static Component routine() {
    // Art. 9(1): the weekly check covers these items.
    List<Indicator> items = List.of(
        checkItem("power-operation", "权力运行公开", "power-operation openness", "20", "12"),
        checkItem("information-disclosure", "信息公开", "information disclosure", "25", "15"),
        checkItem("interpretation-response", "解读回应参与", "interpretation, response and participation", "20", "12"),
        checkItem("service-openness", "服务公开", "service openness", "15", "9"),
        checkItem("information-reporting", "信息报送", "information reporting", "10", "6"),
        checkItem("website-pages", "网站子页面及栏目保障", "website pages and columns", "10", "6"));
    PeriodScheme monthly = new PeriodScheme(Granularity.MONTH, items, List.of(), null, List.of(), null,
        List.of(new PeriodRule(MONTHLY_FAIL_RULE, PeriodRuleKind.FAIL_IF_ANY_ITEM_BELOW_STANDARD,
            "任何一项达不到公开标准要求的，该单位该月政务公开为不合格 (Art. 9(2))")));
    return new Component("routine", LocalizedText.zhEn("日常考核", "routine assessment"), ComponentKind.PERIODIC,
        new BigDecimal("0.5"), HUNDRED, List.of(), monthly);
  }

  private static Indicator checkItem(String code, String zhHans, String en, String max, String standard) {
    return new Indicator(code, LocalizedText.zhEn(zhHans, en), "周检查逐项检查，月通报汇总", points(max),
        points(standard), true, List.of());
  }

  private static Component yearEnd() {
    // Art. 6: seven areas.
    var areas = List.of(
        area("power-operation", "权力运行公开", "power-operation openness", "15", "重大工作执行落实、行政执法信息公开"),
        area("information-disclosure", "政府信息公开", "information disclosure", "20", "依法、全面、准确、及时公开"),
        area("interpretation-response", "解读回应参与", "interpretation, response and participation", "15",
            "5小时内发布权威信息，需要时24小时内举行新闻发布会"),
        area("service-openness", "服务公开", "service openness", "15", "互联网+政务服务、办事指南"),
        area("website-platform", "网站平台建设", "website platform", "15", "政府门户网站第一平台作用、新媒体"),
        area("organisation", "组织保障", "organisation", "10", "分管领导、工作机构、责任分工、制度、考核监督"),
        area("other", "其他考核内容", "other items set by the leading group", "10", "领导小组指定的其他考核内容"));
    return new Component("annual", LocalizedText.zhEn("年终考核", "year-end assessment"), ComponentKind.INDICATORS,
        new BigDecimal("0.5"), sum(areas), areas, null);
  }
}
