package gongkai.scheme.template;

import static gongkai.scheme.template.TemplateParts.HUNDRED;
import static gongkai.scheme.template.TemplateParts.annual;
import static gongkai.scheme.template.TemplateParts.area;
import static gongkai.scheme.template.TemplateParts.bands;

import gongkai.scoring.Combination;
import gongkai.scoring.LocalizedText;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.TieBreak;
import java.util.List;

/** Jiangmen 2020 assessment rules (江门市政府信息公开工作考核实施细则, seed 000). */
final class JiangmenTemplate {

  static final String ID = "jiangmen-2020";

  private JiangmenTemplate() {}

  static SchemeDefinition definition() {
    // Art. 6: five content areas; Art. 7: a 100-point scale whose sheet the evaluator writes each year.
    var areas = List.of(
        area("organisation", "组织推进", "organisation", "20", "组织领导、机构人员、制度建设、保障措施"),
        area("disclosure-work", "政府信息公开工作", "disclosure work", "30",
            "公开平台、公开指南、主动公开及更新、依申请公开、政务新媒体、保密审查、年度报告"),
        area("carriers", "公开载体建设", "carriers", "15", "政府公报、政府网站、档案馆和公共图书馆查阅场所及信息报送"),
        area("systems", "制度建设和执行", "systems", "20",
            "领导体制、主动公开、考核、保密审查、社会评议、责任追究、信息发布协调七项制度"),
        area("supervision", "监督", "supervision", "15", "举报、投诉、行政复议和行政诉讼的处理及应对"));
    return new SchemeDefinition(
        ID,
        LocalizedText.zhEn("江门市政府信息公开工作考核", "Jiangmen information disclosure assessment"),
        2020,
        "Jiangmen 2020 rules. Art. 6 areas as level-1 indicators with an example point split (editable: the "
            + "third-party evaluator's yearly scoring sheet sets it, Art. 9). Art. 8 bands: excellent >= 90, "
            + "good >= 80, pass >= 60, fail < 60.",
        List.of(annual(areas)),
        Combination.PLAIN_SUM,
        List.of(), null, List.of(), null,
        HUNDRED, TieBreak.NONE,
        List.of(),
        bands("90", "80", "60", HUNDRED), // Art. 8
        List.of(),
        null); // Art. 7: part of the annual performance score, no weight given
  }
}
