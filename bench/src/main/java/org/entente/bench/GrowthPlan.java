package org.entente.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.loader.mapping.ArticleMapper;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.Input;

/**
 * The articles of the growth rows, from a folder of {@code 2 × N} generated articles that the
 * store does not hold: the first N are added ({@code adds/}), and each is then replaced by the
 * article N positions further on, its text and facts given the first one's id ({@code replacements/}):
 * the same id with other facts, as when a corrected article is loaded again.
 */
record GrowthPlan(Path adds, Path replacements, List<GrowthPlan.Article> articles) {

    /** One article: its id, and the names of its facts file and text, the same in both folders. */
    record Article(String id, String facts, String text) {}

    private static final Pattern ARTICLE = Pattern.compile("(?m)^article:[ \\t]*(\\S+)[ \\t]*$");
    private static final Pattern TEXT = Pattern.compile("(?m)^text:[ \\t]*(\\S+)[ \\t]*$");

    /** Writes {@code DIR/adds} and {@code DIR/replacements} from the first {@code 2 × n} articles of {@code source}. */
    static GrowthPlan write(ArticleFolder source, int n, Path dir) throws IOException {
        if (source.size() < 2 * n) {
            throw new IllegalArgumentException("the growth rows need " + 2 * n + " articles, the folder has " + source.size());
        }
        Path adds = Files.createDirectories(dir.resolve("adds"));
        Path replacements = Files.createDirectories(dir.resolve("replacements"));
        List<String> addIndex = new ArrayList<>();
        List<String> replaceIndex = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = source.factsFiles().get(i);
            String facts = source.get(i).facts().text();
            String id = ArticleMapper.articleId(FactsReader.read(source.get(i).facts()));
            String textName = textName(facts);
            Files.writeString(adds.resolve(name), facts, StandardCharsets.UTF_8);
            Files.write(adds.resolve(textName), source.get(i).text().bytes());
            Input other = source.get(n + i).facts();
            Files.writeString(replacements.resolve(name), retarget(other.text(), id, textName), StandardCharsets.UTF_8);
            Files.write(replacements.resolve(textName), source.get(n + i).text().bytes());
            addIndex.add(name);
            replaceIndex.add(name);
            articles.add(new Article(id, name, textName));
        }
        Files.write(adds.resolve(ArticleFolder.INDEX), index("the articles the growth rows add, then remove", addIndex), StandardCharsets.UTF_8);
        Files.write(replacements.resolve(ArticleFolder.INDEX),
                index("the same ids with other articles' facts: the growth rows' replacements", replaceIndex), StandardCharsets.UTF_8);
        return new GrowthPlan(adds, replacements, List.copyOf(articles));
    }

    private static List<String> index(String what, List<String> names) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + what + " (kg bench)");
        lines.addAll(names);
        return lines;
    }

    /** The text file name of a facts file's header. */
    static String textName(String facts) {
        Matcher m = TEXT.matcher(facts);
        if (!m.find()) {
            throw new IllegalArgumentException("a facts file without a 'text:' line");
        }
        return m.group(1);
    }

    /**
     * A facts file under another article's id and text file name: its {@code article:} and
     * {@code text:} header lines rewritten, nothing else changed.
     */
    static String retarget(String facts, String id, String textName) {
        Matcher a = ARTICLE.matcher(facts);
        if (!a.find()) {
            throw new IllegalArgumentException("a facts file without an 'article:' line");
        }
        String s = facts.substring(0, a.start(1)) + id + facts.substring(a.end(1));
        Matcher t = TEXT.matcher(s);
        if (!t.find()) {
            throw new IllegalArgumentException("a facts file without a 'text:' line");
        }
        return s.substring(0, t.start(1)) + textName + s.substring(t.end(1));
    }
}
