package io.roundup.fetch;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One market data file to fetch: its URL (a template filled in), its kind, and the file name its
 * reader sees. A price reader takes the ticker from the file name when the file has no ticker column,
 * so a templated URL names its file {@code <symbol>.csv}; any other file is named by the last segment
 * of its URL path ({@code eurofxref-hist.zip}, {@code DEXHKUS.csv}).
 */
public record DataTarget(String url, Source.Kind kind, String name) {

    /**
     * The data sources of a list, templates filled in with each symbol (sorted, each once), in list
     * order; news sources are left out. A symbol that makes a bad URL is skipped.
     */
    public static List<DataTarget> expand(List<Source> sources, Collection<String> symbols) {
        Set<String> sorted = new TreeSet<>();
        for (String s : symbols) if (s != null && !s.isBlank()) sorted.add(s.strip());
        Set<DataTarget> out = new LinkedHashSet<>();
        for (Source s : sources) {
            if (!s.kind().isData()) continue;
            if (!s.isTemplate()) {
                out.add(new DataTarget(s.url(), s.kind(), lastSegment(s.url())));
                continue;
            }
            for (String symbol : sorted) {
                String encoded = URLEncoder.encode(symbol, StandardCharsets.UTF_8).replace("+", "%20");
                try {
                    out.add(new DataTarget(Urls.normalize(s.url().replace(Source.SYMBOL, encoded)), s.kind(), symbol + ".csv"));
                } catch (IllegalArgumentException e) {
                    // a ticker no URL can carry is not this vendor's
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static String lastSegment(String url) {
        String path = URI.create(url).getRawPath();
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? URI.create(url).getHost() : URLDecoder.decode(last, StandardCharsets.UTF_8);
    }
}
