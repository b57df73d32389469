package io.roundup.news.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The words of a text as a set, for telling whether two texts say the same (a headline and its restatement). */
public final class Words {

    private Words() {
    }

    /** The runs of letters and digits of s, lower-cased. */
    public static Set<String> of(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
