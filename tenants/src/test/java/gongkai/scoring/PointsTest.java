package gongkai.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PointsTest {

  @Test
  void points_are_normalised_to_two_places() {
    assertThat(Points.of("90").toString()).isEqualTo("90.00");
    assertThat(Points.of("7.5").value()).isEqualTo(new BigDecimal("7.50"));
    assertThat(Points.of("1E+1").toString()).isEqualTo("10.00");
  }

  @Test
  void a_value_that_would_need_rounding_is_refused() {
    assertThatThrownBy(() -> Points.of("89.995")).isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest(name = "{0} rounds to {1}")
  @CsvSource({"89.995, 90.00", "89.994, 89.99", "0.005, 0.01", "3.599600, 3.60", "-0.005, -0.01"})
  void rounding_is_half_up_to_two_places(String exact, String rounded) {
    assertThat(Points.rounded(new BigDecimal(exact)).toString()).isEqualTo(rounded);
  }

  @ParameterizedTest(name = "{0} / {1} = {2}")
  @CsvSource({"292, 3, 97.33", "290, 3, 96.67", "1150, 12, 95.83", "100, 8, 12.50"})
  void quotients_round_half_up(String numerator, String denominator, String expected) {
    assertThat(Points.quotient(new BigDecimal(numerator), new BigDecimal(denominator)).toString())
        .isEqualTo(expected);
  }

  @Test
  void equal_values_compare_equal_whatever_their_scale() {
    assertThat(new Points(new BigDecimal("80"))).isEqualTo(Points.of("80.00"));
  }
}
