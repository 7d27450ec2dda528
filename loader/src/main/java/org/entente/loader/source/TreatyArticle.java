package org.entente.loader.source;

import java.util.Optional;

/**
 * A row of treaty-articles.csv. {@code provides} names a provision type, such as collective-defence.
 *
 * @param number      the article's number as a whole number (19 for Article XIX)
 * @param designation the number as the treaty writes it: 5, or XIX
 */
public record TreatyArticle(
        String treaty,
        int number,
        String designation,
        String title,
        String summary,
        Optional<String> provides,
        String sourceUrl,
        Origin origin) {
}
