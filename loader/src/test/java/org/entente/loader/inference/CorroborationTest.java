package org.entente.loader.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.entente.loader.Loader;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.Input;
import org.entente.loader.store.KgStore;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an article states is compared with the reference data at the precision of the article's
 * date: a month means every day of that month. Finland joined NATO on 2023-04-04 (nato.int, in
 * memberships.csv); China's border with Nepal begins in October 1950 to the month (Correlates of
 * War, in land-borders.csv; SOURCES.md, "land-borders.csv", Tibet).
 */
class CorroborationTest {
    static final GraphNames GRAPHS = new GraphNames(IriScheme.defaultScheme());
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    static KgStore store;

    @BeforeAll
    static void load() {
        store = KgStore.inMemory();
        Loader loader = new Loader(store, GRAPHS, CLOCK, true, Loader.Progress.none());
        loader.loadBundled();
        // The same statement, "Finland is not a member of NATO", in articles of March, April and May 2023.
        for (String month : new String[] {"2023-03", "2023-04", "2023-05"}) {
            loader.loadArticle(finland(month), resource("finland-not-in-nato.txt"));
        }
        loader.loadArticle(resource("northern-frontiers.facts"), resource("northern-frontiers.txt"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The April article, dated to another month and given its own id. */
    static Input finland(String month) {
        String text = new String(resource("finland-not-in-nato.facts").bytes(), StandardCharsets.UTF_8)
                .replace("article: finland-not-in-nato", "article: finland-not-in-nato-" + month)
                .replace("published: 2023-04", "published: " + month);
        return new Input("finland-not-in-nato-" + month + ".facts", text.getBytes(StandardCharsets.UTF_8));
    }

    static Input resource(String name) {
        return Input.resource("facts/" + name, name);
    }

    /** The verdicts on a statement: corroborated, contradicted or undecided, each with what it points to. */
    static Set<String> verdicts(String article, String fact) {
        Node statement = GRAPHS.scheme().fact(article, fact).asNode();
        return store.read(dsg -> {
            Set<String> out = new TreeSet<>();
            for (var p : new org.apache.jena.rdf.model.Property[] {ENT.corroboratedBy, ENT.contradictedBy, ENT.undecidedBy}) {
                dsg.getUnionGraph().find(statement, p.asNode(), Node.ANY).forEachRemaining(t -> out.add(
                        p.getLocalName() + " " + GRAPHS.scheme().path(t.getObject().getURI()).orElse(t.getObject().getURI())));
            }
            return out;
        });
    }

    @Test
    void aMembershipThatBeganDuringTheArticlesMonthIsUndecided() {
        assertEquals(Set.of("undecidedBy graph/organisations", "undecidedBy id/membership/NATO/FIN/2023-04-04"),
                verdicts("finland-not-in-nato-2023-04", "finland-not-in-nato"));
    }

    @Test
    void aMembershipOfEveryDayOfTheMonthContradictsNotAMember() {
        assertEquals(Set.of("contradictedBy graph/organisations", "contradictedBy id/membership/NATO/FIN/2023-04-04"),
                verdicts("finland-not-in-nato-2023-05", "finland-not-in-nato"));
    }

    @Test
    void noMembershipOnAnyDayOfTheMonthCorroboratesNotAMember() {
        assertEquals(Set.of("corroboratedBy graph/organisations"), verdicts("finland-not-in-nato-2023-03", "finland-not-in-nato"));
    }

    @Test
    void aBorderKnownToBeginInTheArticlesMonthIsUndecided() {
        assertEquals(Set.of("undecidedBy graph/countries", "undecidedBy id/border/CHN/NPL/1950-10"),
                verdicts("northern-frontiers", "nepal-borders-china"));
    }

    @Test
    void bordersOfEveryDayOfTheMonthAreCorroborated() {
        assertEquals(Set.of("corroboratedBy graph/countries", "corroboratedBy id/border/FIN/SUN/before-1945-10-24"),
                verdicts("northern-frontiers", "finland-borders-the-soviet-union"));
        assertEquals(Set.of("corroboratedBy graph/countries", "corroboratedBy id/border/NOR/SUN/before-1945-10-24"),
                verdicts("northern-frontiers", "norway-borders-the-soviet-union"));
    }
}
