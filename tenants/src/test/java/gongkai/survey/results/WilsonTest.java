package gongkai.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WilsonTest {
  /** Newcombe (1998), Statistics in Medicine 17:857-872, Table II, method 3 (score, no correction). */
  @ParameterizedTest(name = "{0}/{1} -> [{2}, {3}]")
  @CsvSource({
    "81, 263, 25.53, 36.62",
    "15, 148,  6.24, 16.05",
    " 0,  20,  0.00, 16.11",
    " 1,  29,  0.61, 17.18",
  })
  void matches_newcombe_1998_published_intervals(long x, long n, String lower, String upper) {
    Interval interval = Wilson.interval95(x, n);

    assertThat(interval.lower()).isEqualByComparingTo(lower);
    assertThat(interval.upper()).isEqualByComparingTo(upper);
  }

  @Test
  void all_successes_reach_exactly_one_hundred_percent() {
    Interval interval = Wilson.interval95(29, 29);

    assertThat(interval.upper()).isEqualByComparingTo("100.00");
    assertThat(interval.lower()).isEqualByComparingTo("88.30");
  }

  @Test
  void rate_is_exact_and_rounded_half_up_once() {
    SatisfactionRate rate = SatisfactionRate.of(2, 3);

    assertThat(rate.percent()).isEqualTo(new BigDecimal("66.67"));
    assertThat(rate.wilson95().contains(rate.percent())).isTrue();
  }

  @Test
  void no_trials_has_no_interval() {
    assertThatThrownBy(() -> Wilson.interval95(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
