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

/** Yongji county information-disclosure assessment system (永吉县政府信息公开考核制度, seed 004). */
final class YongjiTemplate {

  static final String ID = "yongji";

  private YongjiTemplate() {}

  static SchemeDefinition definition() {
    // Art. 6: four areas.
    var areas = List.of(
        area("organisation", "组织推进", "organisation", "25", "组织领导、机构人员、制度建设、保障措施"),
        area("disclosure-work", "政府信息公开工作", "disclosure work", "35",
            "公开目录和指南编制、主动公开更新发布、依申请公开受理答复、保密审查、年度报告"),
        area("carriers", "公开载体建设", "carriers", "20", "政府网站等载体、档案馆和公共图书馆查阅场所"),
        area("supervision", "监督", "supervision", "20", "举报、投诉、行政复议和行政诉讼的处理及应对、责任追究"));
    return new SchemeDefinition(
        ID,
        LocalizedText.zhEn("永吉县政府信息公开工作考核", "Yongji information disclosure assessment"),
        null,
        "Yongji rules. Art. 6 areas as level-1 indicators with an example point split (editable). The seed sets "
            + "no score thresholds (Art. 8: routine checks and periodic assessment; the result is a parameter of "
            + "the departments' performance evaluation), so this template uses bands 90/80/60 set by the yearly "
            + "plan: excellent >= 90, good [80, 90), pass [60, 80), fail < 60.",
        List.of(annual(areas)),
        Combination.PLAIN_SUM,
        List.of(), null, List.of(), null,
        HUNDRED, TieBreak.NONE,
        List.of(),
        bands("90", "80", "60", HUNDRED),
        List.of(),
        null);
  }
}
