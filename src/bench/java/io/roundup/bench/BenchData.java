package io.roundup.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/** Input generated from a fixed seed, so two benchmark runs (and the tests that need a load) measure the same work. */
public final class BenchData {

    static final int DAYS_PER_TICKER = 2500;

    private BenchData() {
    }

    /** {@code rows} daily bars in Yahoo layout, {@value #DAYS_PER_TICKER} per ticker file, in {@code dir}. */
    public static void prices(Path dir, long rows) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(20260108L);
        long written = 0;
        for (int t = 0; written < rows; t++) {
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(String.format("T%05d.csv", t)))) {
                w.write("Date,Open,High,Low,Close,Adj Close,Volume\n");
                double close = 20 + random.nextInt(400);
                LocalDate day = LocalDate.of(2010, 1, 4);
                for (int d = 0; d < DAYS_PER_TICKER && written < rows; d++, written++, day = day.plusDays(1)) {
                    double open = close;
                    close = Math.max(1, open * (0.97 + random.nextDouble() * 0.06));
                    double high = Math.max(open, close) * (1 + random.nextDouble() * 0.01);
                    double low = Math.min(open, close) * (1 - random.nextDouble() * 0.01);
                    w.write(day + "," + money(open) + "," + money(high) + "," + money(low) + "," + money(close) + ","
                            + money(close) + "," + random.nextInt(50_000_000) + "\n");
                }
            }
        }
    }

    private static String money(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * {@code copies} news pages per sample page of {@code source}: each sample article placed inside
     * the chrome a news site wraps around it (head scripts and styles, navigation, related stories,
     * footer), about {@code pageKb} KB a page. Real news pages are that large (the public
     * article-extraction benchmark's 181 pages average 174 KB), and parsing cost grows with the page
     * while the article text stays the same, so copying the small sample pages alone would measure
     * an unrealistically cheap parse.
     */
    static int news(Path source, Path dir, int copies, int pageKb) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(20260109L);
        int n = 0;
        try (var pages = Files.list(source)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String html = Files.readString(page);
                for (int i = 0; i < copies; i++, n++) {
                    Files.writeString(dir.resolve(i + "_" + page.getFileName()), dressed(html, random, pageKb * 1024));
                }
            }
        }
        return n;
    }

    private static final String[] WORDS = ("markets economy world politics technology business climate energy health "
            + "science sport culture opinion video podcast newsletter live briefing analysis investigation travel style "
            + "property careers education transport cities weather obituaries letters crossword puzzles archive subscribe "
            + "quarterly results shares central bank inflation election minister council strike rally storm record season").split(" ");

    /** The sample page with site chrome added to its head and around its body, until it is about {@code bytes} long. */
    static String dressed(String html, Random random, int bytes) {
        int headEnd = html.indexOf("</head>");
        int bodyOpen = html.indexOf("<body");
        int bodyStart = bodyOpen < 0 ? -1 : html.indexOf('>', bodyOpen) + 1;
        int bodyEnd = html.lastIndexOf("</body>");
        if (headEnd < 0 || bodyStart <= 0 || bodyEnd < bodyStart) return html;
        int budget = Math.max(0, bytes - html.length());
        StringBuilder head = new StringBuilder();
        StringBuilder top = new StringBuilder();
        StringBuilder bottom = new StringBuilder();
        // proportions of a real page: most bytes in inline scripts and data, few elements per KB
        // (the benchmark's real pages: 174 KB and about 740 elements on average)
        while (head.length() < budget * 70 / 100) {
            head.append("<script type=\"application/json\" id=\"cfg").append(random.nextInt(100000)).append("\">{\"slots\": [");
            for (int i = 0; i < 30; i++) {
                head.append(i == 0 ? "" : ", ").append("{\"id\": \"").append(words(random, 2).replace(' ', '-'))
                        .append("\", \"sizes\": [[300, 250], [728, 90]], \"section\": \"").append(words(random, 1)).append("\"}");
            }
            head.append("]}</script>\n<script>function track").append(random.nextInt(1000))
                    .append("(e) { if (e && e.target) { window.dataLayer = window.dataLayer || []; dataLayer.push({event: '")
                    .append(words(random, 2)).append("'}); } }</script>\n");
        }
        top.append("<header class=\"site-header\"><nav class=\"mega-menu\"><ul>");
        while (top.length() < budget * 8 / 100) {
            top.append("<li class=\"menu-item menu-item-type-taxonomy\"><a href=\"/").append(words(random, 1)).append('/')
                    .append(random.nextInt(100000)).append("\">").append(words(random, 2)).append("</a></li>\n");
        }
        top.append("</ul></nav></header>\n");
        bottom.append("<aside class=\"related\"><h2>More stories</h2><ul>");
        while (bottom.length() < budget * 22 / 100) {
            bottom.append("<li class=\"card\"><a href=\"/story/").append(random.nextInt(1000000)).append("\"><h3>")
                    .append(capitalised(words(random, 9))).append("</h3></a><p class=\"teaser\">").append(capitalised(words(random, 30)))
                    .append(".</p><span class=\"time\">").append(1 + random.nextInt(23)).append(" hours ago</span></li>\n");
        }
        return html.substring(0, headEnd) + head + html.substring(headEnd, bodyStart) + top + html.substring(bodyStart, bodyEnd)
                + bottom + html.substring(bodyEnd);
    }

    private static String words(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return b.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
