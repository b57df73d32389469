package io.roundup.extract;

import io.roundup.extract.CompanySpotter.NameSpan;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names of one company are compared and which of the document's forms of a name is reported. */
final class CompanyNames {

    private static final Pattern BRACKETED = Pattern.compile("\\(.*?\\)");
    private static final Pattern NON_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]");
    /**
     * Last words of an investor's own name ("Norrow Capital", "Pell Ventures"): its money in a list line or beside
     * "fund" is a fund of its own, not a company's round. Narrower than {@link #INVESTOR_END}: "Group" and "Holdings"
     * end names of companies that raise too.
     */
    private static final Pattern FUND_MANAGER_END = Pattern.compile("(?i).*\\b(?:capital|ventures?|partners|fund|investments?|management|asset management)$");

    static boolean isFundManager(String name) {
        return FUND_MANAGER_END.matcher(name).matches();
    }

    /** Last words of an investor's name: a company's full name does not end like this. */
    private static final Pattern INVESTOR_END = Pattern.compile("(?i).*\\b(?:ventures?|capital|partners|funds?|investments?|management|holdings?|group|advisors)$");

    private CompanyNames() {
    }

    /** The name lower-cased with everything but letters and digits removed: equal keys are one name. */
    static String key(String name) {
        return name == null ? "" : NON_WORD.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** "Moonshot" and "Moonshot AI": one name is the start of the other. */
    static boolean sameCompany(String a, String b) {
        if (a == null || b == null) return false;
        String x = key(a), y = key(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        if (x.equals(y)) return true;
        if (isHan(x) && isHan(y) && Math.min(x.length(), y.length()) >= 2 && (x.startsWith(y) || y.startsWith(x))) return true;
        String[] ta = words(a), tb = words(b);
        String[] shorter = ta.length <= tb.length ? ta : tb, longer = ta.length <= tb.length ? tb : ta;
        if (shorter.length == 0 || shorter.length == longer.length) return false;
        for (int i = 0; i < shorter.length; i++) if (!shorter[i].equals(longer[i])) return false;
        return true;
    }

    private static String[] words(String name) {
        String s = NON_WORDS.matcher(BRACKETED.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").trim();
        return s.isEmpty() ? new String[0] : s.split(" ");
    }

    static boolean isHan(String s) {
        return s != null && !s.isEmpty() && s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static boolean containsHan(String t) {
        return t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * The fullest form of a name the document gives ("Proxima" told after "Proxima Fusion"): a longer name of the
     * document that starts with all the words of this one and does not end like an investor's.
     */
    static String fullName(String company, DocumentContext ctx) {
        if (company == null || isHan(company) || company.indexOf('(') >= 0) return company;
        if (ctx.fullNames == null) {
            // the longer names of the document, found once
            ctx.fullNames = new HashSet<>();
            for (List<NameSpan> spans : ctx.allNames()) {
                for (NameSpan n : spans) {
                    String c = n.canonical();
                    if (c.indexOf(' ') > 0 && c.indexOf('(') < 0 && !INVESTOR_END.matcher(c).matches()) ctx.fullNames.add(c);
                }
            }
        }
        String best = company;
        for (String c : ctx.fullNames) {
            if (c.length() <= best.length() || !c.startsWith(company + " ") || !sameCompany(c, company)) continue;
            String rest = c.substring(company.length() + 1);
            if (!capitalised(rest) || rest.startsWith(company) || !introducedAs(c, company, ctx.body)) continue;
            best = c;
        }
        return best;
    }

    /**
     * Whether the document calls the company by the longer name before it uses the short one alone ("Proxima Fusion …
     * Proxima"): a longer form first seen after the short one is a product or a unit ("Crusoe … Crusoe Cloud").
     */
    private static boolean introducedAs(String longer, String shorter, String body) {
        int full = body.indexOf(longer);
        if (full < 0) return true;
        for (int i = body.indexOf(shorter); i >= 0 && i < full; i = body.indexOf(shorter, i + 1)) {
            if (!body.startsWith(longer, i)) return false;
        }
        return true;
    }

    /** "Fusion", "AI Labs": every word starts with a capital or digit ("for Science" in "OpenAI for Science" does not). */
    private static boolean capitalised(String words) {
        for (String w : words.split(" ")) if (w.isEmpty() || Character.isLowerCase(w.charAt(0))) return false;
        return true;
    }

    /**
     * A Chinese name with the shortest name of the document that starts it, as "灵犀机器人 (灵犀)": the text calls the
     * company both ways, so both are reported (the short one alone when the long one is only a legal form).
     */
    static String shortHanName(String name, DocumentContext ctx) {
        if (!isHan(name)) return name;
        String best = name;
        for (String n : ctx.hanNames) if (n.length() >= 2 && n.length() < best.length() && name.startsWith(n)) best = n;
        if (best.equals(name)) return name;
        return name + " (" + best + ")";
    }

    /**
     * The registered name the document gave for a company it otherwise calls by its trade name, as "深圳市云鲸智能科技有限公司
     * (云鲸)"; the name itself when the document gave none.
     */
    static String withLegalName(String name, DocumentContext ctx) {
        if (name == null || ctx.legalNames.isEmpty() || !isHan(name) || name.length() < 2) return name;
        for (String legal : ctx.legalNames) {
            int at = legal.indexOf(name);
            // the trade name within the registered one, after at most a seat ("深圳市"), before industry and legal form
            if (at >= 0 && at <= 4 && !legal.equals(name)) return legal + " (" + name + ")";
        }
        return name;
    }
}
