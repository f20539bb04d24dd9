package gongkai.app.scheme;

import gongkai.scheme.SchemeVersion;
import gongkai.scoring.BonusRule;
import gongkai.scoring.Component;
import gongkai.scoring.DeductionRule;
import gongkai.scoring.GradeBand;
import gongkai.scoring.GradeCondition;
import gongkai.scoring.Indicator;
import gongkai.scoring.LocalizedText;
import gongkai.scoring.PeriodScheme;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.VetoRule;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The scoring sheet (评分表) of a scheme version as XLSX, to issue to units: the first sheet lists the indicator
 * tree, one row per indicator indented by level, with code, name, criteria and maximum points; the second the
 * rules (bands, bonuses, deductions, vetoes, conditions, caps, weights). A draft may have gaps, so every value
 * may be missing.
 */
final class ScoringSheetXlsx {

    static final String INDICATOR_SHEET = "评分表";
    static final String RULE_SHEET = "评分规则";

    private ScoringSheetXlsx() {
    }

    static byte[] write(SchemeVersion version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Gongkai", "1.0");
            indicators(workbook.newWorksheet(INDICATOR_SHEET), version);
            rules(workbook.newWorksheet(RULE_SHEET), version.definition());
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void indicators(Worksheet sheet, SchemeVersion version) {
        SchemeDefinition d = version.definition();
        sheet.value(0, 0, name(d.name()) + " " + version.summary().year() + " (v" + version.summary().version()
                + ", " + version.summary().state() + ")");
        sheet.style(0, 0).bold().set();
        String[] headers = {"层级 level", "代码 code", "指标 indicator", "评分标准 criteria", "分值 max points", "权重 weight"};
        for (int c = 0; c < headers.length; c++) {
            sheet.value(1, c, headers[c]);
            sheet.style(1, c).bold().fillColor("DDEBF7").set();
        }
        sheet.width(0, 10);
        sheet.width(1, 24);
        sheet.width(2, 36);
        sheet.width(3, 60);
        sheet.width(4, 14);
        sheet.width(5, 10);
        sheet.freezePane(0, 2);
        int row = 2;
        for (Component component : d.components()) {
            sheet.value(row, 0, 0);
            sheet.value(row, 1, component.code());
            sheet.value(row, 2, name(component.name()) + (component.kind() == null ? "" : " [" + component.kind() + "]"));
            number(sheet, row, 4, component.maxPoints());
            number(sheet, row, 5, component.weight());
            sheet.style(row, 1).bold().set();
            sheet.style(row, 2).bold().set();
            row++;
            row = tree(sheet, row, component.indicators(), 1);
            PeriodScheme periods = component.periodScheme();
            if (periods != null) {
                sheet.value(row, 2, "每期评分项 items of each "
                        + (periods.granularity() == null ? "period" : periods.granularity().name().toLowerCase()));
                sheet.style(row, 2).italic().indent(1).set();
                row++;
                row = tree(sheet, row, periods.items(), 1);
            }
        }
    }

    private static int tree(Worksheet sheet, int row, List<Indicator> indicators, int level) {
        for (Indicator indicator : indicators) {
            sheet.value(row, 0, level);
            sheet.value(row, 1, indicator.code());
            sheet.value(row, 2, name(indicator.name()));
            sheet.style(row, 2).indent(level).set();
            sheet.value(row, 3, indicator.criteria());
            sheet.style(row, 3).wrapText(true).set();
            number(sheet, row, 4, indicator.maxPoints());
            row = tree(sheet, row + 1, indicator.children(), level + 1);
        }
        return row;
    }

    private static void rules(Worksheet sheet, SchemeDefinition d) {
        sheet.width(0, 24);
        sheet.width(1, 40);
        sheet.width(2, 20);
        sheet.width(3, 14);
        sheet.width(4, 40);
        int[] row = {0};
        section(sheet, row, "等次 grade bands", "等次 grade", "名称 label", "分数区间 range");
        for (GradeBand band : d.gradeBands()) {
            line(sheet, row, String.valueOf(band.grade()), band.label(), range(band));
        }
        section(sheet, row, "加分 bonuses", "代码 code", "名称 name", "每次分值 points each", "上限 cap");
        for (BonusRule rule : d.bonusRules()) {
            line(sheet, row, rule.code(), name(rule.name()), rule.pointsPerOccurrence(), rule.cap());
        }
        line(sheet, row, "加分上限 bonus cap", null, null, d.bonusCap());
        section(sheet, row, "扣分 deductions", "代码 code", "名称 name", "每次分值 points each", "上限 cap");
        for (DeductionRule rule : d.deductionRules()) {
            line(sheet, row, rule.code(), name(rule.name()), plain(rule.minPoints()) + "–" + plain(rule.maxPoints()),
                    rule.cap());
        }
        line(sheet, row, "扣分上限 deduction cap", null, null, d.deductionCap());
        for (Component component : d.components()) {
            PeriodScheme periods = component.periodScheme();
            if (periods == null) {
                continue;
            }
            section(sheet, row, "每期加分 bonuses per period (" + component.code() + ")", "代码 code", "名称 name",
                    "每次分值 points each", "上限 cap");
            for (BonusRule rule : periods.bonusRules()) {
                line(sheet, row, rule.code(), name(rule.name()), rule.pointsPerOccurrence(), rule.cap());
            }
            line(sheet, row, "加分上限 bonus cap", null, null, periods.bonusCap());
            section(sheet, row, "每期扣分 deductions per period (" + component.code() + ")", "代码 code", "名称 name",
                    "每次分值 points each", "上限 cap");
            for (DeductionRule rule : periods.deductionRules()) {
                line(sheet, row, rule.code(), name(rule.name()),
                        plain(rule.minPoints()) + "–" + plain(rule.maxPoints()), rule.cap());
            }
            line(sheet, row, "扣分上限 deduction cap", null, null, periods.deductionCap());
            periods.periodRules().forEach(rule -> line(sheet, row, rule.code(), rule.description(),
                    String.valueOf(rule.kind())));
        }
        section(sheet, row, "一票否决 vetoes", "代码 code", "说明 description", "等次 grade");
        for (VetoRule veto : d.vetoRules()) {
            line(sheet, row, veto.code(), veto.description(), String.valueOf(veto.forcedGrade()));
        }
        section(sheet, row, "等次条件 grade conditions", "代码 code", "说明 description", "等次 grade");
        for (GradeCondition condition : d.gradeConditions()) {
            line(sheet, row, condition.code(), condition.description(), String.valueOf(condition.forcedGrade()));
        }
        section(sheet, row, "总分 total", "项目 item", "值 value");
        line(sheet, row, "合成方式 combination", String.valueOf(d.combination()));
        line(sheet, row, "总分上限 total cap", plain(d.totalCap()));
        line(sheet, row, "同分排序 tie-break", String.valueOf(d.tieBreak()));
        line(sheet, row, "绩效权重 performance weight", plain(d.performanceWeight()));
    }

    private static void section(Worksheet sheet, int[] row, String title, String... headers) {
        if (row[0] > 0) {
            row[0]++;
        }
        sheet.value(row[0], 0, title);
        sheet.style(row[0], 0).bold().set();
        row[0]++;
        for (int c = 0; c < headers.length; c++) {
            sheet.value(row[0], c, headers[c]);
            sheet.style(row[0], c).bold().fillColor("DDEBF7").set();
        }
        row[0]++;
    }

    private static void line(Worksheet sheet, int[] row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof BigDecimal n) {
                sheet.value(row[0], c, n);
            } else if (values[c] != null) {
                sheet.value(row[0], c, values[c].toString());
            }
        }
        row[0]++;
    }

    private static void number(Worksheet sheet, int row, int column, BigDecimal value) {
        if (value != null) {
            sheet.value(row, column, value);
        }
    }

    private static String range(GradeBand band) {
        try {
            return band.range();
        } catch (RuntimeException incomplete) { // a draft's band may lack its lower bound
            return "";
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String name(LocalizedText name) {
        if (name == null) {
            return "";
        }
        String zh = name.zhHans() == null ? "" : name.zhHans();
        return name.en() == null || name.en().isBlank() ? zh : zh + " (" + name.en() + ")";
    }
}
