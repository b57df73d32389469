package io.roundup.extract;

import io.roundup.extract.CompanySpotter.NameSpan;

import java.util.List;
import java.util.regex.Pattern;

/** Who "it", "the company", "这家公司" or a clause without a subject is about: a company told before. */
final class Referents {

    static final Pattern PRONOUN_START = Pattern.compile(
            "(?i)^\\s*(?:[^,]{0,40},\\s*)?(?:it|the (?:company|startup|start-up|firm|group|developer|maker|lab|round|deal|financing|funding|investment|ipo|offering|listing|transaction)|its|this|the new funding|the latest round|the (?:stock|shares|company's shares)|the (?:[A-Z][\\w.-]*\\s+){1,3}(?:maker|developer|creator|owner|parent|operator|start-?up|company|firm|group|lab))\\b|^\\s*(?:公司|该公司|其|此前|随后|本轮|此轮|该轮|这轮|本次|此次)"
                    + "|^\\s*这家|"
                    + "(?u)^\\s*(?:[^,]{0,40},\\s*)?(?:Das (?:Unternehmen|Start-up|Startup|Jungunternehmen)|Die (?:Firma|Runde|Finanzierung|Finanzierungsrunde|Bewertung)|Es|Sie|Damit|Dabei|Mit der Runde|Mit der Finanzierung|Nach der Runde)(?![\\p{L}])");

    /** A word before a trigger that refers to a company told before: "it", "its", "the company", "das Unternehmen". */
    static final Pattern REFERS_BACK = Pattern.compile(
            "(?i)\\b(?:it|its|this|that (?:round|deal|raise|financing|offering|investment)|the series [a-z]\\b|the (?:[\\w.-]+\\s+){0,3}?(?:company|startup|start-up|firm|group|developer|maker|chipmaker|carmaker|lab|business|designer|"
                    + "provider|platform|unicorn|operator|specialist|creator|owner|parent|round|deal|financing|funding|investment|ipo|offering|listing|transaction|"
                    // what news calls a company the second time: "the fintech", "the lender", "the Paris upstart"
                    + "fintech|insurtech|healthtech|biotech|edtech|proptech|lender|bank|neobank|insurer|retailer|app|automaker|manufacturer|supplier|"
                    + "marketplace|studio|outfit|upstart|newcomer|challenger|scale-?up|spin-?off|spin-?out|venture|brand|chipmaker|carmaker))\\b"
                    + "|(?iu)(?<![\\p{L}])(?:das (?:unternehmen|start-up|startup|ipo|angebot)|die (?:firma|runde|finanzierung\\p{L}*|übernahme|transaktion|emission)|"
                    + "der (?:börsengang|deal|konzern|kauf)|die (?:series|serie) [a-z]|die \\p{L}*-?runde|es|sie)(?![\\p{L}])");
    static final Pattern DEMONSTRATIVE = Pattern.compile("^\\s*(?:这家|該|这一|這家)");
    static final Pattern REFERS_TO_IPO = Pattern.compile("(?i)^\\s*the (?:offering|ipo|listing|float|flotation)\\b");

    private Referents() {
    }

    /** Who "it", "the company" or "the ChatGPT maker" refers to: the company of the latest financing clause. */
    static String focusCompany(DocumentContext ctx) {
        // "OpenAI can use its shares as currency. In March it raised…": a sentence that opens with a company makes it
        // the referent of the next sentence's "it", whatever event was told before
        if (ctx.openingText != null && ctx.openingText != ctx.openingFor) {
            ctx.openingFor = ctx.openingText;
            ctx.opening = Subjects.opening(ctx.openingText, ctx);
        }
        String opening = ctx.openingText == null ? null : ctx.opening;
        if (opening != null) return opening;
        if (ctx.lastSubject != null) return ctx.lastSubject;
        if (ctx.focus != null) return ctx.focus.company;
        // "That network is the product of Physical Intelligence. In November it raised…": no event told yet
        return lastNamed(ctx);
    }

    /** The first organisation of the last sentence read that names one (looking back a few sentences). */
    static String lastNamed(DocumentContext ctx) {
        int n = ctx.readTexts.size();
        if (ctx.lastNamedAt != n) {
            ctx.lastNamed = null;
            for (int i = n - 1; i >= Math.max(0, n - 6) && ctx.lastNamed == null; i--) {
                ctx.lastNamed = Subjects.firstOrganisation(ctx.readTexts.get(i), ctx);
            }
            ctx.lastNamedAt = n;
        }
        return ctx.lastNamed;
    }

    /** The topic of the sentence's earlier clauses: the first subject of the first of them that has one. */
    static String topicSoFar(DocumentContext ctx) {
        while (ctx.clauseTopic == null && !ctx.topicPending.isEmpty()) {
            String c = ctx.topicPending.remove(0);
            if (StatusLexicon.isNegative(c)) continue;
            List<NameSpan> s = Subjects.of(c, ctx.names(c), ctx);
            if (!s.isEmpty()) ctx.clauseTopic = ctx.resolveAlias(s.get(0).canonical());
        }
        ctx.topicPending.clear();
        return ctx.clauseTopic;
    }
}
