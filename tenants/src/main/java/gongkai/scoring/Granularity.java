package gongkai.scoring;

import java.util.regex.Pattern;

/** The length of a period of a periodic component, with the form of its period id. */
public enum Granularity {
  /** ISO week, e.g. {@code 2020-W07}. */
  WEEK("\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])", "YYYY-Www, e.g. 2020-W07"),
  /** Calendar month, e.g. {@code 2024-01}. */
  MONTH("\\d{4}-(0[1-9]|1[0-2])", "YYYY-MM, e.g. 2024-01"),
  /** Calendar quarter, e.g. {@code 2020-Q3}. */
  QUARTER("\\d{4}-Q[1-4]", "YYYY-Qn, e.g. 2020-Q3");

  private final Pattern pattern;
  private final String form;

  Granularity(String regex, String form) {
    this.pattern = Pattern.compile(regex);
    this.form = form;
  }

  public boolean accepts(String periodId) {
    return periodId != null && pattern.matcher(periodId).matches();
  }

  public String form() {
    return form;
  }
}
