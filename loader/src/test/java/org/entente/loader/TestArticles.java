package org.entente.loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.loader.source.ArticleFolder;

/**
 * A folder of six articles for the tests ({@code src/test/resources/article-folder/}: what
 * {@code kg generate --articles 6 --seed 11} writes, kept here because the generator belongs to the
 * benchmark module; a test there checks that the two still agree).
 */
public final class TestArticles {
    private TestArticles() {}

    /** The articles of the test folder, in the order of its index. */
    public static final List<String> IDS = List.of("synth-11-0000001", "synth-11-0000002", "synth-11-0000003",
            "synth-11-0000004", "synth-11-0000005", "synth-11-0000006");

    /** Writes the first {@code n} articles of the test folder, with an index of just those, into a new folder. */
    public static Path copy(Path target, int n) {
        try {
            Files.createDirectories(target);
            List<String> index = new ArrayList<>();
            for (String id : IDS.subList(0, n)) {
                for (String file : List.of(id + ".facts", id + ".txt")) {
                    try (InputStream in = TestArticles.class.getResourceAsStream("/article-folder/" + file)) {
                        Files.write(target.resolve(file), in.readAllBytes());
                    }
                }
                index.add(id + ".facts");
            }
            Files.write(target.resolve(ArticleFolder.INDEX), index, StandardCharsets.UTF_8);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
