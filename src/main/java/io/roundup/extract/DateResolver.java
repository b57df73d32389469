package io.roundup.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds day-precise dates in text and resolves them to calendar days: absolute forms ("January 8,
 * 2026", "8 January", "Jan. 8th", "2026-01-08", "2026年1月8日", "1月8日"), expressions relative to the
 * publication date ("today", "yesterday", "tomorrow", "on Tuesday", "昨日"), expressions relative to
 * the last date the text told ("the following day", "the day before") and year boundaries ("the
 * last day of 2025"). A month-only or vague date ("in October 2025", "last week") is reported as a
 * span without a date, so it is not mistaken for a day.
 */
public final class DateResolver {

    public enum Kind { ABSOLUTE, PUBLICATION_RELATIVE, ANCHOR_RELATIVE, VAGUE }

    /** A date expression: span, resolved day (null when vague or unresolvable) and its kind. */
    public record DateSpan(int start, int end, LocalDate date, Kind kind) {
    }

    /*
     * Each pattern with what every match of it holds (see Guard): an English month name as written (as a whole word: the
     * patterns put \\b, a dot or a space around it), a German one, a digit, Chinese script, or some words.
     */
    private static final Guard DIGIT = Guard.digit().shared();
    private static final Guard CJK = Guard.cjk().shared();
    private static final Guard MONTH_EN = Guard.wholeWordsAsWritten("Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May",
            "Jun", "June", "Jul", "July", "Aug", "August", "Sep", "Sept", "Sepember", "September", "Oct", "October", "Nov", "November", "Dec",
            "December").shared();
    private static final Guard MONTH_DE = Guard.wordsAsWritten("Jan", "Jän", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez").shared();
    private static final Guard MONTH_ZH = Guard.wordsAsWritten("月");
    private static final Guard WEEKDAY_EN = Guard.words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Every German weekday ends in "tag" but Mittwoch. */
    private static final Guard WEEKDAY_DE = Guard.wordsAsWritten("tag", "Mittwoch");

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final GuardedPattern ISO = GuardedPattern.of("(?<!\\d)(20\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)", Guard.wordsAsWritten("20"));
    private static final GuardedPattern MDY = GuardedPattern.of("\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4}))?", MONTH_EN.and(DIGIT));
    private static final GuardedPattern DMY = GuardedPattern.of("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b\\.?(?:,?\\s+(\\d{4}))?", MONTH_EN.and(DIGIT));
    private static final GuardedPattern MONTH_ONLY = GuardedPattern.of("(?i)\\b(?:(?:early|mid|late|end of|the end of|the beginning of|beginning of)[- ])?" + "(?-i:" + MONTH + ")\\b(?:\\s+(\\d{4}))?",
            MONTH_EN);
    private static final GuardedPattern CJK_DAY = GuardedPattern.of("(?:(\\d{4})\\s?年\\s?)?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?[日号號]", MONTH_ZH);
    private static final GuardedPattern CJK_MONTH = GuardedPattern.of("(\\d{4})\\s?年\\s?(\\d{1,2})\\s?月(?!\\s?\\d)", MONTH_ZH);
    private static final GuardedPattern YEAR_EDGE = GuardedPattern.of("(?i)\\b(?:on\\s+)?the\\s+(last|first|final)\\s+day\\s+of\\s+(?:" + MONTH + "\\s+)?(\\d{4})",
            DIGIT.and(Guard.words("day")).and(Guard.words("last", "first", "final")));
    private static final GuardedPattern PUB_REL = GuardedPattern.of("(?i)\\b(today|tonight|this morning|this afternoon|this evening|earlier today|yesterday|tomorrow)\\b|(今日|今天|昨日|昨天|明日|明天)",
            Guard.words("today", "tonight", "this morning", "this afternoon", "this evening", "yesterday", "tomorrow", "今日", "今天", "昨日", "昨天", "明日", "明天"));
    private static final GuardedPattern WEEKDAY = GuardedPattern.of("(?i)\\b(?:on\\s+|last\\s+|this\\s+|next\\s+|(?<!black |cyber |super |good |holy )(?=(?-i:[MTWFS])))(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
            WEEKDAY_EN);
    private static final GuardedPattern ANCHOR_REL = GuardedPattern.of("(?i)\\b(the following day|the next day|a day later|one day later|the day after|the day before|the previous day|the day prior|a day earlier|one day earlier|the same day|that day)\\b",
            Guard.words("the following day", "the next day", "a day later", "one day later", "the day after", "the day before", "the previous day", "the day prior", "a day earlier", "one day earlier", "the same day", "that day"));
    private static final GuardedPattern VAGUE = GuardedPattern.of("(?i)\\b(last week|this week|last month|this month|earlier this (?:week|month|year)|last year|this year|recently|this spring|this summer|this fall|this autumn|this winter|last spring|last summer|last fall|in (?:19|20)\\d\\d)\\b",
            Guard.words("last week", "this week", "last month", "this month", "last year", "this year", "recently", "this spring", "this summer", "this fall", "this autumn", "this winter", "last spring", "last summer", "last fall", "in 19", "in 20"));

    /** German: "am 9. September 2025", "9. Sept.", "09.09.2025", "Ende September" (vague), "am Dienstag", "gestern", "am Vortag". */
    private static final String DE_MONTH = "(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)";
    private static final GuardedPattern DE_DMY = GuardedPattern.of("(?<![\\d.])(\\d{1,2})\\.\\s?" + DE_MONTH + "\\.?(?![\\p{L}])(?:\\s+(\\d{4}))?", MONTH_DE.and(DIGIT));
    private static final GuardedPattern DOT_DMY = GuardedPattern.of("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(20\\d\\d)(?!\\d)", Guard.wordsAsWritten(".20"));
    private static final GuardedPattern DE_MONTH_ONLY = GuardedPattern.of("(?u)(?:(?:im|Anfang|Mitte|Ende|seit|bis)\\s+)?" + DE_MONTH + "(?![\\p{L}])(?:\\s+(\\d{4}))?", MONTH_DE);
    private static final GuardedPattern DE_YEAR_EDGE = GuardedPattern.of("(?iu)\\bam\\s+(letzten|ersten)\\s+tag\\s+(?:des\\s+jahres\\s+)?(\\d{4})", Guard.words("tag"));
    private static final GuardedPattern DE_PUB_REL = GuardedPattern.of("(?iu)(?<![\\p{L}])(heute|gestern|vorgestern|heute morgen|gestern abend)(?![\\p{L}])",
            Guard.words("heute", "gestern"));
    private static final GuardedPattern DE_WEEKDAY = GuardedPattern.of("(?u)(?<![\\p{L}])(?:(?:am|an diesem|diesen|den)\\s+)?(?:(vergangenen|letzten|kommenden|nächsten)\\s+)?(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)(?![\\p{L}])",
            WEEKDAY_DE);
    private static final GuardedPattern DE_ANCHOR_REL = GuardedPattern.of("(?iu)(?<![\\p{L}])(am vortag|am tag zuvor|einen tag zuvor|tags zuvor|am folgetag|am nächsten tag|am tag darauf|tags darauf|einen tag später|am selben tag|am gleichen tag|am selben tage)(?![\\p{L}])",
            Guard.words("tag"));
    private static final GuardedPattern DE_VAGUE = GuardedPattern.of("(?iu)(?<![\\p{L}])(vergangene woche|vergangenen woche|letzte woche|letzten woche|diese woche|dieser woche|vergangenen monat|letzten monat|diesen monat|in diesem monat|im vergangenen jahr|vergangenes jahr|letztes jahr|kürzlich|jüngst|unlängst|vor kurzem|anfang der woche|ende der woche|im jahr 20\\d\\d)(?![\\p{L}])",
            Guard.words("woche", "monat", "jahr", "kürzlich", "jüngst", "unlängst", "vor kurzem"));
    /** Chinese: "本月2日", "上月15日", "去年12月31日", "8日", "周二", "上周五", "次日", "当天", "前天", "日前" (vague). */
    private static final GuardedPattern ZH_REL_MONTH_DAY = GuardedPattern.of("(本月|上月|今年|去年)\\s?(?:(\\d{1,2})\\s?月\\s?)?(\\d{1,2})\\s?[日号號]", CJK);
    private static final GuardedPattern ZH_DAY_ONLY = GuardedPattern.of("(?<![\\d月年.])(\\d{1,2})\\s?[日号](?![元内])", CJK);
    private static final GuardedPattern ZH_WEEKDAY = GuardedPattern.of("(上周|上星期|本周|这周|下周|周|星期|礼拜)([一二三四五六日天])", CJK);
    private static final GuardedPattern ZH_PUB_REL = GuardedPattern.of("(前天|前日|大前天)", CJK);
    private static final GuardedPattern ZH_ANCHOR_REL = GuardedPattern.of("(次日|翌日|第二天|隔天|前一天|前一日|当天|当日|同日|同一天)", CJK);
    private static final GuardedPattern ZH_VAGUE = GuardedPattern.of("(日前|近日|近期|上周|本周|上月|本月|今年|去年|年初|年底|月初|月底|月中|此前)", CJK);

    private static final Pattern FUTURE_VERB = Pattern.compile("\\b(?:will|shall|set to|scheduled to|slated to|expected to|due to|is to|are to)\\b(?:\\s+[\\w'’-]+){0,5}\\s*$");

    /** Whether {@code findAll} reads its {@code future} flag for this text: only a weekday can go forward. */
    static boolean readsFuture(String text) {
        return WEEKDAY.mayMatch(text) || DE_WEEKDAY.mayMatch(text);
    }

    private final LocalDate published;

    public DateResolver(LocalDate published) {
        this.published = published;
    }

    /**
     * All date expressions in {@code text}; {@code anchor} is the last day the document told before
     * (may be null), {@code future} whether the sentence speaks of something still to come (so a
     * bare weekday is the next one, not the last one).
     */
    public List<DateSpan> findAll(String text, LocalDate anchor, boolean future) {
        // a sentence, its clause and its segment are often the same text, asked for with the same anchor and flag
        Found last = this.last;
        if (last != null && last.future == future && last.text.equals(text) && java.util.Objects.equals(last.anchor, anchor)) {
            return new ArrayList<>(last.spans);
        }
        List<DateSpan> out = findAllNow(text, anchor, future);
        this.last = new Found(text, anchor, future, List.copyOf(out));
        return out;
    }

    /** The last text whose dates were found, with the anchor and flag asked for, and its dates (immutable, so safe to share). */
    private record Found(String text, LocalDate anchor, boolean future, List<DateSpan> spans) {
    }

    private Found last;

    private List<DateSpan> findAllNow(String text, LocalDate anchor, boolean future) {
        List<DateSpan> out = new ArrayList<>();
        String f = Prefilter.fold(text);
        GuardedPattern.Finder m = YEAR_EDGE.finder(text, f);
        while (m.find()) {
            int year = Integer.parseInt(m.group(3));
            boolean last = !m.group(1).equalsIgnoreCase("first");
            LocalDate d;
            if (m.group(2) != null) {
                YearMonth ym = YearMonth.of(year, month(m.group(2)));
                d = last ? ym.atEndOfMonth() : ym.atDay(1);
            } else {
                d = last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            add(out, m.start(), m.end(), d, Kind.ABSOLUTE);
        }
        m = ISO.finder(text, f);
        while (m.find()) add(out, m.start(), m.end(), safe(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), Kind.ABSOLUTE);
        m = MDY.finder(text, f);
        while (m.find()) add(out, m.start(), m.end(), day(m.group(3), month(m.group(1)), Integer.parseInt(m.group(2))), Kind.ABSOLUTE);
        m = DMY.finder(text, f);
        while (m.find()) add(out, m.start(), m.end(), day(m.group(3), month(m.group(2)), Integer.parseInt(m.group(1))), Kind.ABSOLUTE);
        m = CJK_DAY.finder(text, f);
        while (m.find()) add(out, m.start(), m.end(), day(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), Kind.ABSOLUTE);
        m = CJK_MONTH.finder(text, f);
        while (m.find()) add(out, m.start(), m.end(), null, Kind.VAGUE);
        m = PUB_REL.finder(text, f);
        while (m.find()) {
            String w = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            int delta = switch (w) {
                case "yesterday", "昨日", "昨天" -> -1;
                case "tomorrow", "明日", "明天" -> 1;
                default -> 0;
            };
            add(out, m.start(), m.end(), published == null ? null : published.plusDays(delta), Kind.PUBLICATION_RELATIVE);
        }
        m = WEEKDAY.finder(text, f);
        while (m.find()) {
            LocalDate d = null;
            if (published != null) {
                DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                String lead = m.group().toLowerCase(Locale.ROOT);
                String before = text.substring(Math.max(0, m.start() - 40), m.start()).toLowerCase(Locale.ROOT);
                boolean localFuture = FUTURE_VERB.matcher(before).find();
                boolean fwd = lead.startsWith("next") || future && localFuture && !lead.startsWith("last");
                d = lead.startsWith("last") ? previousWeek(published, dow) : nearest(published, dow, fwd);
            }
            add(out, m.start(), m.end(), d, Kind.PUBLICATION_RELATIVE);
        }
        m = ANCHOR_REL.finder(text, f);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            int delta = w.contains("before") || w.contains("previous") || w.contains("prior") || w.contains("earlier") ? -1
                    : w.contains("same") || w.equals("that day") ? 0 : 1;
            add(out, m.start(), m.end(), anchor == null ? null : anchor.plusDays(delta), Kind.ANCHOR_RELATIVE);
        }
        findGerman(text, f, anchor, future, out);
        findChinese(text, anchor, out);
        m = MONTH_ONLY.finder(text, f);
        while (m.find()) {
            if (m.group(1).equals("May") && m.group(2) == null) continue; // the modal verb
            add(out, m.start(), m.end(), null, Kind.VAGUE);
        }
        m = VAGUE.finder(text, f);
        while (m.find()) add(out, m.start(), m.end(), null, Kind.VAGUE);
        out.sort(Comparator.comparingInt(DateSpan::start));
        return out;
    }

    private void findGerman(String text, String f, LocalDate anchor, boolean future, List<DateSpan> out) {
        GuardedPattern.Finder m = DE_YEAR_EDGE.finder(text, f);
        while (m.find()) {
            int y = Integer.parseInt(m.group(2));
            add(out, m.start(), m.end(), m.group(1).equalsIgnoreCase("ersten") ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31), Kind.ABSOLUTE);
        }
        m = DOT_DMY.finder(text, f);
        while (m.find()) add(out, m.start(), m.end(), safe(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), Kind.ABSOLUTE);
        m = DE_DMY.finder(text, f);
        while (m.find()) add(out, m.start(), m.end(), day(m.group(3), germanMonth(m.group(2)), Integer.parseInt(m.group(1))), Kind.ABSOLUTE);
        m = DE_PUB_REL.finder(text, f);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            int delta = w.startsWith("vorgestern") ? -2 : w.startsWith("gestern") ? -1 : 0;
            add(out, m.start(), m.end(), published == null ? null : published.plusDays(delta), Kind.PUBLICATION_RELATIVE);
        }
        m = DE_WEEKDAY.finder(text, f);
        while (m.find()) {
            LocalDate d = null;
            if (published != null) {
                DayOfWeek dow = DayOfWeek.of(List.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag").indexOf(m.group(2)) + 1);
                String q = m.group(1) == null ? "" : m.group(1);
                String before = text.substring(Math.max(0, m.start() - 40), m.start());
                boolean fwd = q.equals("kommenden") || q.equals("nächsten") || future && q.isEmpty() && FUTURE_DE.matcher(before).find();
                boolean last = q.equals("vergangenen") || q.equals("letzten");
                d = last ? previousWeek(published, dow) : nearest(published, dow, fwd);
            }
            add(out, m.start(), m.end(), d, Kind.PUBLICATION_RELATIVE);
        }
        m = DE_ANCHOR_REL.finder(text, f);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            int delta = w.contains("zuvor") || w.contains("vortag") ? -1 : w.contains("selben") || w.contains("gleichen") ? 0 : 1;
            add(out, m.start(), m.end(), anchor == null ? null : anchor.plusDays(delta), Kind.ANCHOR_RELATIVE);
        }
        m = DE_MONTH_ONLY.finder(text, f);
        while (m.find()) add(out, m.start(), m.end(), null, Kind.VAGUE);
        m = DE_VAGUE.finder(text, f);
        while (m.find()) add(out, m.start(), m.end(), null, Kind.VAGUE);
    }

    /*
     * Weekdays follow news usage. A bare weekday ("said on Thursday", "am Donnerstag", "周四") is the nearest such
     * day up to and including the publication day, the past 6 days (or the next 6 days when the sentence speaks
     * of something to come): AP style writes the weekday alone for the past week. "last Thursday" ("vergangenen
     * Donnerstag", like "上周四") is the Thursday of the previous calendar week (Monday to Sunday): a writer says
     * "on Thursday" or "yesterday" for a day of the current week, so "last" takes the reader a week back. Against
     * a Monday page "last Thursday" is 4 days back, against a Friday page 8 days back, never the same week.
     */

    /** The {@code dow} of the calendar week before the one of {@code published}. */
    static LocalDate previousWeek(LocalDate published, DayOfWeek dow) {
        LocalDate monday = published.minusDays(published.getDayOfWeek().getValue() - 1L);
        return monday.minusWeeks(1).plusDays(dow.getValue() - 1L);
    }

    /** The nearest {@code dow} on or before {@code published} (on or after it when {@code forward}). */
    static LocalDate nearest(LocalDate published, DayOfWeek dow, boolean forward) {
        LocalDate d = published;
        while (d.getDayOfWeek() != dow) d = forward ? d.plusDays(1) : d.minusDays(1);
        return d;
    }

    /** "soll am Dienstag an die Börse gehen": a future verb just before the weekday. */
    private static final Pattern FUTURE_DE = Pattern.compile("(?iu)(?<![\\p{L}])(?:wird|werden|soll|sollen|will|plant|geplant)\\s+(?:\\S+\\s+){0,3}$");

    private void findChinese(String text, LocalDate anchor, List<DateSpan> out) {
        GuardedPattern.Finder m = ZH_REL_MONTH_DAY.finder(text);
        while (m.find()) {
            LocalDate d = null;
            if (published != null) {
                String rel = m.group(1);
                int dom = Integer.parseInt(m.group(3));
                if (rel.equals("本月")) d = safe(published.getYear(), published.getMonthValue(), dom);
                else if (rel.equals("上月")) {
                    LocalDate p = published.minusMonths(1);
                    d = safe(p.getYear(), p.getMonthValue(), dom);
                } else if (m.group(2) != null) {
                    d = safe(published.getYear() - (rel.equals("去年") ? 1 : 0), Integer.parseInt(m.group(2)), dom);
                }
            }
            add(out, m.start(), m.end(), d, d == null ? Kind.VAGUE : Kind.ABSOLUTE);
        }
        m = ZH_DAY_ONLY.finder(text);
        while (m.find()) {
            LocalDate d = null;
            if (published != null) {
                int dom = Integer.parseInt(m.group(1));
                d = safe(published.getYear(), published.getMonthValue(), dom);
                if (d != null && d.isAfter(published)) {
                    LocalDate p = published.minusMonths(1);
                    d = safe(p.getYear(), p.getMonthValue(), dom);
                }
            }
            add(out, m.start(), m.end(), d, Kind.PUBLICATION_RELATIVE);
        }
        m = ZH_WEEKDAY.finder(text);
        while (m.find()) {
            LocalDate d = null;
            if (published != null) {
                int idx = "一二三四五六日".indexOf(m.group(2));
                if (idx < 0) idx = 6;
                DayOfWeek dow = DayOfWeek.of(idx + 1);
                String q = m.group(1);
                LocalDate monday = published.minusDays(published.getDayOfWeek().getValue() - 1);
                if (q.startsWith("上")) d = monday.minusWeeks(1).plusDays(idx);
                else if (q.startsWith("下")) d = monday.plusWeeks(1).plusDays(idx);
                else if (q.equals("本周") || q.equals("这周")) d = monday.plusDays(idx);
                else {
                    d = published;
                    while (d.getDayOfWeek() != dow) d = d.minusDays(1);
                }
            }
            add(out, m.start(), m.end(), d, Kind.PUBLICATION_RELATIVE);
        }
        m = ZH_PUB_REL.finder(text);
        while (m.find()) {
            int delta = m.group(1).equals("大前天") ? -3 : -2;
            add(out, m.start(), m.end(), published == null ? null : published.plusDays(delta), Kind.PUBLICATION_RELATIVE);
        }
        m = ZH_ANCHOR_REL.finder(text);
        while (m.find()) {
            String w = m.group(1);
            int delta = w.startsWith("前") ? -1 : w.startsWith("当") || w.startsWith("同") ? 0 : 1;
            add(out, m.start(), m.end(), anchor == null ? null : anchor.plusDays(delta), Kind.ANCHOR_RELATIVE);
        }
        m = ZH_VAGUE.finder(text);
        while (m.find()) add(out, m.start(), m.end(), null, Kind.VAGUE);
    }

    static int germanMonth(String name) {
        String k = name.toLowerCase(Locale.ROOT);
        if (k.startsWith("jän")) return 1;
        if (k.startsWith("mär")) return 3;
        if (k.startsWith("mai")) return 5;
        if (k.startsWith("okt")) return 10;
        if (k.startsWith("dez")) return 12;
        return month(name);
    }

    /**
     * The day of an event told in {@code text}: the first resolvable expression outside brackets,
     * else one inside brackets; null when the text has none or only a vague one.
     */
    public LocalDate resolve(String text, LocalDate anchor, boolean future) {
        return resolve(text, findAll(text, anchor, future));
    }

    /** The day of {@code text} from its date expressions {@code spans} (as found by {@link #findAll}). */
    static LocalDate resolve(String text, List<DateSpan> spans) {
        LocalDate inBrackets = null;
        for (DateSpan s : spans) {
            if (s.date() == null) continue;
            if (insideBrackets(text, s.start())) {
                if (inBrackets == null) inBrackets = s.date();
            } else {
                return s.date();
            }
        }
        return inBrackets;
    }

    static boolean insideBrackets(String text, int pos) {
        int depth = 0;
        for (int i = 0; i < pos && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') depth++;
            else if ((c == ')' || c == '）') && depth > 0) depth--;
        }
        return depth > 0;
    }

    private static void add(List<DateSpan> out, int s, int e, LocalDate d, Kind k) {
        for (DateSpan o : out) if (s < o.end() && o.start() < e) return;
        out.add(new DateSpan(s, e, d, k));
    }

    private LocalDate day(String yearText, int month, int dom) {
        if (yearText != null) return safe(Integer.parseInt(yearText), month, dom);
        if (published == null) return null;
        LocalDate d = safe(published.getYear(), month, dom);
        if (d != null && d.isAfter(published.plusDays(60))) d = safe(published.getYear() - 1, month, dom);
        return d;
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static int month(String name) {
        String k = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (k) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; default -> 12;
        };
    }
}
