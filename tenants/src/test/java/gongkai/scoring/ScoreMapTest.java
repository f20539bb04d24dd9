package gongkai.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreMapTest {

  private static Map<String, BigDecimal> source() {
    Map<String, BigDecimal> map = new LinkedHashMap<>();
    map.put("b", new BigDecimal("1.5"));
    map.put("a", new BigDecimal("2.25"));
    map.put("c", null);
    map.put("d", new BigDecimal("0.125"));
    map.put("e", new BigDecimal("1E+3"));
    map.put("f", new BigDecimal("92233720368547758.08"));
    return map;
  }

  @Test
  void keeps_the_callers_order_and_equals_the_map_it_copies() {
    ScoreMap scores = ScoreMap.copyOf(source());

    assertThat(scores).isEqualTo(source()).hasSameHashCodeAs(source());
    assertThat(scores.keySet()).containsExactly("b", "a", "c", "d", "e", "f");
    assertThat(scores.get("a")).isEqualByComparingTo("2.25");
    assertThat(scores.containsKey("c")).isTrue();
    assertThat(scores.get("c")).isNull();
    assertThat(scores.get("z")).isNull();
    assertThat(scores.containsKey("z")).isFalse();
  }

  @Test
  void holds_whole_hundredths_as_longs_and_marks_what_is_not() {
    ScoreMap scores = ScoreMap.copyOf(source());

    assertThat(scores.hundredths(0)).isEqualTo(150);
    assertThat(scores.hundredths(1)).isEqualTo(225);
    assertThat(scores.hundredths(2)).as("null").isEqualTo(ScoreMap.NOT_HUNDREDTHS);
    assertThat(scores.hundredths(3)).as("three decimals").isEqualTo(ScoreMap.NOT_HUNDREDTHS);
    assertThat(scores.hundredths(4)).as("negative scale").isEqualTo(ScoreMap.NOT_HUNDREDTHS);
    assertThat(scores.hundredths(5)).as("beyond a long").isEqualTo(ScoreMap.NOT_HUNDREDTHS);
    assertThat(scores.decimal(3)).isEqualByComparingTo("0.125");
  }

  @Test
  void is_read_only() {
    ScoreMap scores = ScoreMap.copyOf(source());

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> scores.put("x", BigDecimal.ONE))
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> scores.entrySet().iterator().next().setValue(null))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void an_absent_or_empty_map_is_empty() {
    assertThat(ScoreMap.copyOf(null)).isEmpty();
    assertThat(ScoreMap.copyOf(Map.of())).isEmpty();
  }
}
