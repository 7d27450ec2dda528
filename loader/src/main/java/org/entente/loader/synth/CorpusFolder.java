package org.entente.loader.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.entente.loader.StorageException;
import org.entente.loader.UsageException;
import org.entente.loader.mapping.ArticleMapper;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.Input;

/**
 * A folder of articles with an {@code index.txt} that lists their facts files, one per line
 * ('#' starts a comment), as {@code loader/data/articles/} and the output of {@code kg generate}
 * are laid out. Each facts file names its text in its header; both are read only when the article
 * is reached, so a folder of thousands of articles is never held in memory at once.
 */
public final class CorpusFolder implements Iterable<CorpusFolder.Article> {

    /** One article of the folder: its facts file and its text. */
    public record Article(Input facts, Input text) {}

    private final Path directory;
    private final List<String> factsFiles;

    private CorpusFolder(Path directory, List<String> factsFiles) {
        this.directory = directory;
        this.factsFiles = factsFiles;
    }

    /** Reads the folder's index. */
    public static CorpusFolder open(Path directory) {
        Path index = directory.resolve("index.txt");
        if (!Files.isRegularFile(index)) {
            throw new UsageException(directory + ": no index.txt (a folder of articles lists its facts files in index.txt)");
        }
        try {
            List<String> names = new ArrayList<>();
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.contains("/") || l.contains("\\") || l.startsWith(".")) {
                    throw new UsageException(index + ": '" + l + "' must be a file name in the same folder, not a path");
                }
                names.add(l);
            }
            return new CorpusFolder(directory, List.copyOf(names));
        } catch (IOException e) {
            throw new StorageException("cannot read " + index + ": " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return directory;
    }

    /** The facts files the index lists, in order. */
    public List<String> factsFiles() {
        return factsFiles;
    }

    public int size() {
        return factsFiles.size();
    }

    /** The article at a position of the index, read from disk. */
    public Article get(int i) {
        Input facts = Input.of(directory.resolve(factsFiles.get(i)));
        String textName = ArticleMapper.textFileName(FactsReader.read(facts));
        return new Article(facts, Input.of(directory.resolve(textName)));
    }

    @Override
    public Iterator<Article> iterator() {
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < factsFiles.size();
            }

            @Override
            public Article next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return get(i++);
            }
        };
    }
}
