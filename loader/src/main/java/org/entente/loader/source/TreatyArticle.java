package org.entente.loader.source;

import java.util.Optional;

/** A row of treaty-articles.csv. {@code provides} names a provision type, such as collective-defence. */
public record TreatyArticle(
        String treaty,
        int number,
        String title,
        String summary,
        Optional<String> provides,
        String sourceUrl,
        Origin origin) {
}
