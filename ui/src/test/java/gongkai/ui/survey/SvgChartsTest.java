package gongkai.ui.survey;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartsTest {

    @Test
    void a_label_cannot_inject_markup() {
        String html = SvgCharts.bars("c", List.of("<script>alert(1)</script>'"), List.of(3L)).getElement().getOuterHTML();

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void stacked_shares_fill_the_bar_in_proportion_to_the_counts() {
        String html = SvgCharts.stackedBars("levels", List.of("教育局"), List.of(new long[]{3, 1, 0, 0, 0}),
                List.of("满意", "比较满意", "基本满意", "不太满意", "不满意"), SvgCharts.LEVEL_COLOURS).getElement().getOuterHTML();

        assertThat(html).contains("width=\"315.0\"").contains("width=\"105.0\"").contains("满意: 3");
    }

    @Test
    void a_unit_without_last_years_figure_gets_only_this_years_bar() {
        String html = SvgCharts.pairedBars("trend", List.of("a", "b"), Arrays.asList(new BigDecimal("80.00"), new BigDecimal("50.00")),
                Arrays.asList(new BigDecimal("70.00"), null), "2026", "2025").getElement().getOuterHTML();

        assertThat(html.split("2025: ", -1)).hasSize(2);
        assertThat(html.split("2026: ", -1)).hasSize(3);
    }
}
