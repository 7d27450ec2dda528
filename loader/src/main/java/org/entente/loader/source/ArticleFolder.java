package org.entente.loader.source;

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

/**
 * A folder of articles, the input of {@code kg load --articles DIR}: an {@code index.txt} lists
 * their facts files, one per line ('#' starts a comment), and each facts file names its text in
 * its header. The bundled articles ({@code loader/data/articles/}) are laid out so, and so is
 * what {@code kg generate} writes. An article is read only when it is reached, so a folder of
 * thousands of articles is never held in memory at once.
 */
public final class ArticleFolder implements Iterable<ArticleFiles> {

    /** The index file of a folder of articles. */
    public static final String INDEX = "index.txt";

    private final Path directory;
    private final List<String> factsFiles;

    private ArticleFolder(Path directory, List<String> factsFiles) {
        this.directory = directory;
        this.factsFiles = factsFiles;
    }

    /** Reads the folder's index. */
    public static ArticleFolder open(Path directory) {
        Path index = directory.resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            throw new UsageException(directory + ": no " + INDEX + " (a folder of articles lists its facts files in " + INDEX + ")");
        }
        try {
            return new ArticleFolder(directory, parseIndex(index.toString(), Files.readAllLines(index, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new StorageException("cannot read " + index + ": " + e.getMessage(), e);
        }
    }

    /**
     * The facts files an index lists, in order: one file name of the same folder per line; blank
     * lines and lines that start with '#' are skipped.
     *
     * @param indexName names the index in errors
     */
    public static List<String> parseIndex(String indexName, List<String> lines) {
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.contains("/") || l.contains("\\") || l.startsWith(".")) {
                throw new UsageException(indexName + ": '" + l + "' must be a file name in the same folder, not a path");
            }
            names.add(l);
        }
        return List.copyOf(names);
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
    public ArticleFiles get(int i) {
        return ArticleFiles.of(Input.of(directory.resolve(factsFiles.get(i))), name -> Input.of(directory.resolve(name)));
    }

    @Override
    public Iterator<ArticleFiles> iterator() {
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < factsFiles.size();
            }

            @Override
            public ArticleFiles next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return get(i++);
            }
        };
    }
}
