package org.entente.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.entente.loader.source.ArticleFiles;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.source.Input;
import org.entente.loader.source.ReferenceData;

/**
 * The data that ships inside the jar (the folder {@code loader/data} of the repository): the
 * reference tables and the curated articles listed in {@code articles/index.txt}, a folder of
 * articles as {@link ArticleFolder} reads one.
 */
public final class BundledData {
    private BundledData() {}

    private static final String ROOT = "org/entente/data/";

    /** The reference tables. */
    public static ReferenceData reference() {
        return ReferenceData.read(name -> Input.resource(ROOT + "reference/" + name, "reference/" + name));
    }

    /** The bundled articles, in the order of the index. */
    public static List<ArticleFiles> articles() {
        return articleIndex().stream().map(factsName -> ArticleFiles.of(article(factsName), BundledData::article)).toList();
    }

    private static Input article(String name) {
        return Input.resource(ROOT + "articles/" + name, "articles/" + name);
    }

    /** The facts files that {@code articles/index.txt} lists. */
    public static List<String> articleIndex() {
        String index = ROOT + "articles/" + ArticleFolder.INDEX;
        try (InputStream in = BundledData.class.getClassLoader().getResourceAsStream(index)) {
            if (in == null) {
                throw new IllegalStateException("bundled article index missing: " + index);
            }
            return ArticleFolder.parseIndex("articles/" + ArticleFolder.INDEX,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new StorageException("cannot read the bundled article index: " + e.getMessage(), e);
        }
    }
}
