package io.roundup.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * German capitalises every noun, so in a German sentence a capitalised word is not yet a name.
 * This rule set tells common nouns from company names: function words and frequent nouns of
 * financing news ({@link #STOP}), noun endings ("-ung", "-heit", "-runde", "-woche"), descriptors
 * before a name ("KI-Start-up", "Softwarekonzern") and a word right after an article or an
 * inflected adjective ("die Bewertung", "vergangene Woche").
 */
final class GermanNouns {

    static final Set<String> STOP = Set.copyOf(List.of(
            "Der", "Die", "Das", "Dem", "Den", "Des", "Ein", "Eine", "Einer", "Einem", "Einen", "Eines", "Im", "Am", "Zum", "Zur",
            "Vom", "Beim", "Mit", "Von", "Nach", "Für", "Bei", "Laut", "Wie", "Auch", "Zudem", "Damit", "Zuletzt", "Bereits",
            "Insgesamt", "Seit", "Bis", "Unter", "Vor", "Neben", "Dabei", "Außerdem", "Zu", "Sein", "Seine", "Ihr", "Ihre",
            "Diese", "Dieser", "Dieses", "Es", "Er", "Sie", "Wir", "Man", "Doch", "Aber", "Und", "Oder", "Als", "Wenn", "Weil",
            "Dass", "Noch", "Schon", "Nun", "Jetzt", "Heute", "Gestern", "Rund", "Etwa", "Mehr", "Über", "Angeführt", "Federführend", "Beteiligt",
            "Beteiligung", "Führung", "Teil", "Lead-Investor", "Leadinvestor", "Hauptinvestor", "Neu", "Neue", "Neuen", "Frisches",
            "Woche", "Monat", "Monate", "Monaten", "Jahr", "Jahre", "Jahren", "Jahres", "Tag", "Tage", "Tagen", "Quartal",
            "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Januar", "Jänner", "Februar",
            "März", "Mai", "Juni", "Juli", "Oktober", "Dezember", "Unternehmen", "Start-up", "Start-ups", "Startup", "Startups",
            "Firma", "Konzern", "Investor", "Investoren", "Geldgeber", "Kapitalgeber", "Runde", "Bewertung", "Abschluss", "Euro",
            "Dollar", "US-Dollar", "Millionen", "Milliarden", "Billionen", "Billion", "Million", "Milliarde", "Mio", "Mrd", "Finanzierung",
            "Finanzierungsrunde", "Angaben", "Insider", "Insidern", "Kreise", "Kreisen", "Bericht", "Berichten", "Berichte",
            "Medien", "Medienberichten", "KI", "Gründer", "Mitgründer", "Chef", "Geschäftsführer", "Vorstandschef", "Börse",
            "Börsengang", "Aktie", "Aktien", "Anteile", "Anteil", "Umsatz", "Geld", "Kapital", "Investition", "Investitionen",
            "Gespräche", "Gesprächen", "Verhandlungen", "Zufolge", "Informationen", "Deutschland", "Frankreich", "Europa",
            "Berlin", "München", "Paris", "Heidelberg", "Freiburg", "Hamburg", "Köln", "Frankfurt", "Stuttgart", "Wien", "Zürich",
            "USA", "China", "Amerika", "Dienstagabend", "Montagabend", "Angebot", "Höhe", "Summe", "Wert", "Preis", "Ende",
            "Anfang", "Mitte", "Hälfte", "Plattform", "Software", "Technologie", "Kunden", "Mitarbeiter", "Mitarbeitende",
            "Zusammen", "Inzwischen", "Mittlerweile", "Erst", "Damals", "Später", "Zuvor", "Demnach", "Somit", "Allerdings",
            "Jedoch", "Außer", "Während", "Nachdem", "Obwohl", "Sowohl", "Sowie", "Gemeinsam", "Ebenfalls", "Weitere", "Weiteren",
            "Bestandsinvestoren", "Geldgebern", "Serie", "Series", "Investorinnen", "Unternehmens", "Unternehmensbewertung", "Berichts",
            // sentence adverbs and seasons that open German sentences capitalised
            "Nur", "Eigentlich", "Dennoch", "Trotzdem", "Derzeit", "Aktuell", "Bisher", "Zunächst", "Allein", "Immerhin", "Zwar",
            "Vielmehr", "Stattdessen", "Bald", "Erstmals", "Offenbar", "Zumindest", "Frühjahr", "Frühling", "Sommer", "Herbst", "Winter"));

    /** Endings of German common nouns; a name rarely ends so. */
    private static final Pattern NOUN_END = Pattern.compile(
            "(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|nis|nisse|chen|runde|runden|nehmen|woche|monat|jahr|"
                    + "gang|markt|wert|werte|geber|gebern|kreis|kreisen|bericht|berichten|sprecher|sprecherin|leiter|chef|chefin|ende|"
                    + "zahl|zahlen|summe|kapital|konzern|firma|spezialist|entwickler|anbieter|hersteller|betreiber|start-up|startup|"
                    + "abend|morgen|nachmittag|investoren|investor|beteiligung|zufolge|angaben|daten|anteil|anteile|preis|umsatz)$");
    /** Nouns that describe the company named after them: "Softwarekonzern SAP", "KI-Start-up Parloa". */
    private static final Pattern DESCRIPTOR_END = Pattern.compile(
            "(?:unternehmen|firma|konzern|start-up|startup|spezialist|entwickler|anbieter|hersteller|betreiber|investor|geber|"
                    + "gesellschaft|fonds|plattform|tochter|rivale|konkurrent|pionier|schmiede|labor|champion|"
                    + "ausrüster|zulieferer|lieferant|dienstleister|produzent|versicherer|gigant|riese|dienst|händler|kette|marke|macher)(?:en|n|s|es)?$");
    /** Adjectives of places that stand before a name: "Münchener Helsing", "Kölner DeepL", "Düsseldorfer Ceconomy". */
    private static final java.util.Set<String> PLACE_ADJECTIVES = java.util.Set.of("Münchner", "Münchener", "Berliner", "Kölner",
            "Hamburger", "Frankfurter", "Stuttgarter", "Düsseldorfer", "Heidelberger", "Karlsruher", "Darmstädter", "Leipziger",
            "Dresdner", "Hannoveraner", "Hannoverscher", "Nürnberger", "Bonner", "Potsdamer", "Mainzer", "Aachener", "Bremer",
            "Essener", "Dortmunder", "Wiener", "Grazer", "Linzer", "Zürcher", "Züricher", "Basler", "Berner", "Genfer", "Lausanner",
            "Pariser", "Londoner", "Amsterdamer", "Stockholmer", "Kopenhagener", "Osloer", "Helsinkier", "Warschauer", "Prager",
            "Mailänder", "Madrider", "Barcelonaer", "Brüsseler", "Luxemburger", "Walldorfer", "Jenaer", "Freiburger", "Regensburger",
            "Augsburger", "Ulmer", "Mannheimer", "Wiesbadener", "Kieler", "Lübecker", "Rostocker", "Magdeburger", "Erfurter",
            "Saarbrücker", "Trierer", "Würzburger", "Bielefelder", "Münsteraner", "Paderborner", "Göttinger", "Tübinger", "Konstanzer",
            "Schweizer");
    /** German function words and frequent words of financing news, case-folded; two of them make a text German. */
    private static final Set<String> GERMAN_WORDS = Set.of("der", "die", "das", "und", "ist", "hat", "haben", "wurde", "wurden", "mit",
            "von", "für", "nicht", "sich", "auf", "dem", "den", "des", "eine", "einer", "einem", "sind", "zufolge", "laut", "rund", "nach",
            "bei", "als", "auch", "wird", "werden", "hatte", "sowie", "über", "im", "zum", "zur", "vom", "beim", "einen", "eines",
            "millionen", "milliarden", "mrd", "mio", "unternehmen", "erhält", "eingesammelt", "bewertung", "finanzierungsrunde");
    /** Lower-case words that make the next capitalised word a common noun: articles, determiners, inflected adjectives. */
    private static final Pattern BEFORE_NOUN = Pattern.compile(
            "(?u)(?<![\\p{L}])(?:der|die|das|dem|den|des|ein|eine|einer|einem|einen|eines|kein\\p{L}*|sein\\p{L}*|ihr\\p{L}*|dies\\p{L}*|jed\\p{L}*|"
                    + "welch\\p{L}*|all\\p{L}*|viel\\p{L}*|mehrere\\p{L}*|\\p{Ll}{3,}(?:e|en|er|es|em))\\s+$");
    private static final Set<String> NOT_ADJECTIVE = Set.of("wie", "über", "unter", "hinter", "wieder", "sowie", "gegenüber", "aber",
            "oder", "außer", "ohne", "sagte", "erklärte", "haben", "werden", "wurden", "waren", "hatte", "hatten", "sollen", "wollen",
            "können", "darunter", "neben", "zwischen", "gegen", "ebenso", "sowohl", "sogenannte", "jetzt", "investieren", "beteiligen", "unternehmen");

    /** "SoftBank", "ASML", "OpenAI": German nouns capitalise only their first letter (and parts after a hyphen). */
    private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Lu}[^-\\s]*\\p{Lu}.*");

    private static final Pattern TWO_CAPITALS = Pattern.compile(".*\\p{Lu}.*\\p{Lu}.*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PLACE_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+er");
    private static final Pattern BEFORE_CAPITAL = Pattern.compile("(?s)\\s+\\p{Lu}.*");
    private static final Pattern AUS_BEFORE = Pattern.compile("(?s).*(?<![\\p{L}])aus\\s+$");

    private GermanNouns() {
    }

    /** A text with several German function words. */
    static boolean isGerman(String text) {
        // whole words (maximal runs of letters) compared case-folded: a word list looked up, not an alternation tried at every position
        int n = 0;
        int i = 0, len = text.length();
        while (i < len) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < len && Character.isLetter(cp = text.codePointAt(i))) i += Character.charCount(cp);
            if (i - start <= 18 && GERMAN_WORDS.contains(Prefilter.foldNow(text.substring(start, i))) && ++n >= 2) return true;
        }
        return false;
    }

    /** "KI-Start-up", "Softwarekonzern", "Rüstungs-Spezialist": a descriptor before a name, not the name. */
    static boolean descriptor(String token) {
        if (PLACE_ADJECTIVES.contains(token)) return true;
        String last = token.contains("-") ? token.substring(token.lastIndexOf('-') + 1) : token;
        String low = token.toLowerCase(java.util.Locale.ROOT);
        if (low.endsWith("start-up") || low.endsWith("start-ups") || low.endsWith("startup")) return true;
        if (STOP.contains(last) && token.contains("-")) return true;
        String lowLast = last.toLowerCase(java.util.Locale.ROOT);
        return DESCRIPTOR_END.matcher(lowLast).find() && !TWO_CAPITALS.matcher(last).matches() && token.length() > 4;
    }

    /** A capitalised word of a German text that is a common noun, not a name. */
    static boolean commonNoun(String text, int start, String name) {
        String first = WHITESPACE.split(name)[0];
        if (STOP.contains(first) || STOP.contains(name)) return true;
        if (!name.contains(" ") && (descriptor(name) || NOUN_END.matcher(name.toLowerCase(java.util.Locale.ROOT)).find() && name.length() > 4)) return true;
        // "Berliner", "Münchner", "Freiburger": an adjective of place, inflected like a noun before another noun
        if (!name.contains(" ") && PLACE_ADJECTIVE.matcher(name).matches() && BEFORE_CAPITAL.matcher(text.substring(start + name.length())).matches()) return true;
        String before = text.substring(Math.max(0, start - 30), start);
        if (AUS_BEFORE.matcher(before).matches()) return true; // "Neura Robotics aus Metzingen": a place
        // "der japanischen SoftBank", "vom Chipausrüster ASML": a second capital in the stem is no German noun
        if (INNER_CAPITAL.matcher(first).matches()) return false;
        java.util.regex.Matcher m = BEFORE_NOUN.matcher(before);
        if (m.find()) {
            String w = m.group().trim();
            if (!NOT_ADJECTIVE.contains(w) && !name.contains(" ")) return true;
        }
        return false;
    }
}
