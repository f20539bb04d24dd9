package gongkai.ui.survey;

import com.vaadin.flow.component.Html;

import java.math.BigDecimal;
import java.util.List;

/**
 * Small charts drawn by hand as SVG (no chart library: Vaadin Charts is commercial, and a JavaScript one would need
 * a frontend build). Every label is escaped; each bar carries a title with its exact value.
 */
final class SvgCharts {

    /** The five levels' colours, most satisfied first. */
    static final String[] LEVEL_COLOURS = {"#1a7f37", "#57ab5a", "#c9a227", "#e8853d", "#cf222e"};

    private static final int LABEL_WIDTH = 220;
    private static final int BAR_WIDTH = 420;
    private static final int ROW = 26;

    private SvgCharts() {
    }

    /** One horizontal bar per row split into shares (e.g. the five levels of a unit's answers), with a legend. */
    static Html stackedBars(String id, List<String> labels, List<long[]> counts, List<String> series, String[] colours) {
        int height = ROW * labels.size() + 40;
        StringBuilder svg = open(id, height);
        for (int r = 0; r < labels.size(); r++) {
            long[] c = counts.get(r);
            long total = 0;
            for (long v : c) {
                total += v;
            }
            int y = r * ROW + 4;
            label(svg, labels.get(r), y);
            double x = LABEL_WIDTH;
            for (int s = 0; s < c.length; s++) {
                double w = total == 0 ? 0 : BAR_WIDTH * (double) c[s] / total;
                if (w > 0) {
                    svg.append(String.format(java.util.Locale.ROOT,
                            "<rect x='%.1f' y='%d' width='%.1f' height='%d' fill='%s'><title>%s: %d</title></rect>",
                            x, y, w, ROW - 8, colours[s % colours.length], escape(series.get(s)), c[s]));
                }
                x += w;
            }
            svg.append(String.format(java.util.Locale.ROOT, "<text x='%d' y='%d' font-size='12'>%d</text>",
                    LABEL_WIDTH + BAR_WIDTH + 6, y + 13, total));
        }
        int y = labels.size() * ROW + 12;
        int x = LABEL_WIDTH;
        for (int s = 0; s < series.size(); s++) {
            svg.append(String.format(java.util.Locale.ROOT,
                    "<rect x='%d' y='%d' width='12' height='12' fill='%s'/><text x='%d' y='%d' font-size='12'>%s</text>",
                    x, y, colours[s % colours.length], x + 16, y + 11, escape(series.get(s))));
            x += 16 + 14 * series.get(s).length() + 18;
        }
        return close(svg);
    }

    /** One horizontal bar per label, scaled to the largest value, with the value at its end. */
    static Html bars(String id, List<String> labels, List<Long> values) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        StringBuilder svg = open(id, ROW * labels.size() + 8);
        for (int r = 0; r < labels.size(); r++) {
            int y = r * ROW + 4;
            label(svg, labels.get(r), y);
            double w = max == 0 ? 0 : BAR_WIDTH * (double) values.get(r) / max;
            svg.append(String.format(java.util.Locale.ROOT,
                    "<rect x='%d' y='%d' width='%.1f' height='%d' fill='#2f6fb5'/><text x='%.1f' y='%d' font-size='12'>%d</text>",
                    LABEL_WIDTH, y, w, ROW - 8, LABEL_WIDTH + w + 6, y + 13, values.get(r)));
        }
        return close(svg);
    }

    /** Two bars per label on a 0-100 scale (this campaign above, the previous one below); a missing value is left out. */
    static Html pairedBars(String id, List<String> labels, List<BigDecimal> current, List<BigDecimal> previous,
                           String currentName, String previousName) {
        int row = ROW + 14;
        StringBuilder svg = open(id, row * labels.size() + 30);
        for (int r = 0; r < labels.size(); r++) {
            int y = r * row + 4;
            label(svg, labels.get(r), y + 6);
            bar(svg, current.get(r), y, "#2f6fb5", currentName);
            bar(svg, previous.get(r), y + 16, "#9aa5b1", previousName);
        }
        int y = labels.size() * row + 8;
        svg.append(String.format(java.util.Locale.ROOT,
                "<rect x='%d' y='%d' width='12' height='12' fill='#2f6fb5'/><text x='%d' y='%d' font-size='12'>%s</text>"
                        + "<rect x='%d' y='%d' width='12' height='12' fill='#9aa5b1'/><text x='%d' y='%d' font-size='12'>%s</text>",
                LABEL_WIDTH, y, LABEL_WIDTH + 16, y + 11, escape(currentName),
                LABEL_WIDTH + 200, y, LABEL_WIDTH + 216, y + 11, escape(previousName)));
        return close(svg);
    }

    private static void bar(StringBuilder svg, BigDecimal value, int y, String colour, String name) {
        if (value == null) {
            return;
        }
        double w = BAR_WIDTH * Math.min(100, Math.max(0, value.doubleValue())) / 100;
        svg.append(String.format(java.util.Locale.ROOT,
                "<rect x='%d' y='%d' width='%.1f' height='14' fill='%s'><title>%s: %s</title></rect>"
                        + "<text x='%.1f' y='%d' font-size='11'>%s</text>",
                LABEL_WIDTH, y, w, colour, escape(name), value.toPlainString(), LABEL_WIDTH + w + 4, y + 11,
                value.toPlainString()));
    }

    private static void label(StringBuilder svg, String text, int y) {
        String shown = text.length() > 16 ? text.substring(0, 15) + "…" : text;
        svg.append(String.format(java.util.Locale.ROOT, "<text x='0' y='%d' font-size='12'><title>%s</title>%s</text>",
                y + 13, escape(text), escape(shown)));
    }

    private static StringBuilder open(String id, int height) {
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        return new StringBuilder(String.format(java.util.Locale.ROOT,
                "<div id='%s'><svg xmlns='http://www.w3.org/2000/svg' role='img' width='%d' height='%d' viewBox='0 0 %d %d'"
                        + " style='max-width:100%%;height:auto;font-family:var(--lumo-font-family)'>",
                escape(id), width, height, width, height));
    }

    private static Html close(StringBuilder svg) {
        return new Html(svg.append("</svg></div>").toString());
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;").replace("\"", "&quot;");
    }
}
