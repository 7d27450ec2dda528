package org.entente.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.Input;
import org.entente.loader.store.KgStore;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;
import org.entente.ontology.Ontology;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bundled inputs are what they claim to be, and the data uses only declared terms. */
class DataTest {

    @Test
    void theArticleIsByteIdenticalToTheSharedCorpusCopy() throws IOException {
        Path shared = Path.of("../../shared/corpus/nato-second-life.txt");
        Assumptions.assumeTrue(Files.exists(shared), "the shared corpus is not present on this machine");
        assertArrayEquals(Files.readAllBytes(shared), Files.readAllBytes(Path.of("data/articles/nato-second-life.txt")));
    }

    @Test
    void theVendoredWorldCountriesFileIsThatOfVersion510() throws IOException {
        // sha256 of package/countries.json in the npm tarball world-countries-5.1.0.tgz.
        assertEquals("359431fb9475666dfad1ea5e72e53521cef40520f65eecd08e02ba569eb8491b",
                org.apache.commons.codec.digest.DigestUtils.sha256Hex(
                        Files.readAllBytes(Path.of("data/reference/world-countries/countries.json"))));
    }

    @Test
    void theArticleIndexListsEveryFactsFile() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(Path.of("data/articles"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".facts"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, new TreeSet<>(BundledData.articleIndex()));
    }

    @Test
    void everyOntologyTermUsedInTheDataIsDeclared() {
        Set<String> declared = new TreeSet<>();
        Ontology.ontology().listSubjects().forEachRemaining(r -> {
            if (r.isURIResource() && ENT.NS.equals(r.getNameSpace())) {
                declared.add(r.getURI());
            }
        });
        GraphNames graphs = new GraphNames(IriScheme.defaultScheme());
        try (KgStore store = KgStore.inMemory()) {
            new Loader(store, graphs).loadBundled();
            Set<String> undeclared = store.read(dsg -> {
                Set<String> out = new TreeSet<>();
                dsg.find().forEachRemaining(q -> {
                    for (Node n : new Node[] {q.getSubject(), q.getPredicate(), q.getObject()}) {
                        if (n.isURI() && n.getURI().startsWith(ENT.NS) && !declared.contains(n.getURI())) {
                            out.add(n.getURI());
                        }
                    }
                });
                return out;
            });
            assertEquals(Set.of(), undeclared);
            // And every state with a Wikidata item in the identifiers table is linked to it.
            long sameAs = store.read(dsg -> dsg.stream(graphs.countries().asNode(), Node.ANY, OWL.sameAs.asNode(), Node.ANY).count());
            long states = store.read(dsg -> dsg.stream(graphs.countries().asNode(), Node.ANY, RDF.type.asNode(), ENT.State.asNode()).count());
            assertEquals(250, states);
            assertEquals(249, sameAs, "all but Kosovo, which the identifiers table lacks");
        }
    }

    @Test
    void theNetherlandsIsWikidatasKingdom() {
        var text = new String(Input.resource("org/entente/data/reference/country-identifiers.csv", "x").bytes());
        assertEquals(1, text.lines().filter(l -> l.startsWith("NLD,NL,Netherlands,Q29999,")).count());
    }
}
