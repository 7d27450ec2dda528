package org.entente.loader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.entente.loader.StorageException;
import org.entente.loader.UsageException;
import org.entente.loader.extract.ArticleMeta;
import org.entente.loader.extract.Draft;
import org.entente.loader.extract.Evaluation;
import org.entente.loader.extract.Extractor;
import org.entente.loader.mapping.ArticleMapper;
import org.entente.loader.source.InputException;
import org.entente.loader.source.Input;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg extract}: drafts a facts file from an article's text, or, with {@code --evaluate DIR},
 * compares the drafts of a folder of texts with their gold facts files. Nothing is written on an
 * error: the output file is written whole, after the draft is made.
 */
@Command(name = "extract", description = {
        "Drafts the facts of a news article (a facts file that kg load accepts, for an analyst to check), "
                + "or with --evaluate DIR compares the drafts of DIR/*.txt with the gold DIR/*.facts."})
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ARTICLE.txt", description = "The article's text (UTF-8).")
    Path article;

    @Option(names = "--published", paramLabel = "DATE", description = "The publication date, YYYY, YYYY-MM or YYYY-MM-DD "
            + "(needed for a facts file; relative times are resolved against it).")
    String published;

    @Option(names = "--id", paramLabel = "ID", description = "The article's id (default: from the file name).")
    String id;

    @Option(names = "--title", paramLabel = "TITLE", description = "The article's title (default: the text's first line).")
    String title;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (default: standard output).")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "facts", description = "facts (default) or json.")
    String format;

    @Option(names = "--evaluate", paramLabel = "DIR", description = "Compare the drafts of DIR/*.txt with DIR/*.facts; "
            + "prints a table, and writes the figures as JSON to --output.")
    Path evaluate;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (evaluate != null) {
            if (article != null || published != null || id != null || title != null) {
                throw new UsageException("--evaluate takes a folder and no article, --published, --id or --title");
            }
            Evaluation.Report report = new Evaluation(Extractor.load()).run(Evaluation.pairs(evaluate));
            if (output != null) {
                write(report.json());
            }
            out.print(report.table());
            out.flush();
            return 0;
        }
        if (article == null) {
            throw new UsageException("name the article's text (kg extract ARTICLE.txt), or a folder with --evaluate DIR");
        }
        if (!format.equals("facts") && !format.equals("json")) {
            throw new UsageException("--format: '" + format + "'; expected facts or json");
        }
        if (format.equals("facts") && published == null) {
            throw new UsageException("--published YYYY-MM-DD is needed for a facts file (its header requires 'published:'); "
                    + "or use --format json");
        }
        Input input = Input.of(article);
        if (input.bytes().length > ArticleMapper.MAX_TEXT_BYTES) {
            throw new InputException(input.name(), "is " + input.bytes().length + " bytes; an article text may have at most "
                    + ArticleMapper.MAX_TEXT_BYTES + " bytes (4 MiB)");
        }
        String text = input.text();
        int bad = org.entente.loader.source.ControlCharacters.first(text, "\t\n\r");
        if (bad >= 0) {
            int line = 1 + (int) text.substring(0, bad).chars().filter(c -> c == '\n').count();
            throw new InputException(input.name(), line, org.entente.loader.source.ControlCharacters.describe(text.charAt(bad))
                    + "; an article text may contain no control characters other than tab and line breaks (is it a text file?)");
        }
        if (text.isBlank()) {
            throw new InputException(input.name(), "is empty; expected the text of an article");
        }
        String fileName = article.getFileName().toString();
        ArticleMeta meta = new ArticleMeta(id != null ? id : idOf(fileName), title != null ? title : titleOf(text),
                Optional.ofNullable(published));
        Draft draft = Extractor.load().extract(text, meta);
        String result = format.equals("json") ? draft.toJson() : draft.toFacts(fileName);
        if (output != null) {
            write(result);
        } else {
            out.print(result);
            out.flush();
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("kg: drafted " + draft.facts().size() + " facts from " + fileName + " (" + draft.notes().size() + " notes)");
        err.flush();
        return 0;
    }

    /** The id of an article from its file name: lower case, letters and digits, hyphens between. */
    static String idOf(String fileName) {
        String stem = fileName.replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (stem.length() > 64) {
            stem = stem.substring(0, 64).replaceAll("-+$", "");
        }
        return stem.isEmpty() ? "article" : stem;
    }

    /** The first non-blank line of the text, the headline of a news report. */
    static String titleOf(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("untitled").strip();
        return org.entente.loader.Text.shorten(first, 200);
    }

    /** Writes the whole output, or nothing: a temporary file beside it is moved into place. */
    private void write(String content) {
        Path target = output.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("--output " + output + ": the folder " + (output.getParent() == null ? folder : output.getParent())
                    + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new UsageException("--output " + output + ": is a folder");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(folder, ".kg-extract-", ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("cannot write " + output + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move happened or the file was never written
                }
            }
        }
    }
}
