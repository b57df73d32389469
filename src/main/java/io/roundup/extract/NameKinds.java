package io.roundup.extract;

import io.roundup.extract.CompanySpotter.NameSpan;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a capitalised name in a clause stands for, decided from general lexicons and the words around it, never from
 * the names of particular pages: a news outlet or data provider ("told Bloomberg", "according to PitchBook"), a
 * person ("co-founder Jane Doe", "Doe, who", a given name first), a word capitalised only because a sentence starts
 * with it ("Rivals have also raised", "Two rounds"), page furniture ("Share", "Register now"), a place ({@link Places}), or else an
 * organisation. Registry names are always organisations: the registry is the analysts' own word.
 */
final class NameKinds {

    enum Kind { ORGANISATION, OUTLET, PERSON, COMMON_WORD, SECURITY, PLACE, NOT_SUBJECT }

    /** News outlets, wires and data providers cited as sources (lower case, as written after case folding). */
    private static final Set<String> OUTLETS = words(
            "bloomberg", "bloomberg news", "reuters", "the information", "techcrunch", "financial times", "ft", "the financial times",
            "wall street journal", "the wall street journal", "wsj", "the new york times", "new york times", "nyt", "cnbc", "cnn",
            "axios", "forbes", "business insider", "the verge", "semafor", "politico", "the economist", "nikkei", "nikkei asia", "south china morning post", "scmp", "caixin", "latepost", "36kr", "sifted",
            "handelsblatt", "faz", "frankfurter allgemeine", "süddeutsche zeitung", "der spiegel", "spiegel", "manager magazin",
            "gründerszene", "t3n", "heise", "les echos", "le monde", "el país", "the guardian", "bbc", "associated press", "afp", "agence france-presse", "dow jones", "barron's", "marketwatch", "yahoo finance", "seeking alpha",
            "venturebeat", "fierce biotech", "endpoints news", "stat news", "the block", "coindesk", "tech in asia", "kr asia",
            "inc42", "entrackr", "the ken", "livemint", "economic times", "the economic times", "calcalist", "globes",
            "pitchbook", "crunchbase", "crunchbase news", "dealroom", "cb insights", "tracxn", "preqin", "refinitiv", "lseg",
            "dealogic", "s&p global", "s&p global market intelligence", "morningstar", "factset", "itjuzi", "it juzi", "qichacha",
            "tianyancha", "prnewswire", "pr newswire", "cvsource", "pedata", "wind information",
            "business wire", "businesswire", "globenewswire", "accesswire");

    /** Chinese outlets and data providers ("据财新报道", "彭博社"). */
    private static final Pattern HAN_OUTLET = Pattern.compile(
            "^(?:彭博|彭博社|路透|路透社|财新|財新|财新网|36氪|晚点|晚点LatePost|界面|界面新闻|澎湃|澎湃新闻|新浪|新浪财经|腾讯新闻|第一财经|证券时报|證券時報|"
                    + "上海证券报|中国证券报|经济观察报|21世纪经济报道|每日经济新闻|财联社|財聯社|投中网|IT桔子|企查查|天眼查|清科|清科研究中心|"
                    + "南华早报|南華早報|明报|明報|信报|信報|经济日报|經濟日報|香港经济日报|香港經濟日報|星岛|星島|东方日报|東方日報|智通财经|智通財經|格隆汇|格隆匯|"
                    + "华尔街日报|華爾街日報|金融时报|金融時報|新华社|新華社|央视|中新社|环球时报|日经|日經)$");

    /** Words before an outlet: "told Bloomberg", "according to PitchBook", "data from Dealroom", "reported by Reuters". */
    private static final GuardedPattern OUTLET_BEFORE = GuardedPattern.of(
            "(?i)(?:\\btold|\\baccording to|\\breported by|\\bdata (?:from|by|compiled by)|\\bciting|\\bper|\\bcompiled by|\\bsources? (?:told|said to)|"
                    + "\\bin an interview with|\\bspeaking to|\\bsaid to|\\ba report (?:by|from|in)|\\breport(?:ed)? in|\\bwrote in|\\bnach angaben (?:von|des|der)|"
                    + "\\blaut|\\bberichtet(?:e)?|\\bberichten|\\bzufolge|\\bsagte (?:dem|der|gegenüber))\\s+(?:the\\s+|dem\\s+|der\\s+)?$",
            Guard.words("told", "according", "reported", "data", "citing", "per", "compiled", "source", "interview", "speaking", "said to",
                    "report", "wrote", "laut", "bericht", "zufolge", "sagte", "nach angaben"));
    /** Words after an outlet: "Bloomberg reported", "PitchBook data show", "Reuters, citing". */
    private static final GuardedPattern OUTLET_AFTER = GuardedPattern.of(
            "(?i)^(?:['’]s)?\\s*(?:first\\s+|earlier\\s+|previously\\s+|also\\s+)?(?:reported|reports|has reported|had reported|said in a report|wrote|"
                    + "data (?:show|shows|showed|compiled)|figures (?:show|showed)|estimates|, citing|citing|berichtete|berichtet|meldete|meldet|zufolge)\\b",
            Guard.words("report", "wrote", "data", "figures", "estimates", "citing", "bericht", "meldet", "zufolge"));

    /** Titles and roles before a person's name ("co-founder Jane Doe", "CEO Sam Roe", "analyst Li Wei"). */
    private static final GuardedPattern TITLE_BEFORE = GuardedPattern.of(
            "(?i)\\b(?:co-?founders?|founders?|researchers?|scientists?|engineers?|professors?|executives?|partners?|investors?|chief executive(?: officer)?|chief \\w+ officer|ceo|cfo|cto|coo|chairman|chairwoman|chair|president|"
                    + "managing (?:director|partner)|general partner|partner|principal|analyst|investor|angel investor|billionaire|entrepreneur|"
                    + "professor|researcher|scientist|engineer|spokesperson|spokeswoman|spokesman|executive|director|head|vp|vice president|"
                    + "mr\\.?|ms\\.?|mrs\\.?|dr\\.?|gründer|mitgründer|chef|chefin|geschäftsführer|geschäftsführerin|vorstandschef|investor|"
                    + "analyst|analystin|sprecher|sprecherin|partnerin)\\s+(?:and\\s+\\w+\\s+)?$",
            Guard.words("founder", "researcher", "scientist", "engineer", "professor", "executive", "partner", "investor", "chief", "ceo", "cfo",
                    "cto", "coo", "chair", "president", "director", "principal", "analyst", "billionaire", "entrepreneur", "spokes", "head", "vp",
                    "mr", "ms", "dr", "gründer", "chef", "geschäftsführer", "sprecher"));
    /** Words after a person: "Doe, who", "Doe, the company's founder", "Doe said", "Doe, 42,". */
    private static final Pattern PERSON_AFTER = Pattern.compile(
            "^(?:,\\s+(?:who|the (?:company['’]s |firm['’]s |startup['’]s |start-up['’]s )?(?:co-?founder|founder|chief|ceo|cfo|cto|head|president|chair\\w*|partner|"
                    + "managing partner|general partner|analyst|investor)|(?:a |an )?(?:co-?founder|founder|chief|ceo|partner|managing partner|general partner|analyst|investor|"
                    + "professor|former)|\\d{2},)|\\s+(?:co-founded|seeded))\\b");

    /** Common given names: a two- or three-word name starting with one is a person unless it ends like a company. */
    private static final Set<String> GIVEN_NAMES = words(
            "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher", "daniel",
            "matthew", "anthony", "mark", "donald", "steven", "steve", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george",
            "timothy", "ronald", "edward", "jason", "jeffrey", "jeff", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen",
            "larry", "justin", "scott", "brandon", "benjamin", "ben", "samuel", "sam", "gregory", "alexander", "alex", "alexandr",
            "patrick", "frank", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas",
            "zachary", "peter", "kyle", "noah", "ethan", "jeremy", "walter", "christian", "keith", "roger", "terry", "austin", "sean",
            "gerald", "carl", "harold", "dylan", "arthur", "lawrence", "jordan", "jesse", "bryan", "billy", "bruce", "gabriel", "joe",
            "logan", "albert", "willie", "alan", "eugene", "russell", "vincent", "philip", "bobby", "johnny", "bradley", "elon", "mark",
            "marc", "satya", "sundar", "jensen", "dario", "daniela", "mira", "ilya", "demis", "mustafa", "reid", "vinod", "masayoshi",
            "arthur", "aidan", "ali", "amjad", "aravind", "arvind", "clem", "emad", "garry", "naveen", "nat", "noam", "yann", "mary",
            "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "betty",
            "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol", "amanda", "melissa",
            "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna",
            "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn",
            "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina",
            "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria",
            "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia", "judy", "grace",
            "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella",
            "charlotte", "rose", "alexis", "kayla", "fidji", "sheryl", "safra", "ginni", "lisa", "jane", "sandeep", "rahul", "priya",
            "vijay", "raj", "anil", "sunil", "amit", "rohan", "arjun", "ravi", "kunal", "nikhil", "vikram", "deepak", "ajay", "sanjay",
            "hans", "klaus", "jürgen", "wolfgang", "stefan", "andreas", "markus", "christoph", "matthias", "tobias", "florian",
            "sebastian", "lukas", "jonas", "felix", "maximilian", "moritz", "johannes", "philipp", "niklas", "katharina", "julia",
            "anna", "lena", "laura", "sophie", "jean", "pierre", "arthur", "antoine", "julien", "nicolas", "guillaume", "thibault",
            "françois", "louis", "olivier", "yoshua", "geoffrey", "fei-fei", "andrej", "greg", "gavin", "mikhail", "oleg", "dmitry",
            "yuri", "igor", "ivan", "sergey", "lars", "niklas", "torsten", "sven", "erik", "magnus", "jonas", "anders", "mats", "kai",
            "xavier", "diego", "carlos", "juan", "luis", "javier", "miguel", "pablo", "marco", "luca", "giovanni", "matteo", "paolo",
            "yuki", "hiroshi", "takeshi", "kenji", "daisuke", "akira", "yusuke", "tomoko", "min", "ji", "seo", "jun", "joon", "hyun",
            "omar", "ahmed", "mohammed", "mohamed", "muhammad", "yusuf", "fatima", "leila", "tariq", "karim", "nadia", "nir", "yossi",
            "avi", "eyal", "itai", "guy", "oren", "amir", "shai", "tal", "ori", "ido", "uri", "dan", "noa");
    /** Last words that make a name an organisation whatever its first word ("Jane Street Capital", "Mark Cuban Companies"). */
    private static final Pattern ORG_END = Pattern.compile(
            "(?i).*\\b(?:capital|ventures?|partners|group|holdings?|labs?|ai|inc\\.?|ltd\\.?|llc|corp\\.?|co\\.?|fund|technologies|technology|"
                    + "systems|robotics|therapeutics|bio|health|networks|software|street|management|investments?|securities|bank|"
                    + "foundation|institute|university|gmbh|ag|se|sa|plc)$");

    /**
     * Words that start sentences and clauses of financing news and are no names though capitalised there: people and
     * groups ("Rivals", "Investors"), quantities ("Two", "Several"), finance nouns ("Proceeds", "Terms"), adverbs, and
     * page furniture of scraped pages ("Share", "Comment", "Subscribe").
     */
    private static final Set<String> COMMON_STARTERS = words(
            "people", "rivals", "rival", "investors", "investor", "backers", "analysts", "analyst", "startups", "start-ups", "companies",
            "firms", "founders", "executives", "officials", "sources", "insiders", "bankers", "lawyers", "regulators", "employees",
            "customers", "users", "critics", "experts", "observers", "traders", "competitors", "peers", "others", "shareholders",
            "stakeholders", "partners", "buyers", "sellers", "lenders", "bidders", "suitors", "engineers", "researchers", "developers",
            "rounds", "round", "deals", "deal", "valuations", "valuation", "talks", "negotiations", "terms", "proceeds", "revenue",
            "revenues", "sales", "profits", "profit", "losses", "funding", "financing", "investment", "investments", "money", "cash",
            "capital", "shares", "stock", "stocks", "bonds", "debt", "fundraising", "fundraisings", "listings", "listing", "ipos",
            "mergers", "acquisitions", "takeovers", "combined", "collectively", "altogether", "total", "overall",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
            "dozens", "hundreds", "thousands", "millions", "billions", "several", "few", "many", "most", "some", "both", "all", "each",
            "every", "none", "neither", "either", "another", "other", "such", "these", "those", "this", "that", "there", "here",
            "separately", "additionally", "meanwhile", "elsewhere", "likewise", "similarly", "still", "yet", "so", "thus", "hence",
            "share", "shared", "comment", "comments", "subscribe", "subscribed", "register", "registered", "sign", "login", "log",
            "menu", "home", "search", "follow", "print", "email", "newsletter", "newsletters", "advertisement", "sponsored", "topics",
            "topic", "tags", "tag", "related", "trending", "popular", "latest", "more", "next", "previous", "back", "top", "copied",
            "link", "links", "cookie", "cookies", "accept", "close", "open", "watch", "listen", "podcast", "video", "videos",
            "photo", "photos", "image", "images", "credit", "source", "disclosure", "correction", "editor", "editors", "note",
            "update", "updated", "published", "posted", "by", "staff", "contributors", "contributor", "author", "authors", "about",
            "contact", "careers", "privacy", "terms", "events", "event", "webinar", "whitepaper", "download", "free", "premium",
            "plus", "pro", "new", "now", "today", "yesterday", "week", "weekly", "daily", "monthly", "quarter", "year", "years",
            "market", "markets", "sector", "sectors", "industry", "industries", "startup", "start-up", "company", "firm", "founder",
            "chinese", "american", "european", "british", "german", "french", "indian", "israeli", "japanese", "korean", "asian",
            "global", "local", "domestic", "foreign", "public", "private", "state", "federal", "national", "government", "regional",
            "big", "large", "small", "major", "key", "top", "leading", "early", "late", "recent", "last", "first", "second", "third",
            "its", "their", "his", "her", "our", "your", "my", "we", "they", "he", "she", "it", "i", "you", "what", "why", "how",
            "when", "where", "who", "which", "while", "after", "before", "since", "until", "though", "although", "because", "despite",
            "unlike", "like", "as", "if", "once", "though", "instead", "indeed", "also", "even", "only", "just", "nonetheless",
            "nevertheless", "however", "moreover", "furthermore", "notably", "crucially", "importantly", "interestingly", "ultimately",
            "previously", "earlier", "later", "recently", "currently", "initially", "originally", "eventually", "finally", "lastly",
            "including", "included", "includes", "plus", "among", "amid", "against", "between", "beyond", "within", "without",
            "tech", "artificial", "generative", "genai", "fintech", "biotech", "healthtech", "edtech", "proptech", "insurtech",
            "robotics", "semiconductor", "semiconductors", "chip", "chips", "chipmakers", "cloud", "software", "hardware", "data",
            "series", "seed", "pre-seed", "angel", "bridge", "growth", "venture", "late-stage", "early-stage", "mega-rounds",
            "mega-round", "unicorns", "unicorn", "decacorns", "exits", "exit", "valuations", "figures", "numbers", "data",
            // imperatives that open sentences of newsletters and explainers
            "go", "see", "click", "join", "get", "take", "let", "consider", "remember", "expect", "don't", "imagine", "think",
            "below", "above", "meet", "welcome", "thanks", "congratulations", "got", "want", "need", "find", "check", "stay",
            // participles and adverbs that open a summing-up sentence ("Taken together, the five companies raised…")
            "taken", "put", "added", "counted", "looking", "adding", "all", "in", "on", "at",
            // participles opening a description of the subject ("Founded in 2019 by …, the company raised"), and counts
            "founded", "based", "backed", "asked", "launched", "established", "headquartered", "created", "started", "spun",
            "incorporated", "formed", "built", "listed", "valued", "priced", "thirteen", "fourteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds");

    private NameKinds() {
    }

    /** A set of lexicon words; a word listed twice (the lists are long) is no error. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static Kind of(String clause, NameSpan n) {
        if (n.known()) return Kind.ORGANISATION;
        String text = n.text();
        String lower = text.toLowerCase(Locale.ROOT);
        String before = clause.substring(Math.max(0, n.start() - 40), n.start());
        String after = clause.substring(n.end(), Math.min(clause.length(), n.end() + 60));
        String beforeLower = before.toLowerCase(Locale.ROOT);
        String afterLower = after.toLowerCase(Locale.ROOT);
        // each pattern is run only when a word it needs is there (most names have none of them around)
        if (isOutlet(lower, text) || gluedToHanOutlet(clause, n) || OUTLET_BEFORE.find(before, beforeLower) && !hasMoneyVerbAfter(after)
                || OUTLET_AFTER.find(after, afterLower)) {
            return Kind.OUTLET;
        }
        if (isCommonStarter(clause, n, lower)) return Kind.COMMON_WORD;
        if (Places.isPlace(text)) return Kind.PLACE;
        if (SECURITY_BEFORE.find(before, beforeLower) || MARKET_AFTER.find(after, afterLower)) return Kind.SECURITY;
        if (isPerson(text, before, after)) return Kind.PERSON;
        if (notSubject(clause, n, before, after) || MODIFIER_AFTER.matcher(after).lookingAt()) return Kind.NOT_SUBJECT;
        return Kind.ORGANISATION;
    }

    /** Prepositions whose object is no subject; "by" only after a verb of founding or owning. */
    private static final Set<String> PREPOSITIONS = Set.of("for", "of", "to", "at", "from", "with", "in", "on", "into", "behind", "via",
            "against", "than", "about", "over", "under", "between", "among", "like", "für", "von", "vom", "mit", "bei", "aus", "gegen", "über");
    private static final Set<String> BY_AFTER = Set.of("founded", "co-founded", "created", "started", "run", "owned", "backed");
    private static final Set<String> OF_AFTER_SUBJECT = Set.of("shares", "stock", "stake", "stakes", "units");

    /**
     * Whether a preposition governs the name: it stands right before it, or before at most two lower-case words (and a
     * "U.S."): "for the U.S. Navy", "founded by three Thiel Fellows", "in San Francisco"; not "shares of Acme".
     */
    static boolean afterPreposition(String clause, int start) {
        String[] w = lastWords(clause, start, 5);
        int k = w.length - 1;
        while (k >= 0 && (w[k].equals("U.S.") || w[k].equals("US") || w[k].equals("UK"))) k--;
        for (int gap = 0; gap <= 2 && k >= 0; gap++, k--) {
            String word = w[k].toLowerCase(Locale.ROOT);
            if (word.equals("for") && gap == 0 && k > 0 && roundBefore(w, k - 1)) return false; // "a $190 million Series C for Klar"
            if (PREPOSITIONS.contains(word)) return !(word.equals("of") && k > 0 && OF_AFTER_SUBJECT.contains(w[k - 1].toLowerCase(Locale.ROOT)));
            if (word.equals("by")) return k > 0 && BY_AFTER.contains(w[k - 1].toLowerCase(Locale.ROOT));
            // only lower-case words (a determiner, a number, "former") may stand between
            char c = w[k].charAt(0);
            if (!Character.isLowerCase(c) && !Character.isDigit(c)) return false;
        }
        return false;
    }

    private static final Set<String> ROUND_NOUNS = Set.of("round", "raise", "funding", "financing", "investment", "seed", "extension", "tranche");

    /** Whether words[i] ends a round's name: "round", "Series C", "seed". */
    private static boolean roundBefore(String[] words, int i) {
        String w = words[i].toLowerCase(Locale.ROOT);
        if (ROUND_NOUNS.contains(w)) return true;
        return i > 0 && words[i - 1].equalsIgnoreCase("series") && w.matches("[a-z]\\+?\\d?");
    }

    /** Up to {@code max} words before {@code start}, as written, in text order; a punctuation mark ends the words. */
    private static String[] lastWords(String clause, int start, int max) {
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        int i = start;
        while (out.size() < max) {
            while (i > 0 && clause.charAt(i - 1) == ' ') i--;
            int e = i;
            while (i > 0 && !Character.isWhitespace(clause.charAt(i - 1))) i--;
            if (e == i) break;
            String word = clause.substring(i, e);
            if (",;:()\"“”".indexOf(word.charAt(word.length() - 1)) >= 0) break;
            out.addFirst(word);
        }
        return out.toArray(new String[0]);
    }

    /** "SoftBank-backed", "Paris-based": the name only describes the company named next. */
    private static final Pattern MODIFIER_AFTER = Pattern.compile("-(?:based|backed|led|owned|founded|headquartered|focused|born|listed|run|controlled)\\b");

    /** "for Acme, which raised…", "memories of Google's purchase": the name is the subject of what follows it. */
    private static final Pattern RELATIVE_AFTER = Pattern.compile("^\\s*(?:\\([^)]{0,40}\\)\\s*)?,\\s*(?:which|who|that|whose)\\b|^['’]s\\s");
    /** "The San Francisco inference cloud raised": a name between "the" and a lower-case noun only modifies it. */
    private static final Pattern LOWER_NOUN_AFTER = Pattern.compile(
            "^\\s+(?!(?:has|have|had|is|was|were|said|says|will|would|raised|raises|closed|secured|announced|acquired|agreed|and|or|which|who|that)\\b)[a-z][a-z-]+\\b");

    /**
     * A name that cannot be the subject of the clause's event: the object of a preposition (unless a relative clause
     * makes it a subject again), or a modifier inside a description ("the San Francisco inference cloud").
     */
    private static boolean notSubject(String clause, NameSpan n, String before, String after) {
        if (afterPreposition(clause, n.start()) && !RELATIVE_AFTER.matcher(after).find()) return true;
        return before.regionMatches(true, Math.max(0, before.length() - 4), "the ", 0, 4) && LOWER_NOUN_AFTER.matcher(after).find();
    }

    static boolean isOutlet(String lower, String text) {
        return OUTLETS.contains(lower) || HAN_OUTLET.matcher(text).matches();
    }

    /** "IT桔子": Latin letters glued to the Chinese rest of an outlet's name. */
    private static boolean gluedToHanOutlet(String clause, NameSpan n) {
        int e = n.end();
        while (e < clause.length() && e - n.end() < 8 && Character.UnicodeScript.of(clause.charAt(e)) == Character.UnicodeScript.HAN) e++;
        for (int k = n.end() + 1; k <= e; k++) if (HAN_OUTLET.matcher(clause.substring(n.start(), k)).matches()) return true;
        return false;
    }

    /** "under the ticker QNTS", "(Nasdaq: QNTS)", "Kürzel QNTS": a security's code, not its issuer. */
    private static final GuardedPattern SECURITY_BEFORE = GuardedPattern.of(
            "(?i)(?:\\b(?:ticker|symbol|stock code|share code|code|kürzel|tickersymbol|börsenkürzel)(?:\\s+symbol)?|\\b(?:nasdaq|nyse|nyse american|hkex|sehk|lse|tsx|asx)\\s*:|代码|代號|代号|编号)(?:为|是)?\\s*[\"“'‘]?$",
            Guard.words("ticker", "symbol", "code", "kürzel", ":", "代码", "代號", "代号", "编号"));

    /** "National Stock Exchange", "Tel Aviv Stock Exchange": the first words of an exchange's name. */
    private static final GuardedPattern MARKET_AFTER = GuardedPattern.of("^\\s+(?:Stock|Securities) Exchange\\b|^\\s+Exchange\\b", Guard.words("exchange"));

    private static final Pattern MONEY_VERB_AFTER = Pattern.compile("(?i)^\\s+(?:has\\s+|had\\s+|have\\s+)?(?:raised|raises|secured|closed|acquired|bought|agreed|filed|priced|is raising)\\b");

    private static boolean hasMoneyVerbAfter(String after) {
        return MONEY_VERB_AFTER.matcher(after).find();
    }

    /** A single word at the start of a clause or list item that is a common word or page furniture. */
    private static boolean isCommonStarter(String clause, NameSpan n, String lower) {
        // "Three of India's tech listings…": a quantity of something, not a name
        int of = lower.indexOf(" of ");
        if (of > 0 && lower.indexOf(' ') == of && COMMON_STARTERS.contains(lower.substring(0, of)) && atClauseStart(clause, n.start())) return true;
        return lower.indexOf(' ') < 0 && atClauseStart(clause, n.start()) && COMMON_STARTERS.contains(lower);
    }

    private static boolean atClauseStart(String clause, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = clause.charAt(i);
            if (Character.isWhitespace(c) || "\"“‘'([-*•·–—".indexOf(c) >= 0) continue;
            return ".:;!?".indexOf(c) >= 0;
        }
        return true;
    }

    private static boolean isPerson(String text, String before, String after) {
        if (TITLE_BEFORE.find(before, before.toLowerCase(Locale.ROOT))) return true;
        if (ORG_END.matcher(text).matches()) return false;
        String[] words = text.split("\\s+");
        if (words.length >= 2 && words.length <= 3 && GIVEN_NAMES.contains(words[0].toLowerCase(Locale.ROOT))) {
            for (String w : words) if (!Character.isUpperCase(w.charAt(0))) return false;
            return true;
        }
        return PERSON_AFTER.matcher(after).find() && words.length <= 3;
    }
}
