package gongkai.scheme.template;

import static gongkai.scheme.template.TemplateParts.bands;
import static gongkai.scheme.template.TemplateParts.bonus;
import static gongkai.scheme.template.TemplateParts.deduction;
import static gongkai.scheme.template.TemplateParts.fixedItem;
import static gongkai.scheme.template.TemplateParts.points;
import static gongkai.scheme.template.TemplateParts.sum;

import gongkai.scoring.Combination;
import gongkai.scoring.Component;
import gongkai.scoring.ComponentKind;
import gongkai.scoring.Granularity;
import gongkai.scoring.LocalizedText;
import gongkai.scoring.PeriodScheme;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.TieBreak;
import java.util.List;

/** Jinchang 2024 12345 hotline rules (接诉即办), Art. 33-36 (seed 003). */
final class Jinchang12345Template {

  static final String ID = "jinchang-12345-2024";

  private Jinchang12345Template() {}

  static SchemeDefinition definition() {
    var annualItems = List.of( // Art. 36(1)
        fixedItem("leadership", "领导机制和分工", "leadership arrangements", "8"),
        fixedItem("staff", "配备专职工作人员", "dedicated staff", "6"),
        fixedItem("archives", "工作档案和应急预案", "archives and contingency plan", "6"));
    Component annual = new Component("annual-indicators", LocalizedText.zhEn("年度考核指标", "annual indicators"),
        ComponentKind.INDICATORS, null, sum(annualItems), annualItems, null);
    return new SchemeDefinition(
        ID,
        LocalizedText.zhEn("金昌市12345接诉即办工作考核", "Jinchang 12345 hotline assessment"),
        2024,
        "Jinchang 12345 hotline rules 2024. Art. 35: each month = base items (100) + bonuses (at most 15) - "
            + "deductions (at most 15). Art. 36(3): annual score = sum of monthly scores / months assessed + "
            + "annual indicators (20), a plain sum with no total cap. Each bonus or deduction item is worth at "
            + "most its points per month. The seed sets no grades: bands 90/80/60 here, the top band open.",
        List.of(monthly(), annual),
        Combination.PLAIN_SUM,
        List.of(), null, List.of(), null,
        null, TieBreak.NONE,
        List.of(),
        bands("90", "80", "60", null),
        List.of(),
        null);
  }

  private static Component monthly() {
    var base = List.of( // Art. 35(1): base 100
        fixedItem("on-time-signing", "按时签收", "on-time signing", "10"),
        fixedItem("on-time-return", "按时退回", "on-time return", "10"),
        fixedItem("on-time-completion", "按时办结", "on-time completion", "20"),
        fixedItem("first-pass-review", "办结审核一次性通过", "review passed first time", "25"),
        fixedItem("caller-reply", "回复诉求人", "reply to caller", "15"),
        fixedItem("satisfaction", "满意度", "satisfaction", "15"),
        fixedItem("knowledge-response", "知识点按时响应", "knowledge-base response", "5"));
    var bonuses = List.of( // Art. 35(2): at most 15
        bonus("volume", "办理工单量", "ticket volume", "2", "2"),
        bonus("speed", "办理时长", "handling speed", "2", "2"),
        bonus("hard-cases", "首接负责疑难事项", "leading hard cases", "6", "6"),
        bonus("promotion", "积极推动接诉即办工作", "promotion", "4", "4"),
        bonus("policy-publishing", "政策服务信息发布", "policy publishing", "1", "1"));
    var deductions = List.of( // Art. 35(3): at most 15
        deduction("late-feedback", "督办事项不按时反馈", "late feedback on supervised items", "0", "3", "3"),
        deduction("non-cooperation", "不配合办理首接事项", "not cooperating", "0", "2", "2"),
        deduction("falsification", "接诉即办工作弄虚作假", "falsification", "0", "4", "4"),
        deduction("low-efficiency", "承办工作效率过低", "low efficiency", "0", "4", "4"),
        deduction("knowledge-error", "知识点采编和反馈错误", "knowledge errors", "0", "1", "1"),
        deduction("publishing-not-linked", "政策服务信息发布未联动", "policy publishing not linked", "0", "1", "1"));
    PeriodScheme scheme = new PeriodScheme(Granularity.MONTH, base, bonuses, points("15"), deductions,
        points("15"), List.of());
    // A month reaches at most 100 + 15; the component keeps that scale (no rescaling).
    return new Component("monthly", LocalizedText.zhEn("月度考核", "monthly assessment"), ComponentKind.PERIODIC,
        null, points("115"), List.of(), scheme);
  }
}
