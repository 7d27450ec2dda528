package org.entente.loader.source;

import java.util.function.Function;

/** One article as the loader reads it: its curated facts file and its text. */
public record ArticleFiles(Input facts, Input text) {

    /**
     * The article of a facts file, with the text its header names, read from the same folder.
     *
     * @param sibling reads a file of the facts file's folder by its name
     */
    public static ArticleFiles of(Input facts, Function<String, Input> sibling) {
        return new ArticleFiles(facts, sibling.apply(FactsReader.read(facts).textFileName()));
    }
}
