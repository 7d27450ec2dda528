package org.entente.loader.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.loader.LoadSteps;
import org.entente.loader.Loader;
import org.entente.loader.TestArticles;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.store.KgStore;
import org.entente.loader.validate.ShapesValidator;
import org.entente.loader.validate.ValidationException;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inferred graph is what the rules entail and nothing else: compared with a naive fixpoint of
 * the same rules, written independently of Jena's rule engine and of the Materializer's filter.
 */
class MaterializerTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    static final GraphNames GRAPHS = new GraphNames(IriScheme.defaultScheme());

    @TempDir
    static Path dir;

    /** The bundled data and the six test articles (generated ones), loaded in one transaction. */
    static KgStore store;

    @BeforeAll
    static void load() {
        Path corpus = TestArticles.copy(dir.resolve("corpus"), TestArticles.IDS.size());
        store = KgStore.inMemory();
        new Loader(store, GRAPHS, CLOCK, true, Loader.Progress.none()).loadFolder(ArticleFolder.open(corpus));
    }

    @Test
    void theInferredGraphIsTheNaiveFixpointOfTheRulesMinusWhatIsAsserted() {
        store.read(dsg -> {
            Node inferredName = GRAPHS.inferred().asNode();
            Set<Triple> asserted = new HashSet<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (!g.equals(inferredName)) {
                    dsg.getGraph(g).find().forEachRemaining(asserted::add);
                }
            });
            Graph assertedGraph = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
            asserted.forEach(assertedGraph::add);
            List<Triple> derived = new ArrayList<>(Derivations.corroborations(dsg, assertedGraph, GRAPHS));

            Set<Triple> base = new HashSet<>(asserted);
            base.addAll(derived);
            Set<Triple> expected = new HashSet<>(derived);
            for (Triple t : fixpoint(base)) {
                if (!base.contains(t) && !t.getSubject().isBlank() && !t.getObject().isBlank()) {
                    expected.add(t);
                }
            }
            Set<Triple> actual = new HashSet<>();
            dsg.getGraph(inferredName).find().forEachRemaining(actual::add);

            assertTrue(expected.size() > 1000, "the rules entail something: " + expected.size());
            Set<Triple> missing = new HashSet<>(expected);
            missing.removeAll(actual);
            Set<Triple> extra = new HashSet<>(actual);
            extra.removeAll(expected);
            assertTrue(missing.isEmpty(), () -> missing.size() + " entailed but not inferred, e.g. " + missing.iterator().next());
            assertTrue(extra.isEmpty(), () -> extra.size() + " inferred but not entailed, e.g. " + extra.iterator().next());
            return null;
        });
    }

    /** The single pass gives what Jena's forward rule engine gives with the rules file, on the same copy. */
    @Test
    void theSinglePassGivesWhatTheRuleEngineGives() {
        store.read(dsg -> {
            Graph base = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
            dsg.getUnionGraph().find().forEachRemaining(base::add);
            // Without the inferred graph's entailed triples, so that there is something to deduce.
            dsg.getGraph(GRAPHS.inferred().asNode()).find().forEachRemaining(t -> {
                if (!isAssertedElsewhere(dsg, t)) {
                    base.delete(t);
                }
            });
            Set<Triple> single = SchemaClosure.deductions(base);
            Set<Triple> engine = new Materializer().ruleEngineDeductions(base);
            assertTrue(single.size() > 1000, "something to deduce: " + single.size());
            assertEquals(engine.size(), single.size());
            assertEquals(engine, single);
            return null;
        });
    }

    private static boolean isAssertedElsewhere(org.apache.jena.sparql.core.DatasetGraph dsg, Triple t) {
        Node inferred = GRAPHS.inferred().asNode();
        var it = dsg.listGraphNodes();
        while (it.hasNext()) {
            Node g = it.next();
            if (!g.equals(inferred) && dsg.getGraph(g).contains(t)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theClosureHoldsExactlyTheTriplesOfTheStoresUnionGraph() {
        LoadSteps steps = new LoadSteps(GRAPHS, CLOCK, true, Loader.Progress.none());
        store.read(dsg -> {
            Set<Triple> closure = new HashSet<>();
            steps.materialize(dsg).closure().find().forEachRemaining(closure::add);
            Set<Triple> union = new HashSet<>();
            dsg.getUnionGraph().find().forEachRemaining(union::add);
            assertEquals(union.size(), closure.size());
            assertEquals(union, closure);
            return null;
        });
    }

    /** Validation sees the inferred triples: an organisation that is one only by inference must have its label. */
    @Test
    void validationCoversInferredTriples() {
        LoadSteps steps = new LoadSteps(GRAPHS, CLOCK, true, Loader.Progress.none());
        Model bad = ModelFactory.createDefaultModel();
        Resource x = bad.createResource("https://example.org/unlabelled-alliance");
        x.addProperty(RDF.type, ENT.MilitaryAlliance).addProperty(ENT.acronym, "UA");
        Resource graph = bad.createResource("https://example.org/graph/test");
        ValidationException e = assertThrows(ValidationException.class,
                () -> store.write(dsg -> steps.replaceAndInfer(dsg,
                        List.of(new LoadSteps.SourceGraph(graph, bad)).iterator(), 1, System.nanoTime())));
        List<ShapesValidator.Violation> v = e.violations();
        assertTrue(v.stream().anyMatch(vi -> vi.focus().equals("<https://example.org/unlabelled-alliance>")
                && vi.path().contains(RDFS.label.getURI())), v::toString);
        boolean written = store.read(dsg -> dsg.containsGraph(graph.asNode()));
        assertFalse(written, "nothing was written");
    }

    /** The rules of entailment.rules, applied to every triple until nothing new comes out. */
    static Set<Triple> fixpoint(Set<Triple> start) {
        Node type = RDF.type.asNode();
        Set<Triple> all = new HashSet<>(start);
        while (true) {
            Map<Node, Set<Node>> superClasses = index(all, RDFS.subClassOf.asNode());
            Map<Node, Set<Node>> superProperties = index(all, RDFS.subPropertyOf.asNode());
            Map<Node, Set<Node>> inverses = index(all, OWL.inverseOf.asNode());
            Map<Node, Set<Node>> inversesBack = new HashMap<>();
            inverses.forEach((p, qs) -> qs.forEach(q -> inversesBack.computeIfAbsent(q, k -> new HashSet<>()).add(p)));
            Map<Node, Set<Node>> domains = index(all, RDFS.domain.asNode());
            Map<Node, Set<Node>> ranges = index(all, RDFS.range.asNode());
            Set<Node> symmetric = new HashSet<>();
            all.forEach(t -> {
                if (t.getPredicate().equals(type) && t.getObject().equals(OWL.SymmetricProperty.asNode())) {
                    symmetric.add(t.getSubject());
                }
            });
            Set<Triple> next = new HashSet<>();
            for (Triple t : all) {
                Node s = t.getSubject();
                Node p = t.getPredicate();
                Node o = t.getObject();
                if (p.equals(type)) {
                    superClasses.getOrDefault(o, Set.of()).forEach(d -> next.add(Triple.create(s, type, d)));
                }
                superProperties.getOrDefault(p, Set.of()).forEach(q -> next.add(Triple.create(s, q, o)));
                if (symmetric.contains(p)) {
                    next.add(Triple.create(o, p, s));
                }
                inverses.getOrDefault(p, Set.of()).forEach(q -> next.add(Triple.create(o, q, s)));
                inversesBack.getOrDefault(p, Set.of()).forEach(q -> next.add(Triple.create(o, q, s)));
                domains.getOrDefault(p, Set.of()).forEach(c -> next.add(Triple.create(s, type, c)));
                if (!o.isLiteral()) {
                    ranges.getOrDefault(p, Set.of()).forEach(c -> next.add(Triple.create(o, type, c)));
                }
            }
            // Rules bind variables to any node, but a triple cannot have a literal subject.
            next.removeIf(t -> t.getSubject().isLiteral() || !t.getPredicate().isURI());
            if (!all.addAll(next)) {
                return all;
            }
        }
    }

    private static Map<Node, Set<Node>> index(Set<Triple> all, Node predicate) {
        Map<Node, Set<Node>> m = new HashMap<>();
        for (Triple t : all) {
            if (t.getPredicate().equals(predicate)) {
                m.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject());
            }
        }
        return m;
    }
}
