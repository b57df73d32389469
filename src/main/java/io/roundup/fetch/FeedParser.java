package io.roundup.fetch;

import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.time.DateTimeException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RSS 2.0 (also 0.9x and RSS 1.0/RDF) and Atom 1.0 feeds into {@link FeedEntry} values.
 * <p>
 * Safe by construction: the JDK's own parser with secure processing, no DOCTYPE at all (which rules
 * out external entities, external DTDs and entity-expansion bombs), external entities and DTD loading
 * switched off besides, no XInclude, and no access to external DTDs or schemas. A malformed or unsafe
 * document, or one that is neither RSS nor Atom, gives a reject ({@code bad_feed: …}), never an
 * exception. Links are resolved against {@code xml:base} and the feed URL; entries without an http(s)
 * link are skipped, repeated links are kept once, in feed order.
 */
public final class FeedParser {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private FeedParser() {
    }

    public static Parsed<List<FeedEntry>> parse(byte[] xml, String feedUrl) {
        Document doc;
        try {
            doc = builder().parse(new InputSource(new ByteArrayInputStream(skipLeadingWhitespace(xml))));
        } catch (SAXException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            if (msg.contains("DOCTYPE")) msg = "DOCTYPE is not allowed in a feed (" + msg + ")";
            return reject(feedUrl, "bad_feed: " + msg, xml);
        } catch (IOException | RuntimeException e) {
            return reject(feedUrl, "bad_feed: " + e, xml);
        }
        Element root = doc.getDocumentElement();
        String name = local(root);
        URI base = baseOf(root, uriOrNull(feedUrl));
        List<Element> items = new ArrayList<>();
        boolean atom;
        if (name.equals("rss")) {
            atom = false;
            for (Element channel : children(root, "channel")) items.addAll(children(channel, "item"));
        } else if (name.equals("RDF")) {
            atom = false;
            items.addAll(children(root, "item"));
            for (Element channel : children(root, "channel")) items.addAll(children(channel, "item"));
        } else if (name.equals("feed")) {
            atom = true;
            items.addAll(children(root, "entry"));
        } else {
            return reject(feedUrl, "bad_feed: not an RSS or Atom feed (root element <" + root.getTagName() + ">)", xml);
        }
        Set<String> seen = new LinkedHashSet<>();
        List<FeedEntry> entries = new ArrayList<>();
        for (Element item : items) {
            URI itemBase = baseOf(item, base);
            String link = atom ? atomLink(item) : rssLink(item);
            if (link == null) continue;
            String absolute;
            try {
                absolute = itemBase == null ? Urls.normalize(link) : Urls.resolve(itemBase, link).toString();
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!seen.add(absolute)) continue;
            String title = plainText(text(first(item, "title")));
            OffsetDateTime published = atom
                    ? firstDate(item, "published", "updated", "issued", "modified")
                    : firstDate(item, "pubDate", "date", "published", "updated");
            entries.add(new FeedEntry(absolute, title, published));
        }
        return Parsed.ok(List.copyOf(entries));
    }

    private static DocumentBuilder builder() {
        try {
            return secureBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    private static DocumentBuilder secureBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setAttribute("jdk.xml.maxElementDepth", "256"); // no feed nests deeper; stops stack-eating documents
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setValidating(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader(""))); // never fetch anything
        b.setErrorHandler(new ErrorHandler() { // the default one prints to stderr
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return b;
    }

    private static byte[] skipLeadingWhitespace(byte[] xml) {
        int i = 0;
        if (xml.length >= 3 && (xml[0] & 0xFF) == 0xEF && (xml[1] & 0xFF) == 0xBB && (xml[2] & 0xFF) == 0xBF) return xml;
        while (i < xml.length && (xml[i] == ' ' || xml[i] == '\n' || xml[i] == '\r' || xml[i] == '\t')) i++;
        if (i == 0) return xml;
        byte[] out = new byte[xml.length - i];
        System.arraycopy(xml, i, out, 0, out.length);
        return out;
    }

    private static String rssLink(Element item) {
        for (Element l : children(item, "link")) {
            if (l.hasAttribute("href")) { // an atom:link inside an RSS item
                String rel = l.getAttribute("rel");
                if (rel.isEmpty() || rel.equals("alternate")) return l.getAttribute("href").strip();
                continue;
            }
            String t = text(l);
            if (t != null) return t;
        }
        Element guid = first(item, "guid");
        String g = text(guid);
        if (g != null && !"false".equalsIgnoreCase(guid.getAttribute("isPermaLink").strip())
                && (g.startsWith("http://") || g.startsWith("https://"))) return g;
        String about = item.getAttributeNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about");
        return about.isBlank() ? null : about.strip();
    }

    private static String atomLink(Element entry) {
        String fallback = null;
        for (Element l : children(entry, "link")) {
            String href = l.getAttribute("href").strip();
            if (href.isEmpty()) continue;
            String rel = l.getAttribute("rel").strip();
            if (!rel.isEmpty() && !rel.equals("alternate")) continue;
            String type = l.getAttribute("type").strip().toLowerCase(Locale.ROOT);
            if (type.isEmpty() || type.contains("html")) return href;
            if (fallback == null) fallback = href;
        }
        if (fallback != null) return fallback;
        String id = text(first(entry, "id"));
        return id != null && (id.startsWith("http://") || id.startsWith("https://")) ? id : null;
    }

    private static URI baseOf(Element e, URI parent) {
        String b = e.getAttributeNS(XML_NS, "base").strip();
        if (b.isEmpty()) return parent;
        try {
            return parent == null ? new URI(b) : parent.resolve(new URI(b));
        } catch (Exception ex) {
            return parent;
        }
    }

    private static URI uriOrNull(String url) {
        try {
            return url == null ? null : new URI(url);
        } catch (Exception e) {
            return null;
        }
    }

    private static OffsetDateTime firstDate(Element item, String... names) {
        for (String n : names) {
            OffsetDateTime d = parseDate(text(first(item, n)));
            if (d != null) return d;
        }
        return null;
    }

    private static final Pattern RFC822 = Pattern.compile(
            "(?:[A-Za-z]{3,9},?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "\\s*([+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})?.*");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("GMT", 0), Map.entry("UT", 0),
            Map.entry("UTC", 0), Map.entry("Z", 0), Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6),
            Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("BST", 1), Map.entry("JST", 9), Map.entry("HKT", 8));

    /** RFC 822/1123 dates as RSS writes them (leniently) or ISO 8601 as Atom and Dublin Core do; null if neither. */
    static OffsetDateTime parseDate(String s) {
        if (s == null || s.isBlank()) return null;
        s = s.strip();
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException ignored) {
            // not ISO with offset
        }
        try {
            return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // not ISO without offset
        }
        try {
            return LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // not an ISO date
        }
        Matcher m = RFC822.matcher(s);
        if (!m.matches()) return null;
        int month = MONTHS.indexOf(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) return null;
        int year = Integer.parseInt(m.group(3));
        if (year < 100) year += year < 50 ? 2000 : 1900;
        ZoneOffset offset = ZoneOffset.UTC;
        String z = m.group(7);
        if (z != null) {
            if (z.startsWith("+") || z.startsWith("-")) {
                String digits = z.replace(":", "");
                int sign = z.startsWith("-") ? -1 : 1;
                int h = Integer.parseInt(digits.substring(1, 3));
                int min = Integer.parseInt(digits.substring(3, 5));
                if (h > 18 || min > 59) return null;
                offset = ZoneOffset.ofHoursMinutes(sign * h, sign * min);
            } else {
                offset = ZoneOffset.ofHours(ZONES.getOrDefault(z.toUpperCase(Locale.ROOT), 0));
            }
        }
        try {
            return OffsetDateTime.of(year, month, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), 0, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String local(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local(e).equals(localName)) out.add(e);
        }
        return out;
    }

    private static Element first(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        if (c.isEmpty()) return null;
        for (Element e : c) if (e.getNamespaceURI() == null) return e; // plain RSS elements before namespaced ones
        for (Element e : c) if (ATOM.equals(e.getNamespaceURI())) return e;
        return c.get(0);
    }

    private static String text(Element e) {
        if (e == null) return null;
        String t = e.getTextContent();
        if (t == null) return null;
        t = t.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    /** Titles may carry escaped or CDATA HTML ("&lt;em&gt;", "<b>"): keep the text. */
    private static String plainText(String s) {
        if (s == null || (s.indexOf('<') < 0 && s.indexOf('&') < 0)) return s;
        String t = Jsoup.parseBodyFragment(s).text().strip();
        return t.isEmpty() ? null : t;
    }

    private static Parsed<List<FeedEntry>> reject(String feedUrl, String reason, byte[] xml) {
        String head = new String(xml, 0, Math.min(xml.length, 200), StandardCharsets.UTF_8).strip();
        return Parsed.rejected(new Reject(feedUrl, 0, reason, head));
    }
}
