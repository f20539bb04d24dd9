package gongkai.scoring;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map of scores by code, kept in the caller's order, laid out as arrays.
 *
 * <p>Why not a {@code LinkedHashMap}: the engine reads every item of every period of every unit once (issue 3's
 * target is 18 million per second on one core), and walking linked entries to boxed decimals spends most of that
 * time waiting for memory. Here the codes and the scores in hundredths of a point lie side by side in two arrays;
 * a score that is not a whole number of hundredths (or null, or huge) is marked and read from {@link #decimal}, so
 * the engine still reports it with its path. To everything else it is an ordinary read-only {@code Map}.
 */
final class ScoreMap extends AbstractMap<String, BigDecimal> {

  /** In {@link #hundredths}: the score has no exact long value in hundredths; read {@link #decimal}. */
  static final long NOT_HUNDREDTHS = Long.MIN_VALUE;

  private static final ScoreMap EMPTY = new ScoreMap(new String[0], new BigDecimal[0], new long[0]);

  private final String[] codes;
  private final BigDecimal[] decimals;
  private final long[] hundredths;

  private ScoreMap(String[] codes, BigDecimal[] decimals, long[] hundredths) {
    this.codes = codes;
    this.decimals = decimals;
    this.hundredths = hundredths;
  }

  /** A copy of {@code map} (null: empty), in its iteration order; null values are kept for the engine to report. */
  static ScoreMap copyOf(Map<String, BigDecimal> map) {
    if (map == null || map.isEmpty()) {
      return EMPTY;
    }
    if (map instanceof ScoreMap scores) {
      return scores;
    }
    int size = map.size();
    String[] codes = new String[size];
    BigDecimal[] decimals = new BigDecimal[size];
    long[] hundredths = new long[size];
    int i = 0;
    for (Map.Entry<String, BigDecimal> entry : map.entrySet()) {
      codes[i] = entry.getKey();
      decimals[i] = entry.getValue();
      hundredths[i] = hundredthsOf(entry.getValue());
      i++;
    }
    return new ScoreMap(codes, decimals, hundredths);
  }

  private static long hundredthsOf(BigDecimal value) {
    if (value == null || value.scale() < 0 || value.scale() > 2) {
      return NOT_HUNDREDTHS;
    }
    try {
      long exact = value.movePointRight(2).longValueExact();
      return exact == NOT_HUNDREDTHS ? NOT_HUNDREDTHS : exact;
    } catch (ArithmeticException tooLarge) {
      return NOT_HUNDREDTHS;
    }
  }

  int count() {
    return codes.length;
  }

  String code(int i) {
    return codes[i];
  }

  /** The score in hundredths of a point, or {@link #NOT_HUNDREDTHS}. */
  long hundredths(int i) {
    return hundredths[i];
  }

  BigDecimal decimal(int i) {
    return decimals[i];
  }

  @Override
  public int size() {
    return codes.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public BigDecimal get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : decimals[i];
  }

  private int indexOf(Object key) {
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] == null ? key == null : codes[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Entry<String, BigDecimal>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, BigDecimal>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < codes.length;
          }

          @Override
          public Entry<String, BigDecimal> next() {
            if (next >= codes.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(codes[i], decimals[i]);
          }
        };
      }

      @Override
      public int size() {
        return codes.length;
      }
    };
  }
}
