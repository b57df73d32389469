package io.roundup.store;

import io.roundup.domain.Article;
import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.Mention;
import io.roundup.normalize.NormalizedMention;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Documents read from the news folder and the mentions extracted from them. */
public class NewsStore {

    private static final Upsert DOCUMENT = Upsert.into("documents", List.of("file"),
            List.of("file VARCHAR", "title VARCHAR", "published DATE", "language VARCHAR", "body VARCHAR",
                    "content_hash VARCHAR"));
    private static final String MENTION = "INSERT INTO mentions (file, seq, company_raw, event_type, status, amount, "
            + "currency, post_money, post_money_currency, pre_money, pre_money_currency, round_label, event_date, "
            + "lead_investors, exchange, ticker, offer_price, offer_price_currency, proceeds, proceeds_currency, evidence) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String NORMALIZED = "UPDATE mentions SET company = ?, resolved = ?, country = ?, fx_currency = ?, "
            + "fx_rate = ?, fx_date = ?, fx_source = ?, amount_usd = ?, post_money_usd = ?, pre_money_usd = ? WHERE file = ? AND seq = ?";

    /** A stored mention with its position in its document and the document's publication date. */
    public record StoredMention(Mention mention, int seq, LocalDate published) {
    }

    private final JdbcTemplate jdbc;

    public NewsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void saveDocuments(List<? extends Article> articles) {
        jdbc.batchUpdate(DOCUMENT.sql(jdbc), articles.stream().map(a -> new Object[]{a.file(), Sql.clip(a.title(), 2000),
                Sql.date(a.published()), a.language(), a.body(), sha256(a.body())}).toList());
    }

    public List<String> documentFiles() {
        return jdbc.queryForList("SELECT file FROM documents ORDER BY file", String.class);
    }

    public Article document(String file) {
        return jdbc.queryForObject("SELECT * FROM documents WHERE file = ?", (rs, i) -> new Article(rs.getString("file"),
                rs.getString("title"), Sql.date(rs, "published"), rs.getString("language"), rs.getString("body")), file);
    }

    /** Replaces whatever an earlier run extracted from these documents. */
    public void replaceMentions(List<String> files, List<Mention> mentions) {
        jdbc.batchUpdate("DELETE FROM mentions WHERE file = ?", files.stream().map(f -> new Object[]{f}).toList());
        List<Object[]> rows = new ArrayList<>();
        String file = null;
        int seq = 0;
        for (Mention m : mentions) {
            seq = m.file().equals(file) ? seq + 1 : 1;
            file = m.file();
            rows.add(new Object[]{m.file(), seq, Sql.clip(m.company(), 300), m.type().code(), m.status().code(),
                    Sql.amount(m.amount()), Sql.currency(m.amount()), Sql.amount(m.postMoney()), Sql.currency(m.postMoney()),
                    Sql.amount(m.preMoney()), Sql.currency(m.preMoney()), m.roundLabel(), Sql.date(m.date()),
                    Sql.joined(m.leadInvestors()), m.exchange(), m.ticker(), Sql.amount(m.offerPrice()),
                    Sql.currency(m.offerPrice()), Sql.amount(m.proceeds()), Sql.currency(m.proceeds()),
                    Sql.clip(m.evidence(), 4000)});
        }
        jdbc.batchUpdate(MENTION, rows);
    }

    public List<StoredMention> mentions() {
        // rows from rounds/ files have no document: their date is their own
        return jdbc.query("SELECT m.*, d.published FROM mentions m LEFT JOIN documents d ON d.file = m.file "
                + "ORDER BY m.file, m.seq", (rs, i) -> new StoredMention(mention(rs), rs.getInt("seq"), Sql.date(rs, "published")));
    }

    public void saveNormalized(List<NormalizedMention> normalized) {
        jdbc.batchUpdate(NORMALIZED, normalized.stream().map(n -> new Object[]{Sql.clip(n.company(), 300), n.resolved(),
                n.country(), n.fxCurrency(), n.fxRate(), Sql.date(n.fxDate()), n.fxSource(), n.amountUsd(), n.postMoneyUsd(),
                n.preMoneyUsd(), n.mention().file(), n.seq()}).toList());
    }

    public List<NormalizedMention> normalizedMentions() {
        return jdbc.query("SELECT * FROM mentions WHERE company IS NOT NULL ORDER BY file, seq", (rs, i) ->
                new NormalizedMention(mention(rs), rs.getInt("seq"), rs.getString("company"), rs.getBoolean("resolved"),
                        rs.getString("country"), rs.getString("fx_currency"), rs.getBigDecimal("fx_rate"),
                        Sql.date(rs, "fx_date"), rs.getString("fx_source"), rs.getBigDecimal("amount_usd"), rs.getBigDecimal("post_money_usd"),
                        rs.getBigDecimal("pre_money_usd")));
    }

    private static Mention mention(ResultSet rs) throws SQLException {
        return new Mention(rs.getString("file"), rs.getString("company_raw"), EventType.fromCode(rs.getString("event_type")),
                EventStatus.fromCode(rs.getString("status")), Sql.money(rs, "amount", "currency"),
                Sql.money(rs, "post_money", "post_money_currency"), Sql.money(rs, "pre_money", "pre_money_currency"),
                rs.getString("round_label"), Sql.date(rs, "event_date"), Sql.split(rs.getString("lead_investors")),
                rs.getString("exchange"), rs.getString("ticker"), Sql.money(rs, "offer_price", "offer_price_currency"),
                Sql.money(rs, "proceeds", "proceeds_currency"), rs.getString("evidence"));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
