package org.entente.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.entente.loader.query.NamedQuery;
import org.entente.loader.query.NamedQueryRegistry;
import org.junit.jupiter.api.Test;

/** Every .rq file of this module is a well-formed named query with a test of its answer. */
class NamedQueriesTest {

    @Test
    void everyFileIsANamedQueryWithTitleDescriptionAndDeclaredParameters() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(Path.of("."))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> registered = NamedQueryRegistry.fromClasspath().all().stream().map(NamedQuery::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, registered, "every .rq file is packed and parses");
        for (NamedQuery q : NamedQueryRegistry.fromClasspath().all()) {
            assertFalse(q.title().isBlank(), q.name());
            assertTrue(q.description().length() > 20, q.name());
        }
    }

    @Test
    void everyQueryIsExercisedByTheCompetencyTest() throws IOException {
        String test = Files.readString(Path.of("src/test/java/org/entente/queries/CompetencyQuestionsTest.java"));
        for (NamedQuery q : NamedQueryRegistry.fromClasspath().all()) {
            assertTrue(test.contains("\"" + q.name() + "\""), "no test of the answer of " + q.name());
        }
    }
}
