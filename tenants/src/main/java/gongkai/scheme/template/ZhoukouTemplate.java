package gongkai.scheme.template;

import static gongkai.scheme.template.TemplateParts.HUNDRED;
import static gongkai.scheme.template.TemplateParts.annual;
import static gongkai.scheme.template.TemplateParts.area;
import static gongkai.scheme.template.TemplateParts.bands;
import static gongkai.scheme.template.TemplateParts.points;

import gongkai.scoring.Combination;
import gongkai.scoring.Grade;
import gongkai.scoring.GradeCondition;
import gongkai.scoring.GradeCondition.Comparison;
import gongkai.scoring.GradeCondition.Metric;
import gongkai.scoring.LocalizedText;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.TieBreak;
import java.util.List;

/** Zhoukou 2021 government-openness rules, chapter 7 (周口市, seed 001). */
final class ZhoukouTemplate {

  static final String ID = "zhoukou-2021";

  private ZhoukouTemplate() {}

  static SchemeDefinition definition() {
    // Art. 30: six areas.
    var areas = List.of(
        area("organisation", "政务公开组织领导", "organisation", "20", "组织运作、制度建设、责任落实、机构和专职队伍"),
        area("time-limits", "政务公开时限要求", "time limits", "15", "经常性工作定期公开、阶段性工作逐段公开、临时性工作随时公开"),
        area("key-items", "政务公开重点工作", "key items", "20", "重大决策、规划、规范性文件、行政许可等事项的公开"),
        area("forms", "政务公开主要形式", "forms", "15", "网络、新闻媒介、办事大厅、公开栏、政府公报、听证会等载体"),
        area("systems", "政务公开制度建设", "systems", "15", "各项政务公开制度的建立和执行"),
        area("informatisation", "政务公开信息化建设", "informatisation", "15", "政务公开信息化和网站建设"));
    return new SchemeDefinition(
        ID,
        LocalizedText.zhEn("周口市政务公开工作考核", "Zhoukou government openness assessment"),
        2021,
        "Zhoukou 2021 rules, chapter 7. Art. 30 areas as level-1 indicators with an example point split "
            + "(editable). Art. 33 bands: excellent 90 and above, good 75-89, pass 60-74, fail 59 and below; the "
            + "whole-point bands are read as [90, 100], [75, 90), [60, 75), [0, 60) so that decimal totals have a "
            + "grade. Art. 33 fail band: public satisfaction below 60% forces fail. Art. 34: weight at least 4% "
            + "of the annual government performance assessment (0.04 here).",
        List.of(annual(areas)),
        Combination.PLAIN_SUM,
        List.of(), null, List.of(), null,
        HUNDRED, TieBreak.NONE,
        List.of(),
        bands("90", "75", "60", HUNDRED),
        List.of(new GradeCondition("satisfaction-below-60", "群众满意度低于60%的为不合格 (Art. 33)",
            Metric.SATISFACTION_RATE, Comparison.LESS_THAN, points("0.60"), Grade.FAIL)),
        points("0.04"));
  }
}
