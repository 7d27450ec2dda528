package org.entente.queries;

import static org.entente.queries.QueryFixture.GRAPHS;
import static org.entente.queries.QueryFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.loader.Loader;
import org.entente.loader.query.ParameterException;
import org.entente.loader.source.Input;
import org.entente.loader.store.KgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drafted facts stay out of the named queries unless asked for (drafts=include), and are marked in
 * the results: the bundled data plus two drafted deployments (drafted/us-paratroopers.facts), and
 * the same two facts once reviewed.
 */
class DraftedFactsTest {

    private static KgStore drafted;
    private static KgStore reviewed;

    /** The six deployments of the bundled article (CompetencyQuestionsTest.articleDeployments). */
    private static final Set<String> BUNDLED = Set.of(
            "Denmark -> Lithuania reviewed", "France -> Romania reviewed", "Netherlands -> Bulgaria reviewed",
            "North Atlantic Treaty Organization -> NATO's eastern flank reviewed", "Russia -> Belarus reviewed",
            "Ukraine -> front lines (Ukrainian–Russian border area) reviewed");

    @BeforeAll
    static void load() {
        String facts = resource("us-paratroopers.facts");
        drafted = store(facts);
        reviewed = store(facts.replace("review: drafted", "review: reviewed"));
    }

    private static KgStore store(String facts) {
        KgStore s = KgStore.inMemory();
        Loader loader = new Loader(s, GRAPHS, TODAY, true, Loader.Progress.none());
        loader.loadBundled();
        loader.loadArticle(new Input("us-paratroopers.facts", facts.getBytes(StandardCharsets.UTF_8)),
                new Input("us-paratroopers.txt", resource("us-paratroopers.txt").getBytes(StandardCharsets.UTF_8)));
        return s;
    }

    private static String resource(String name) {
        try (InputStream in = DraftedFactsTest.class.getResourceAsStream("/drafted/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> deployments(KgStore on, Map<String, String> params) {
        return QueryFixture.rows(on, "article-deployments", params, TODAY).stream()
                .map(r -> r.get("senderName") + " -> " + r.get("destinationName") + " " + r.get("review")
                        + (r.get("confidence") == null ? "" : " " + r.get("confidence")))
                .collect(Collectors.toSet());
    }

    @Test
    void draftsAreLeftOutByDefault() {
        assertEquals(BUNDLED, deployments(drafted, Map.of()));
        assertEquals(BUNDLED, deployments(drafted, Map.of("drafts", "exclude")));
        assertEquals(List.of(), QueryFixture.rows(drafted, "fact-evidence", Map.of(), TODAY).stream()
                .filter(r -> r.get("article").endsWith("/us-paratroopers")).toList());
    }

    @Test
    void draftsAppearWhenAskedForAndAreMarked() {
        Set<String> expected = new java.util.HashSet<>(BUNDLED);
        // One row per destination: Lithuania, Latvia and Estonia for the second fact.
        expected.addAll(Set.of("United States -> Poland drafted 0.91", "United States -> Lithuania drafted 0.64",
                "United States -> Latvia drafted 0.64", "United States -> Estonia drafted 0.64"));
        assertEquals(expected, deployments(drafted, Map.of("drafts", "include")));
        // Lithuania, Latvia and Estonia border Russia or Belarus; Poland borders both.
        assertEquals(Set.of("Denmark -> Lithuania reviewed", "Russia -> Belarus reviewed",
                "Ukraine -> front lines (Ukrainian–Russian border area) reviewed", "United States -> Poland drafted",
                "United States -> Lithuania drafted", "United States -> Latvia drafted", "United States -> Estonia drafted"),
                QueryFixture.rows(drafted, "deployments-bordering-russia", Map.of("drafts", "include"), TODAY).stream()
                        .map(r -> r.get("senderName") + " -> " + r.get("destinationName") + " " + r.get("review"))
                        .collect(Collectors.toSet()));
        assertEquals(List.of("us-paratroopers-to-poland 108 230 drafted", "us-paratroopers-to-baltics 342 471 drafted"),
                QueryFixture.rows(drafted, "fact-evidence", Map.of("drafts", "include"), TODAY).stream()
                        .filter(r -> r.get("article").endsWith("/us-paratroopers"))
                        .map(r -> r.get("fact").substring(r.get("fact").lastIndexOf('/') + 1) + " " + r.get("start") + " "
                                + r.get("end") + " " + r.get("review"))
                        .toList());
    }

    @Test
    void reviewedFactsOfAnExtractorAreAnsweredByDefault() {
        Set<String> expected = new java.util.HashSet<>(BUNDLED);
        expected.addAll(Set.of("United States -> Poland reviewed 0.91", "United States -> Lithuania reviewed 0.64",
                "United States -> Latvia reviewed 0.64", "United States -> Estonia reviewed 0.64"));
        assertEquals(expected, deployments(reviewed, Map.of()));
    }

    @Test
    void aBadDraftsValueIsRefusedWithItsName() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> QueryFixture.rows(drafted, "article-deployments", Map.of("drafts", "yes"), TODAY));
        assertEquals("drafts", e.parameter());
        assertEquals("parameter 'drafts' is 'yes'; expected 'exclude' (reviewed facts only) or 'include' (drafted facts too)",
                e.getMessage());
    }
}
