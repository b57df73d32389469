package io.roundup.company;

import io.roundup.domain.Company;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks companies up by any of their names. Matching ignores case, punctuation, spacing and
 * width (NFKC), and a trailing legal suffix ("Inc.", "Ltd", "有限公司"), so "Moonshot AI",
 * "moonshot-ai" and "月之暗面" all find the same entry. Ticker aliases such as "02513.HK" also
 * match their bare code forms ("2513").
 */
public final class CompanyRegistry {

    private static final List<String> LEGAL_SUFFIXES = List.of(
            " incorporated", " inc", " corporation", " corp", " limited", " ltd", " llc", " plc", " pbc",
            " gmbh", " ag", " sa", " co", "股份有限公司", "有限责任公司", "有限公司");

    private final List<Company> companies;
    private final Map<String, Company> byKey = new HashMap<>();

    public CompanyRegistry(Collection<Company> companies) {
        this.companies = List.copyOf(companies);
        for (Company c : this.companies) {
            index(c.name(), c);
            for (String alias : c.aliases()) index(alias, c);
            if (c.ticker() != null && !c.ticker().isBlank()) index(c.ticker(), c);
        }
    }

    public static CompanyRegistry empty() {
        return new CompanyRegistry(List.of());
    }

    private void index(String name, Company c) {
        String k = key(name);
        if (!k.isEmpty()) byKey.putIfAbsent(k, c);
        String ticker = tickerKey(name);
        if (ticker != null) byKey.putIfAbsent(ticker, c);
    }

    /** The company known by this name, or empty when the name is not in the registry. */
    public Optional<Company> find(String name) {
        if (name == null) return Optional.empty();
        Company c = byKey.get(key(name));
        if (c == null) {
            String t = tickerKey(name);
            if (t != null) c = byKey.get(t);
        }
        return Optional.ofNullable(c);
    }

    public List<Company> companies() {
        return companies;
    }

    /**
     * Every name and alias of every company, longest first, as written in the registry, so a
     * text scanner can prefer "Moonshot AI" over "Moonshot".
     */
    public List<String> allNames() {
        List<String> names = new ArrayList<>();
        for (Company c : companies) {
            names.add(c.name());
            names.addAll(c.aliases());
        }
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return names;
    }

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim();
        s = s.replaceAll("[\\p{Punct}\\p{IsPunctuation}]+", " ").replaceAll("\\s+", " ").trim();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : LEGAL_SUFFIXES) {
                if (s.endsWith(suffix) && s.length() > suffix.length() + 1) {
                    s = s.substring(0, s.length() - suffix.length()).trim();
                    stripped = true;
                }
            }
        }
        return s.replace(" ", "");
    }

    /** "02513.HK", "HK.02513", "2513" → "#2513"; null when the text is not a ticker form. */
    static String tickerKey(String name) {
        String s = name.trim().toUpperCase(Locale.ROOT);
        Matcher m = Pattern
                .compile("^(?:(?:HK|HKEX|SEHK)[.:]\\s*)?0*(\\d{1,6})(?:\\.HK)?$").matcher(s);
        return m.matches() ? "#" + m.group(1) : null;
    }
}
