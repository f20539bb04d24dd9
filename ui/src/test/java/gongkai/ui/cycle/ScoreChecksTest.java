package gongkai.ui.cycle;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreChecksTest {

    static final BigDecimal TEN = new BigDecimal("10");

    @Test
    void points_within_zero_and_the_maximum_with_two_decimals_pass() {
        assertThat(ScoreChecks.points(null, TEN)).isNull();
        assertThat(ScoreChecks.points(new BigDecimal("0"), TEN)).isNull();
        assertThat(ScoreChecks.points(new BigDecimal("9.50"), TEN)).isNull();
        assertThat(ScoreChecks.points(new BigDecimal("10.00"), TEN)).isNull();
    }

    @Test
    void points_above_the_maximum_below_zero_or_with_three_decimals_are_problems() {
        assertThat(ScoreChecks.points(new BigDecimal("10.01"), TEN).key()).isEqualTo("cycle.score.aboveMax");
        assertThat(ScoreChecks.points(new BigDecimal("-1"), TEN).key()).isEqualTo("cycle.score.negative");
        assertThat(ScoreChecks.points(new BigDecimal("9.125"), TEN).key()).isEqualTo("cycle.score.decimals");
    }

    @Test
    void a_comment_is_required_below_the_maximum_only() {
        assertThat(ScoreChecks.comment(new BigDecimal("8"), TEN, " ").key()).isEqualTo("cycle.score.commentRequired");
        assertThat(ScoreChecks.comment(new BigDecimal("8"), TEN, "培训记录不全")).isNull();
        assertThat(ScoreChecks.comment(new BigDecimal("10"), TEN, null)).isNull();
        assertThat(ScoreChecks.comment(null, TEN, null)).isNull();
    }
}
