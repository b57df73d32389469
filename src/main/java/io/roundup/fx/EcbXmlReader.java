package io.roundup.fx;

import io.roundup.csv.Decimals;
import io.roundup.csv.RejectCode;
import io.roundup.csv.Rejection;
import io.roundup.domain.EuroRate;
import io.roundup.domain.Parsed;
import io.roundup.domain.RowReader;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the ECB's euro reference rates in their XML forms ({@code eurofxref-daily.xml},
 * {@code eurofxref-hist-90d.xml}, {@code eurofxref-hist.xml}): one {@link Parsed} list of quotes
 * (source {@code ECB}, units per 1 EUR) per {@code <Cube time="…">} day, in document order.
 * <pre>{@code <gesmes:Envelope …><Cube><Cube time="2026-04-13"><Cube currency="USD" rate="1.1675"/>…}</pre>
 * Hardened like the feed parser: no DOCTYPE at all (which rules out external entities, external DTDs
 * and entity-expansion bombs), external entities off besides, nothing ever fetched. A malformed or
 * unsafe document gives the days read before the fault and then one {@code bad_xml} reject at the
 * line where it broke; a document without any {@code Cube time} day is one {@code bad_xml} reject.
 * <p>Rejects (line of the day's element): {@code bad_date}, {@code bad_number} (unreadable or not
 * positive, the currency named: the day as a whole), {@code future_date} (after the run date, when
 * given). Currencies the JDK does not know are skipped, as the CSV readers skip such columns. The
 * file is read whole on the first {@link #next()}: the full history is 7,000 days of 30 rates.
 */
public final class EcbXmlReader implements RowReader<List<PublishedRate>> {

    private final InputStream in;
    private final String source;
    private final LocalDate runDate;
    private Iterator<Parsed<List<PublishedRate>>> rows;

    /** @param runDate days after it are rejected as {@code future_date}; null disables the check */
    public EcbXmlReader(InputStream in, String sourceName, LocalDate runDate) {
        this.in = in;
        this.source = sourceName;
        this.runDate = runDate;
    }

    @Override
    public Parsed<List<PublishedRate>> next() throws IOException {
        if (rows == null) rows = readAll().iterator();
        return rows.hasNext() ? rows.next() : null;
    }

    private List<Parsed<List<PublishedRate>>> readAll() throws IOException {
        List<Parsed<List<PublishedRate>>> out = new ArrayList<>();
        XMLStreamReader x = null;
        Day day = null;
        long line = 1;
        try {
            x = factory().createXMLStreamReader(in);
            while (x.hasNext()) {
                int event = x.next();
                line = x.getLocation().getLineNumber();
                if (event == XMLStreamConstants.DTD) throw new XMLStreamException("DOCTYPE is not allowed in ECB rates");
                if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("Cube") && day != null && day.closes()) {
                    out.add(day.result());
                    day = null;
                }
                if (event != XMLStreamConstants.START_ELEMENT || !x.getLocalName().equals("Cube")) continue;
                String time = x.getAttributeValue(null, "time");
                if (time != null) {
                    if (day != null) out.add(day.result());
                    day = new Day(time, line);
                } else if (day != null && x.getAttributeValue(null, "currency") != null) {
                    day.rate(x.getAttributeValue(null, "currency"), x.getAttributeValue(null, "rate"));
                }
            }
            if (day != null) out.add(day.result());
            if (out.isEmpty()) out.add(reject(1, RejectCode.BAD_XML.because("no ECB reference rates (no <Cube time=\"…\"> element)")));
        } catch (XMLStreamException | RuntimeException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\s+", " ");
            if (e instanceof XMLStreamException xe && xe.getLocation() != null) line = xe.getLocation().getLineNumber();
            out.add(reject(Math.max(line, 1), RejectCode.BAD_XML.because(msg)));
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // closing a broken document: nothing more to learn
                }
            }
        }
        return out;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity " + systemId + " is not fetched");
        });
        return f;
    }

    private Parsed<List<PublishedRate>> reject(long line, Rejection why) {
        return why.at(source, line, "");
    }

    /** One day's element as it is read: its rates, or the first fault that rejects it. */
    private final class Day {
        private final long line;
        private final List<PublishedRate> quotes = new ArrayList<>();
        private Rejection fault;
        private LocalDate date;
        private int open = 1;

        Day(String time, long line) {
            this.line = line;
            try {
                date = LocalDate.parse(time.strip());
            } catch (DateTimeParseException e) {
                fault = RejectCode.BAD_DATE.because("'" + time + "' expected yyyy-mm-dd");
            }
        }

        void rate(String code, String rate) {
            open++;
            if (fault != null) return;
            Currency c = FxFileReader.currency(code);
            if (c == null) return;
            BigDecimal r = Decimals.parse(rate, false);
            if (r == null || r.signum() <= 0) {
                fault = RejectCode.BAD_NUMBER.because(code + " rate '" + rate + "' is not a positive decimal");
                return;
            }
            quotes.add(PublishedRate.ecb(new EuroRate(date, c, r)));
        }

        /** Called at each Cube end tag after this day began: the rates' empty elements close first. */
        boolean closes() {
            return --open == 0;
        }

        Parsed<List<PublishedRate>> result() {
            if (fault != null) return reject(line, fault);
            if (runDate != null && date.isAfter(runDate)) {
                return reject(line, RejectCode.FUTURE_DATE.because(date + " expected on or before run date " + runDate));
            }
            return Parsed.ok(List.copyOf(quotes));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
