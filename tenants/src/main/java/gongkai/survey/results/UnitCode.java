package gongkai.survey.results;

import java.util.Objects;

/** Identifies an assessed unit (被考核单位) within a campaign. */
public record UnitCode(String value) {
  public UnitCode {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) throw new IllegalArgumentException("unit code is blank");
  }
}
