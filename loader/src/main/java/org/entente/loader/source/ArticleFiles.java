package org.entente.loader.source;

import java.util.function.Function;

/**
 * One article as the loader reads it: its curated facts file, its text, and the facts file as
 * read (its syntax checked), so that the file is not read a second time to be mapped.
 */
public record ArticleFiles(Input facts, Input text, FactsDocument document) {

    /**
     * The article of a facts file, with the text its header names, read from the same folder.
     *
     * @param sibling reads a file of the facts file's folder by its name
     */
    public static ArticleFiles of(Input facts, Function<String, Input> sibling) {
        FactsDocument document = FactsReader.read(facts);
        return new ArticleFiles(facts, sibling.apply(document.textFileName()), document);
    }
}
