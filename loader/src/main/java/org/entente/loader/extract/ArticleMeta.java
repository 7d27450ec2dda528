package org.entente.loader.extract;

import java.util.Objects;
import java.util.Optional;

import org.entente.loader.UsageException;
import org.entente.loader.source.Patterns;

/**
 * What the extractor knows of an article besides its text: the id its facts file will have, its
 * title, and its publication date (YYYY, YYYY-MM or YYYY-MM-DD), against which relative times
 * ("on Monday", "next month") are resolved. Without a publication date, relative times are left
 * out with a note.
 */
public record ArticleMeta(String id, String title, Optional<String> published) {

    public ArticleMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        if (!id.matches(Patterns.SLUG)) {
            throw new UsageException("article id '" + id + "' must be lower-case letters, digits and hyphens (such as nato-second-life)");
        }
        if (title.isBlank() || title.contains("\n") || title.contains("\r")) {
            throw new UsageException("the title must be one non-empty line");
        }
        published.ifPresent(p -> {
            if (TimeResolver.parse(p).isEmpty()) {
                throw new UsageException("published '" + p + "' is not a real date written YYYY, YYYY-MM or YYYY-MM-DD");
            }
        });
    }

    public ArticleMeta(String id, String title, String published) {
        this(id, title, Optional.ofNullable(published));
    }
}
