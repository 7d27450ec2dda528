package org.entente.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.entente.loader.source.Input;
import org.entente.loader.source.ReferenceData;

/**
 * The data that ships inside the jar (the folder {@code loader/data} of the repository): the
 * reference tables and the curated articles listed in {@code articles/index.txt}.
 */
public final class BundledData {
    private BundledData() {}

    private static final String ROOT = "org/entente/data/";

    /** A bundled article: its facts file and its text. */
    public record Article(Input facts, Input text) {}

    /** The reference tables. */
    public static ReferenceData reference() {
        return ReferenceData.read(name -> Input.resource(ROOT + "reference/" + name, "reference/" + name));
    }

    /** The bundled articles, in the order of the index. */
    public static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (String factsName : articleIndex()) {
            Input facts = Input.resource(ROOT + "articles/" + factsName, "articles/" + factsName);
            String textName = org.entente.loader.mapping.ArticleMapper.textFileName(
                    org.entente.loader.source.FactsReader.read(facts));
            out.add(new Article(facts, Input.resource(ROOT + "articles/" + textName, "articles/" + textName)));
        }
        return out;
    }

    /** The facts files that {@code articles/index.txt} lists. */
    public static List<String> articleIndex() {
        try (InputStream in = BundledData.class.getClassLoader().getResourceAsStream(ROOT + "articles/index.txt")) {
            if (in == null) {
                throw new IllegalStateException("bundled article index missing: " + ROOT + "articles/index.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new StorageException("cannot read the bundled article index: " + e.getMessage(), e);
        }
    }
}
