package org.entente.loader.source;

import static org.entente.loader.source.CountryIdentifiersReader.checked;

import java.util.List;

/** Reads treaty-articles.csv. */
public final class TreatyArticlesReader {
    private TreatyArticlesReader() {}

    public static final String[] COLUMNS = {"treaty", "article", "title", "summary", "provides", "source_url"};

    public static List<TreatyArticle> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> new TreatyArticle(
                        r.require("treaty", Patterns.SLUG, "a treaty id"),
                        Integer.parseInt(r.require("article", "[1-9][0-9]{0,3}", "an article number")),
                        r.require("title"),
                        r.require("summary"),
                        r.optional("provides").map(p -> checked(r, "provides", p, Patterns.SLUG, "a provision type")),
                        r.require("source_url", Patterns.URL, "an http(s) URL"),
                        new Origin(r.file(), r.line())))
                .toList();
    }
}
