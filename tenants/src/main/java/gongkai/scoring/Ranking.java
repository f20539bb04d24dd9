package gongkai.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Orders units by their score sheets, best first, with the scheme's tie-break. Jinchang 2022 Art. 13: a total
 * above 100 counts as 100 but ranks ahead among equal scores, i.e. {@link TieBreak#UNCAPPED_TOTAL_DESC}.
 */
public final class Ranking {

  private Ranking() {}

  /** Best first: the higher total, then (if the tie-break says so) the higher uncapped total. */
  public static Comparator<ScoreSheet> bestFirst(TieBreak tieBreak) {
    Comparator<ScoreSheet> byTotal = Comparator.comparing(ScoreSheet::totalPoints).reversed();
    return tieBreak == TieBreak.UNCAPPED_TOTAL_DESC
        ? byTotal.thenComparing(Comparator.comparing(ScoreSheet::uncappedTotalPoints).reversed())
        : byTotal;
  }

  /** A unit with its place; units the tie-break cannot separate share a place (1, 2, 2, 4). */
  public record Ranked<T>(int place, T unit, ScoreSheet sheet) {}

  public static <T> List<Ranked<T>> rank(List<T> units, Function<T, ScoreSheet> sheetOf, TieBreak tieBreak) {
    Comparator<ScoreSheet> order = bestFirst(tieBreak);
    List<T> sorted = new ArrayList<>(units);
    sorted.sort(Comparator.comparing(sheetOf, order));
    List<Ranked<T>> ranked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      T unit = sorted.get(i);
      ScoreSheet sheet = sheetOf.apply(unit);
      int place = i > 0 && order.compare(ranked.get(i - 1).sheet(), sheet) == 0 ? ranked.get(i - 1).place() : i + 1;
      ranked.add(new Ranked<>(place, unit, sheet));
    }
    return ranked;
  }
}
