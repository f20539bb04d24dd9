package gongkai.app.survey;

import gongkai.survey.CampaignResults;
import gongkai.survey.UnitEvaluation;
import gongkai.survey.UnitFigures;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Campaign exports as tables (issue 5): the results per unit (both figures side by side) and the responses, written
 * as CSV or XLSX from the same rows. Cells are strings, numbers (BigDecimal, Long) or null; numbers stay numbers
 * in XLSX so a spreadsheet can compute with them.
 */
final class SurveyTables {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] FIGURES = {"responses", "counted", "flagged", "excludedFlagged", "excludedInvalid",
            "score", "scoreLower", "scoreUpper", "satisfiedAnswers", "rateAnswers", "satisfactionRate", "rateLower",
            "rateUpper", "level", "sampleTooSmallToDecide", "warnings"};

    private SurveyTables() {
    }

    /** One row per unit: code and name, then every figure with all responses, then without excluded ones. */
    static List<List<Object>> results(CampaignResults results) {
        List<List<Object>> table = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("unitCode", "unitName"));
        for (String f : FIGURES) {
            header.add("all." + f);
        }
        for (String f : FIGURES) {
            header.add("excluding." + f);
        }
        table.add(header);
        for (UnitEvaluation u : results.units()) {
            List<Object> row = new ArrayList<>(List.of(u.unitCode(), u.names().zhHans()));
            row.addAll(figures(u.allResponses()));
            row.addAll(figures(u.excludingFlagged()));
            table.add(row);
        }
        return table;
    }

    private static List<Object> figures(UnitFigures f) {
        List<Object> cells = new ArrayList<>();
        cells.add(f.responses());
        cells.add(f.counted());
        cells.add(f.flagged());
        cells.add(f.excludedFlagged());
        cells.add(f.excludedInvalid());
        cells.add(f.score());
        cells.add(f.scoreLower());
        cells.add(f.scoreUpper());
        cells.add(f.satisfiedAnswers());
        cells.add(f.rateAnswers());
        cells.add(f.satisfactionRate());
        cells.add(f.rateLower());
        cells.add(f.rateUpper());
        cells.add(f.level() == null ? null : f.level().name());
        cells.add(String.valueOf(f.sampleTooSmallToDecide()));
        cells.add(f.warnings().stream().map(Enum::name).collect(Collectors.joining(";")));
        return cells;
    }

    static List<List<Object>> strings(List<List<String>> rows) {
        return rows.stream().map(r -> List.<Object>copyOf(r)).toList();
    }

    /** UTF-8 CSV with a byte-order mark (spreadsheets then read the Chinese right), CRLF lines. */
    static String csv(List<List<Object>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object v = row.get(i);
                csv.append(v == null ? "" : v instanceof BigDecimal d ? d.toPlainString()
                        : cell(v.toString()));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** One worksheet, header row in bold; text cells are written as text (a leading "=" never becomes a formula). */
    static byte[] xlsx(String sheetName, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Gongkai", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (v != null) {
                        sheet.value(r, c, v.toString());
                    }
                }
                if (r == 0) {
                    sheet.range(0, 0, 0, Math.max(0, row.size() - 1)).style().bold().fillColor("DDEBF7").set();
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so that a spreadsheet never runs a formula. */
    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = v.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n');
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
