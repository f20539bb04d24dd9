package gongkai.cycle;

import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.scoring.Granularity;
import gongkai.scoring.Ranking;
import gongkai.scoring.ScoreSheet;
import gongkai.scoring.TieBreak;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Routine assessment (日常考核) as Weibin 2020 Art. 9 runs it: weekly checks against each unit's task breakdown, a
 * monthly bulletin in which a unit's month fails if any item missed its standard, and a quarterly assessment that
 * ranks the units. Generic in the unit type {@code U} (the caller's unit id).
 */
public final class RoutineAssessment {

  private RoutineAssessment() {}

  /** One weekly check of one unit: the items of its task breakdown that missed their standard (empty: all met). */
  public record WeeklyCheck<U>(U unit, String week, List<String> itemsBelowStandard) {
    public WeeklyCheck {
      Check.present("unit", unit);
      itemsBelowStandard = itemsBelowStandard == null ? List.of() : List.copyOf(itemsBelowStandard);
    }
  }

  /** An item that missed its standard in a given week. */
  public record Miss(String week, String item) {}

  /**
   * One line of the monthly bulletin (月通报).
   *
   * @param weeksChecked how many weekly checks of the unit fell in the month
   * @param missed       every item below standard, by week; any at all fails the month (Weibin 2020 Art. 9(2))
   */
  public record MonthResult<U>(U unit, String month, int weeksChecked, List<Miss> missed) {
    public MonthResult {
      missed = List.copyOf(missed);
    }

    public boolean failed() {
      return !missed.isEmpty();
    }
  }

  /**
   * The monthly bulletin from weekly checks: per unit (in order of first appearance) and month (ascending), whether
   * the month failed and why. A week belongs to the month of its Thursday ({@link RoutinePeriods}); a bad week key is
   * a 400 naming {@code checks[i].week}.
   */
  public static <U> List<MonthResult<U>> monthlyBulletin(List<WeeklyCheck<U>> checks) {
    Map<U, TreeMap<String, List<WeeklyCheck<U>>>> byUnit = new LinkedHashMap<>();
    for (int i = 0; i < checks.size(); i++) {
      WeeklyCheck<U> check = checks.get(i);
      String field = "checks[" + i + "].week";
      if (RoutinePeriods.granularity(field, check.week()) != Granularity.WEEK) {
        throw DomainException.invalid(field, field + ": " + check.week() + " is not a week");
      }
      byUnit.computeIfAbsent(check.unit(), u -> new TreeMap<>())
          .computeIfAbsent(RoutinePeriods.monthOf(check.week()), m -> new ArrayList<>()).add(check);
    }
    List<MonthResult<U>> bulletin = new ArrayList<>();
    byUnit.forEach((unit, months) -> months.forEach((month, weekly) -> {
      List<Miss> missed = new ArrayList<>();
      weekly.stream().sorted(Comparator.comparing(WeeklyCheck::week)).forEach(check ->
          check.itemsBelowStandard().forEach(item -> missed.add(new Miss(check.week(), item))));
      bulletin.add(new MonthResult<>(unit, month, weekly.size(), missed));
    }));
    return bulletin;
  }

  /**
   * The quarterly ranking (季考核), best first, with the scheme's tie-break; units the tie-break cannot separate share a
   * place (1, 2, 2, 4), as {@link Ranking} does.
   */
  public static <U> List<Ranking.Ranked<U>> quarterlyRanking(Map<U, ScoreSheet> sheets, TieBreak tieBreak) {
    return Ranking.rank(new ArrayList<>(sheets.keySet()), sheets::get, tieBreak);
  }

  /**
   * The units in the last place of a ranking (Weibin 2020 Art. 15: last place in a quarter -> district-wide
   * criticism); ties share it. Empty when every unit shares first place, since then no unit is behind the others.
   */
  public static <U> List<U> lastPlace(List<Ranking.Ranked<U>> ranking) {
    if (ranking.isEmpty()) {
      return List.of();
    }
    int last = ranking.get(ranking.size() - 1).place();
    if (last == 1) {
      return List.of();
    }
    return ranking.stream().filter(r -> r.place() == last).map(Ranking.Ranked::unit).toList();
  }
}
