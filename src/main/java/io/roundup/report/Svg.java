package io.roundup.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The report's charts as inline SVG, drawn here so that the page needs no library and no network.
 * Every mark carries a {@code <title>} (the browser's tooltip) with the exact figure; all text
 * passes through {@link Html#text}.
 */
final class Svg {

    /** One bar: its label, value (null or not positive: no bar), the figure shown and the tooltip. */
    record Bar(String label, BigDecimal value, String figure, String tooltip, String kind) {
    }

    /** One point of a price line. */
    record Point(String date, BigDecimal value, String tooltip) {
    }

    /** The headline's two colours, kept for the same countries in every chart. */
    private static final Map<String, String> COUNTRY_COLOURS = Map.of("US", "#3d5a80", "CN", "#d1495b");

    static final List<String> PALETTE = List.of("#edae49", "#00798c", "#6a4c93", "#66a182", "#8d6a9f", "#c06c84",
            "#1f77b4", "#999999");

    private static final int WIDTH = 760;

    private Svg() {
    }

    /** Horizontal bars scaled to the largest value, the figure written after each bar. */
    static String bars(String label, List<Bar> bars) {
        int row = 30;
        int labelWidth = 230;
        int barSpace = WIDTH - labelWidth - 190; // room for the figure after the longest bar
        double max = bars.stream().map(Bar::value).filter(v -> v != null && v.signum() > 0)
                .mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        StringBuilder s = open(label, WIDTH, row * bars.size() + 10);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 5 + i * row;
            double w = b.value() == null || b.value().signum() <= 0 ? 0 : Math.max(1, barSpace * b.value().doubleValue() / max);
            s.append("<g class=\"bar ").append(Html.attr(b.kind())).append("\"><title>").append(Html.text(b.tooltip()))
                    .append("</title>");
            s.append(text(labelWidth - 8, y + 19, "end", "label", b.label()));
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\"></rect>",
                    labelWidth, y + 4, w, row - 8));
            s.append(text((int) (labelWidth + w + 6), y + 19, "start", "figure", b.figure()));
            s.append("</g>");
        }
        return s.append("</svg>").toString();
    }

    /**
     * Stacked columns: one column per entry of {@code columns} (in order), one colour per series
     * (in the order of {@code series}); {@code values.get(column).get(series)} may be missing.
     */
    static String stacked(String label, List<String> columns, List<String> series,
                          Map<String, Map<String, BigDecimal>> values, Function<BigDecimal, String> figure) {
        int height = 260;
        int top = 10;
        int bottom = 40;
        int left = 70;
        int plot = height - top - bottom;
        double max = 1;
        for (String c : columns) {
            double sum = values.getOrDefault(c, Map.of()).values().stream().mapToDouble(BigDecimal::doubleValue).sum();
            max = Math.max(max, sum);
        }
        double step = columns.isEmpty() ? 0 : (double) (WIDTH - left - 10) / columns.size();
        int labelEvery = Math.max(1, (int) Math.ceil(56 / Math.max(step, 1))); // a yyyy-mm label needs about 56 px
        StringBuilder s = open(label, WIDTH, height + 24 + 20 * ((series.size() + 5) / 6));
        s.append(text(left - 6, top + 10, "end", "axis", figure.apply(BigDecimal.valueOf(max).round(new MathContext(3)))));
        s.append(text(left - 6, top + plot, "end", "axis", "0"));
        s.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"></line>",
                left, top + plot, WIDTH - 10, top + plot));
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            double x = left + i * step + step * 0.15;
            double y = top + plot;
            Map<String, BigDecimal> col = values.getOrDefault(c, Map.of());
            for (int k = 0; k < series.size(); k++) {
                BigDecimal v = col.get(series.get(k));
                if (v == null || v.signum() <= 0) continue;
                double h = plot * v.doubleValue() / max;
                y -= h;
                s.append("<rect class=\"seg\" data-column=\"").append(Html.attr(c)).append("\" data-series=\"")
                        .append(Html.attr(series.get(k))).append("\" fill=\"").append(colour(series, k)).append('"')
                        .append(String.format(Locale.ROOT, " x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">",
                                x, y, step * 0.7, h))
                        .append("<title>").append(Html.text(c + " · " + series.get(k) + ": " + figure.apply(v)
                                + " (" + Figures.exact(v) + " USD)")).append("</title></rect>");
            }
            if (i % labelEvery == 0) {
                s.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">",
                        x + step * 0.35, top + plot + 16)).append(Html.text(c)).append("</text>");
            }
        }
        for (int k = 0; k < series.size(); k++) {
            int lx = left + (k % 6) * 110;
            int ly = height + 10 + (k / 6) * 20;
            s.append("<rect fill=\"").append(colour(series, k)).append('"')
                    .append(String.format(Locale.ROOT, " x=\"%d\" y=\"%d\" width=\"12\" height=\"12\"></rect>", lx, ly));
            s.append(text(lx + 16, ly + 11, "start", "legend", series.get(k)));
        }
        return s.append("</svg>").toString();
    }

    /** A small line of closes with the offer price as a dashed line; empty text when there are no points. */
    static String priceLine(String label, List<Point> points, BigDecimal offer, String offerTooltip) {
        if (points.isEmpty()) return "";
        int w = 260;
        int h = 90;
        int pad = 8;
        double min = points.stream().mapToDouble(p -> p.value().doubleValue()).min().orElse(0);
        double max = points.stream().mapToDouble(p -> p.value().doubleValue()).max().orElse(1);
        if (offer != null) {
            min = Math.min(min, offer.doubleValue());
            max = Math.max(max, offer.doubleValue());
        }
        double span = max - min == 0 ? 1 : max - min;
        double dx = points.size() == 1 ? 0 : (double) (w - 2 * pad) / (points.size() - 1);
        StringBuilder s = open(label, w, h);
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = pad + i * dx;
            double y = pad + (h - 2 * pad) * (1 - (points.get(i).value().doubleValue() - min) / span);
            path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            dots.append(String.format(Locale.ROOT, "<circle class=\"close\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\">", x, y))
                    .append("<title>").append(Html.text(points.get(i).tooltip())).append("</title></circle>");
        }
        if (offer != null) {
            double y = pad + (h - 2 * pad) * (1 - (offer.doubleValue() - min) / span);
            s.append(String.format(Locale.ROOT, "<line class=\"offer\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\">",
                    pad, y, w - pad, y)).append("<title>").append(Html.text(offerTooltip)).append("</title></line>");
        }
        s.append("<path class=\"price\" d=\"").append(path).append("\"></path>").append(dots);
        return s.append("</svg>").toString();
    }

    /** The colour of series {@code index} of {@code series}: the country's own, else the palette's. */
    static String colour(List<String> series, int index) {
        return COUNTRY_COLOURS.getOrDefault(series.get(index), PALETTE.get(index % PALETTE.size()));
    }

    private static StringBuilder open(String label, int width, int height) {
        return new StringBuilder().append(String.format(Locale.ROOT,
                "<svg role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" aria-label=\"",
                width, height, width, height)).append(Html.attr(label)).append("\">");
    }

    private static String text(int x, int y, String anchor, String cls, String content) {
        return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%d\" y=\"%d\" text-anchor=\"%s\">", cls, x, y, anchor)
                + Html.text(content) + "</text>";
    }
}
