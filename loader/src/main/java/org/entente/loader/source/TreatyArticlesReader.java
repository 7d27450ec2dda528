package org.entente.loader.source;

import static org.entente.loader.source.CountryIdentifiersReader.checked;

import java.util.List;

/** Reads treaty-articles.csv. */
public final class TreatyArticlesReader {
    private TreatyArticlesReader() {}

    public static final String[] COLUMNS = {"treaty", "article", "title", "summary", "provides", "source_url"};

    public static List<TreatyArticle> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> {
                    String designation = r.require("article", "[1-9][0-9]{0,3}|[IVXLC]+",
                            "an article number such as 5 or, as some treaties write it, XIX");
                    int number = designation.matches("[0-9]+") ? Integer.parseInt(designation) : roman(r, designation);
                    return new TreatyArticle(
                            r.require("treaty", Patterns.SLUG, "a treaty id"),
                            number,
                            designation,
                            r.require("title"),
                            r.require("summary"),
                            r.optional("provides").map(p -> checked(r, "provides", p, Patterns.SLUG, "a provision type")),
                            r.require("source_url", Patterns.URL, "an http(s) URL"),
                            new Origin(r.file(), r.line()));
                })
                .toList();
    }

    /** The value of a Roman numeral from I to CCCXCIX, written in the standard form (XIX, not XVIIII). */
    static int roman(CsvTable.Row r, String numeral) {
        String[][] digits = {{"", "C", "CC", "CCC"}, {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"},
            {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}};
        for (int value = 1; value < 400; value++) {
            String written = digits[0][value / 100] + digits[1][value / 10 % 10] + digits[2][value % 10];
            if (written.equals(numeral)) {
                return value;
            }
        }
        throw r.error("column 'article' is '" + numeral + "', not a Roman numeral in standard form");
    }
}
