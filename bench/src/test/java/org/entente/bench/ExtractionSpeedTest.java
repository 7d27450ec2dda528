package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.entente.loader.extract.ArticleMeta;
import org.junit.jupiter.api.Test;

/** The extraction speed row's synthetic articles: development texts joined in order until long enough. */
class ExtractionSpeedTest {

    private static final List<ArticleMeta> METAS = List.of(new ArticleMeta("a", "A", "2022-01-01"), new ArticleMeta("b", "B", "2022-01-02"),
            new ArticleMeta("c", "C", "2022-01-03"));

    @Test
    void textsAreJoinedUntilTheArticleHasEnoughWords() {
        List<ExtractionSpeed.Article> a = ExtractionSpeed.articles(List.of("one two three\n", "four five", " six seven eight nine "), METAS, 4);
        assertEquals(new ExtractionSpeed.Article("one two three\n\nfour five\n", 5, METAS.get(0)), a.get(0));
        assertEquals(new ExtractionSpeed.Article("four five\n\nsix seven eight nine\n", 6, METAS.get(1)), a.get(1));
        assertEquals(new ExtractionSpeed.Article("six seven eight nine\n", 4, METAS.get(2)), a.get(2));
    }

    @Test
    void joiningWrapsAroundAndUsesEveryTextAtMostOnce() {
        List<ExtractionSpeed.Article> a = ExtractionSpeed.articles(List.of("one two three", "four five", "six seven eight nine"), METAS, 100);
        assertEquals("four five\n\nsix seven eight nine\n\none two three\n", a.get(1).text());
        assertEquals(9, a.get(1).words());
    }

    @Test
    void wordsAreRunsOfNonWhiteSpace() {
        assertEquals(3, ExtractionSpeed.words("  a\tb —\n"));
        assertEquals(0, ExtractionSpeed.words(" \n "));
    }
}
