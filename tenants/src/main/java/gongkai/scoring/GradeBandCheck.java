package gongkai.scoring;

import static gongkai.scoring.IndicatorTreeCheck.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that the grade bands cover 0 up to the highest total with no gap or overlap, each grade once, and that a
 * higher band never holds a worse grade (so that a deduction can never improve a grade).
 */
final class GradeBandCheck {

  private final Problems problems;

  GradeBandCheck(Problems problems) {
    this.problems = problems;
  }

  /** @param highest the highest possible total, or null when totals are unbounded */
  void check(List<GradeBand> bands, BigDecimal highest) {
    if (bands.isEmpty()) {
      problems.add("gradeBands", "at least one grade band is required");
      return;
    }
    List<Integer> usable = new ArrayList<>();
    Set<Grade> grades = EnumSet.noneOf(Grade.class);
    for (int i = 0; i < bands.size(); i++) {
      if (checkBand(i, bands.get(i), grades)) {
        usable.add(i);
      }
    }
    if (usable.size() != bands.size()) {
      return; // coverage makes no sense over broken bands
    }
    usable.sort(Comparator.comparing(i -> bands.get(i).lower()));
    checkCoverage(bands, usable, highest);
  }

  private boolean checkBand(int i, GradeBand band, Set<Grade> grades) {
    String path = "gradeBands[" + i + "]";
    if (band == null) {
      problems.add(path, "is empty");
      return false;
    }
    boolean ok = true;
    if (band.grade() == null) {
      problems.add(path + ".grade", "is required");
      ok = false;
    } else if (!grades.add(band.grade())) {
      problems.add(path + ".grade", "grade " + band.grade() + " has more than one band");
    }
    if (band.label() == null || band.label().isBlank()) {
      problems.add(path + ".label", "needs a label");
    }
    ok &= problems.points(path + ".lower", band.lower(), true);
    if (band.upper() != null) {
      ok &= problems.points(path + ".upper", band.upper(), false);
    }
    if (ok && band.upper() != null) {
      int c = band.lower().compareTo(band.upper());
      if (c > 0 || (c == 0 && !(band.lowerInclusive() && band.upperInclusive()))) {
        problems.add(path, "the band " + band.range() + " is empty");
        ok = false;
      }
    }
    return ok;
  }

  private void checkCoverage(List<GradeBand> bands, List<Integer> order, BigDecimal highest) {
    GradeBand first = bands.get(order.get(0));
    if (first.lower().signum() != 0 || !first.lowerInclusive()) {
      problems.add("gradeBands[" + order.get(0) + "].lower", "the lowest band must start at 0 inclusive");
    }
    for (int k = 1; k < order.size(); k++) {
      checkJoin(bands, order.get(k - 1), order.get(k));
    }
    int lastIndex = order.get(order.size() - 1);
    GradeBand last = bands.get(lastIndex);
    if (last.upper() == null) {
      return;
    }
    String path = "gradeBands[" + lastIndex + "].upper";
    if (highest == null) {
      problems.add(path, "totals are unbounded (no total cap, bonuses without a cap): leave the top band open");
    } else {
      int c = last.upper().compareTo(highest);
      if (c < 0 || (c == 0 && !last.upperInclusive())) {
        problems.add(path, "the bands stop at " + last.range() + " but a total can reach " + plain(highest));
      }
    }
  }

  private void checkJoin(List<GradeBand> bands, int below, int above) {
    GradeBand low = bands.get(below);
    GradeBand high = bands.get(above);
    String path = "gradeBands[" + above + "].lower";
    if (low.upper() == null) {
      problems.add(path, "overlaps band " + low.range() + " which has no upper bound");
      return;
    }
    int c = low.upper().compareTo(high.lower());
    if (c < 0 || (c == 0 && !low.upperInclusive() && !high.lowerInclusive())) {
      problems.add(path, "gap between " + low.range() + " and " + high.range());
    } else if (c > 0 || (low.upperInclusive() && high.lowerInclusive())) {
      problems.add(path, "overlap between " + low.range() + " and " + high.range());
    }
    if (low.grade().compareTo(high.grade()) > 0) {
      problems.add("gradeBands[" + above + "].grade", "band " + high.range() + " (" + high.grade()
          + ") is worse than the lower band " + low.range() + " (" + low.grade() + ")");
    }
  }
}
