package gongkai.cycle;

import gongkai.error.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CSV of automated-check results (issue 4: "results of automated checks can be imported from CSV"): a header
 * line {@code unitCode,indicatorCode,points,comment}, then one line per unit and leaf indicator. RFC 4180 quoting
 * (a comment may hold commas, quotes and line breaks); a UTF-8 byte-order mark and blank lines are ignored. A bad
 * cell is a 400 on {@code rows[L].column}, where L is the line number in the file (the header is line 1), so that the
 * person fixing the file finds it.
 */
public final class AutomatedCheckCsv {

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("unitCode", "indicatorCode", "points", "comment");
  /** The most data lines one file may hold. */
  public static final int MAX_ROWS = 200_000;

  private AutomatedCheckCsv() {}

  /** One data line. */
  public record Row(int line, String unitCode, String indicatorCode, BigDecimal points, String comment) {

    String field(String column) {
      return "rows[" + line + "]." + column;
    }
  }

  /** Parses the whole file or throws the 400 of its first problem. */
  public static List<Row> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    split(text.startsWith("\uFEFF") ? text.substring(1) : text, records, lines);
    if (records.isEmpty() || !header(records.get(0))) {
      throw DomainException.invalid("rows[1]", "line 1 must be the header " + String.join(",", COLUMNS));
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> cells = records.get(i);
      int line = lines.get(i);
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      if (cells.size() < 3 || cells.size() > 4) {
        throw DomainException.invalid("rows[" + line + "]", "line " + line + " has " + cells.size()
            + " column(s); expected " + String.join(",", COLUMNS) + " (the comment may be empty)");
      }
      String unit = required(line, "unitCode", cells.get(0), 64);
      String indicator = required(line, "indicatorCode", cells.get(1), 64);
      String pointsText = required(line, "points", cells.get(2), 20);
      BigDecimal points;
      try {
        points = new BigDecimal(pointsText);
      } catch (NumberFormatException e) {
        throw DomainException.invalid("rows[" + line + "].points", "line " + line + ", column points: '"
            + pointsText + "' is not a number");
      }
      String comment = cells.size() == 4 && !cells.get(3).isBlank() ? cells.get(3).strip() : null;
      rows.add(new Row(line, unit, indicator, points, comment));
      if (rows.size() > MAX_ROWS) {
        throw DomainException.invalid("rows", "at most " + MAX_ROWS + " lines per file");
      }
    }
    if (rows.isEmpty()) {
      throw DomainException.invalid("rows", "the file holds no result line after the header");
    }
    return rows;
  }

  private static boolean header(List<String> cells) {
    if (cells.size() != COLUMNS.size()) {
      return false;
    }
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).strip().toLowerCase(Locale.ROOT).equals(COLUMNS.get(i).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static String required(int line, String column, String value, int max) {
    String v = value.strip();
    if (v.isEmpty()) {
      throw DomainException.invalid("rows[" + line + "]." + column, "line " + line + ", column " + column
          + " is empty");
    }
    if (v.length() > max) {
      throw DomainException.invalid("rows[" + line + "]." + column, "line " + line + ", column " + column
          + " is longer than " + max + " characters");
    }
    return v;
  }

  /** RFC 4180 records, each with the line it starts on. */
  private static void split(String text, List<List<String>> records, List<Integer> lines) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int line = 1;
    int start = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
        continue;
      }
      if (c == '"' && cell.toString().isBlank()) {
        cell.setLength(0);
        quoted = true;
        any = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (c == '\r') {
        // CRLF: the \n ends the record
      } else if (c == '\n') {
        cells.add(cell.toString());
        records.add(cells);
        lines.add(start);
        cells = new ArrayList<>();
        cell.setLength(0);
        any = false;
        line++;
        start = line;
      } else {
        cell.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw DomainException.invalid("rows[" + start + "]", "line " + start + ": a quoted cell is not closed");
    }
    if (any || cell.length() > 0) {
      cells.add(cell.toString());
      records.add(cells);
      lines.add(start);
    }
  }
}
