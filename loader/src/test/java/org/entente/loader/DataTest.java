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
            // And every state with a verified Wikidata item is linked to it. Changed on purpose with the states over
            // time: the 250 countries of world-countries and the 14 former states of former-states.csv are states; the
            // links are the 249 of the identifiers table (all but Kosovo, which it lacks) and the 12 former states whose
            // item was verified (not Zanzibar and Sikkim; SOURCES.md, former-states.csv).
            long sameAs = store.read(dsg -> dsg.stream(graphs.countries().asNode(), Node.ANY, OWL.sameAs.asNode(), Node.ANY).count());
            long states = store.read(dsg -> dsg.stream(graphs.countries().asNode(), Node.ANY, RDF.type.asNode(), ENT.State.asNode()).count());
            assertEquals(264, states);
            assertEquals(261, sameAs, "249 current states (all but Kosovo) and 12 of the 14 former states");
        }
    }

    /**
     * Land borders come from land-borders.csv, not from world-countries' borders field. Every border
     * that is current in land-borders.csv is one of world-countries 5.1.0, and every border of
     * world-countries is current there, except the deliberate differences that SOURCES.md explains
     * ("land-borders.csv": one rule for outlying parts, a part never borders its own state, a
     * boundary through the sea is not a land border).
     */
    @Test
    void everyCurrentLandBorderIsOneOfWorldCountriesButTheDeliberateDifferences() {
        var data = BundledData.reference();
        Set<String> worldCountries = new TreeSet<>();
        data.countries().forEach(c -> c.borders().forEach(b -> worldCountries.add(pair(c.iso3(), b))));
        Set<String> current = new TreeSet<>();
        data.landBorders().stream().filter(b -> b.end().isEmpty()).forEach(b -> current.add(pair(b.a(), b.b())));

        Set<String> onlyWorldCountries = new TreeSet<>(worldCountries);
        onlyWorldCountries.removeAll(current);
        assertEquals(Set.of(
                "CHN-HKG", // Hong Kong is part of China since 1997-07-01: a part does not border its whole
                "CHN-MAC", // Macau, since 1999-12-20
                "IND-LKA"), // Palk Strait: water, not a land border (CoW codes it as up to 12 miles of water)
                onlyWorldCountries);
        Set<String> onlyLandBorders = new TreeSet<>(current);
        onlyLandBorders.removeAll(worldCountries);
        assertEquals(Set.of(
                "BRA-FRA", "FRA-SUR", // France borders what French Guiana, part of France, borders
                "FRA-NLD", "FRA-SXM", "MAF-NLD", // Saint Martin: French part and Dutch part, each part of its state
                "CAN-DNK", "CAN-GRL"), // Hans Island, divided by the agreement of 2022-06-14 (after world-countries 5.1.0)
                onlyLandBorders);
        assertEquals(325, worldCountries.size());
        assertEquals(329, current.size());
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }

    /** Today's status agrees with the UN memberships: the 193 UN members are exactly the states with an open UN membership. */
    @Test
    void theStatusOfUnMembersAgreesWithTheirMemberships() {
        var data = BundledData.reference();
        Set<String> status = data.stateStatuses().stream().filter(s -> s.status().equals("un-member"))
                .map(s -> s.state()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> memberships = data.memberships().stream().filter(m -> m.organisation().equals("UN") && m.end().isEmpty())
                .map(m -> m.member()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(193, status.size());
        assertEquals(status, memberships);
        // The former states are exactly those whose status is former.
        Set<String> former = data.formerStates().stream().map(f -> f.id()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> statusFormer = data.stateStatuses().stream().filter(s -> s.status().equals("former")).map(s -> s.state())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(former, statusFormer);
    }

    @Test
    void theNetherlandsIsWikidatasKingdom() {
        var text = new String(Input.resource("org/entente/data/reference/country-identifiers.csv", "x").bytes());
        assertEquals(1, text.lines().filter(l -> l.startsWith("NLD,NL,Netherlands,Q29999,")).count());
    }
}
