package io.roundup.extract;

import java.util.Set;

/**
 * People a document introduces with a title ("chief financial officer Sungkyue Shin", "June Paik, the founder"), so
 * that the surname alone later ("Shin said the company…") is read as the person and not as a company.
 */
final class PersonNames {

    private static final String NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})\\s+(\\p{Lu}[\\p{L}'’-]+)";
    private static final Guard TITLE_WORDS = Guard.words("founder", "chief", "ceo", "cfo", "cto", "coo", "chair", "president", "partner", "analyst",
            "investor", "spokes", "head", "director", "professor", "gründer", "chef", "geschäftsführer");
    private static final GuardedPattern TITLE_THEN_NAME = GuardedPattern.of(
            "(?i:\\b(?:co-?founder|founder|chief executive(?: officer)?|chief [a-z]+ officer|ceo|cfo|cto|coo|chairman|chairwoman|president|"
                    + "managing partner|general partner|partner|analyst|investor|spokesperson|head|director|professor|"
                    + "gründer|mitgründer|chef|chefin|geschäftsführer|geschäftsführerin|vorstandschef|vorstandschefin)(?:\\s+and\\s+[a-z]+)?)\\s+" + NAME, TITLE_WORDS);
    private static final GuardedPattern NAME_THEN_TITLE = GuardedPattern.of(
            NAME + ",\\s+(?i:(?:the\\s+)?(?:company['’]s\\s+|firm['’]s\\s+|startup['’]s\\s+|start-up['’]s\\s+|its\\s+)?"
                    + "(?:co-?founder|founder|chief|ceo|cfo|cto|coo|chair|president|managing partner|general partner|partner|head|analyst))\\b",
            TITLE_WORDS);

    private PersonNames() {
    }

    /** Adds the surnames of the people {@code sentence} introduces to {@code surnames}. */
    static void collect(String sentence, Set<String> surnames) {
        for (GuardedPattern p : new GuardedPattern[]{TITLE_THEN_NAME, NAME_THEN_TITLE}) {
            GuardedPattern.Finder m = p.finder(sentence);
            while (m.find()) surnames.add(m.group(2));
        }
    }
}
