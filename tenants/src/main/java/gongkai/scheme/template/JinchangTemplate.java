package gongkai.scheme.template;

import static gongkai.scheme.template.TemplateParts.HUNDRED;
import static gongkai.scheme.template.TemplateParts.annual;
import static gongkai.scheme.template.TemplateParts.area;
import static gongkai.scheme.template.TemplateParts.bands;
import static gongkai.scheme.template.TemplateParts.bonus;
import static gongkai.scheme.template.TemplateParts.deduction;
import static gongkai.scheme.template.TemplateParts.points;
import static gongkai.scheme.template.TemplateParts.vetoToFail;

import gongkai.scoring.Combination;
import gongkai.scoring.LocalizedText;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.TieBreak;
import java.util.List;

/** Jinchang 2022 assessment rules (金昌市政务公开工作考核实施细则(试行), seed 003). */
final class JinchangTemplate {

  static final String ID = "jinchang-2022";

  private JinchangTemplate() {}

  static SchemeDefinition definition() {
    // Art. 7: nine areas.
    var areas = List.of(
        area("organisation", "组织领导", "organisation", "10", "领导机制、工作机构和人员、年度计划、专题会议"),
        area("mechanisms", "机制建设", "mechanisms", "10", "主动公开、依申请公开、考核评议等制度，解读回应和公众参与机制，培训"),
        area("proactive-disclosure", "主动公开", "proactive disclosure and annual report", "15", "及时公开主动公开文件、年度报告"),
        area("policy-interpretation", "政策解读", "policy interpretation", "10", "解读与文件同步组织、同步审签、同步部署"),
        area("responding-to-concerns", "回应关切", "responding to concerns", "10", "舆情收集研判、及时回应关切"),
        area("public-participation", "公众参与", "public participation", "10", "公众参与事项范围、方式和渠道"),
        area("requests", "依申请公开", "disclosure on request", "15", "申请接收、登记、审核、办理、答复、归档；复议诉讼"),
        area("platforms", "平台建设", "platforms", "15", "网站专栏、政务新媒体、政务公开专区、政府公报"),
        area("other", "其他方面", "other key points", "5", "省、市年度政务公开工作要点落实情况"));
    return new SchemeDefinition(
        ID,
        LocalizedText.zhEn("金昌市政务公开工作考核", "Jinchang government openness assessment"),
        2022,
        "Jinchang 2022 rules. Art. 7 areas as level-1 indicators with an example point split (editable: Art. 8 "
            + "leaves the scoring standard to the year's plan). Art. 11 bands: excellent >= 90, good [80, 90), "
            + "pass [60, 80), fail < 60; vetoes: a government new-media single-item veto, a leak of state or "
            + "work secrets. Art. 13 bonuses (capped at 10 in total), total capped at 100 and ties ranked by the "
            + "uncapped total. Art. 14 deductions: 5 to 10 points per incident.",
        List.of(annual(areas)),
        Combination.PLAIN_SUM,
        List.of(
            bonus("upper-commendation", "受到上级部门通报表彰或工作经验被上级部门采用", "upper-level commendation",
                "2", null),
            bonus("media-feature", "被市级以上新闻媒体主站正面专题报道", "media feature", "1", null),
            bonus("leader-praise", "市委市政府领导批示表扬或会议经验交流发言", "leader praise", "1", null)),
        points("10"), // Art. 13: bonuses normally at most 10
        List.of(deduction("incident", "每发现一起扣5分以上10分以下", "incident", "5", "10", null)), // Art. 14
        null,
        HUNDRED, // Art. 13: a total above 100 counts as 100 ...
        TieBreak.UNCAPPED_TOTAL_DESC, // ... and ranks ahead among equal scores
        List.of(
            vetoToFail("new-media-veto", "政务新媒体出现单项否决指标中的任意一种情形 (Art. 11)"),
            vetoToFail("secret-leak", "违反保密法律法规，造成国家秘密、工作秘密泄漏 (Art. 11)")),
        bands("90", "80", "60", HUNDRED), // Art. 11
        List.of(),
        null);
  }
}
