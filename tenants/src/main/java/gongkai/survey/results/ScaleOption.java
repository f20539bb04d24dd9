package gongkai.survey.results;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One option of a satisfaction scale: a stable code (what answers and the "satisfied" set refer
 * to), the label respondents see, and the points it earns (0-100, at most two decimals).
 */
public record ScaleOption(String code, String label, BigDecimal points) {
  public ScaleOption {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    points = Percent.points(points, "points of option " + code);
  }
}
