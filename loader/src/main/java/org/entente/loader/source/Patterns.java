package org.entente.loader.source;

/** The forms that identifiers in the input files must have. */
public final class Patterns {
    private Patterns() {}

    /**
     * A state's id: an ISO 3166-1 alpha-3 code such as RUS; for Kosovo, which has no ISO code, the
     * user-assigned UNK that world-countries and UN bodies use; for a former state, its former
     * alpha-3 code (SUN) or, where ISO 3166-3 does not list it, its Correlates of War letter code
     * (YAR) or a project id (UAR). See reference/SOURCES.md, "General conventions".
     */
    public static final String ISO3 = "[A-Z]{3}";
    /** An ISO 3166-1 alpha-2 code, such as RU. */
    public static final String ISO2 = "[A-Z]{2}";
    /** The acronym of an organisation, such as NATO. */
    public static final String ORGANISATION = "[A-Z][A-Z0-9]{1,15}";
    /** A lower-case identifier, such as black-sea or north-atlantic-treaty. */
    public static final String SLUG = "[a-z0-9][a-z0-9-]{0,63}";
    /** An asset identifier, such as troops or F-16. */
    public static final String ASSET = "[A-Za-z0-9][A-Za-z0-9-]{0,63}";
    /** A Wikidata item, such as Q159. */
    public static final String QID = "Q[1-9][0-9]*";
    /** An absolute http(s) URL without spaces. */
    public static final String URL = "https?://[^\\s\"<>]+";

    /**
     * True if the id has the form {@link #SLUG}, checked without a regular expression: fact and
     * article ids are checked for every fact of a load.
     */
    public static boolean isSlug(String id) {
        int n = id.length();
        if (n == 0 || n > 64 || !isLowerOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = id.charAt(i);
            if (!isLowerOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
