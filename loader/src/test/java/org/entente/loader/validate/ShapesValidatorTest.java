package org.entente.loader.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.loader.Loader;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.store.KgStore;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validating on several threads finds exactly the violations, in the same order, that one thread finds. */
class ShapesValidatorTest {
    private static Graph bundled;

    /** The bundled store's content (asserted and inferred), as a load validates it. */
    @BeforeAll
    static void load() {
        try (KgStore store = KgStore.inMemory()) {
            new Loader(store, new GraphNames(IriScheme.defaultScheme())).loadBundled();
            bundled = store.read(d -> {
                Graph g = GraphFactory.createGraphMem();
                d.getUnionGraph().find().forEachRemaining(g::add);
                return g;
            });
        }
    }

    @Test
    void theBundledDataConformsOnEveryNumberOfThreads() {
        ShapesValidator v = new ShapesValidator();
        assertEquals(List.of(), v.validate(bundled));
        assertEquals(List.of(), v.validate(bundled, 2));
        assertEquals(List.of(), v.validate(bundled, 3));
    }

    @Test
    void violationsAreTheSameOnSeveralThreads() {
        // Labels taken from states, alliances without a label, values of the wrong kind.
        Graph g = bundledWithoutLabels(7);
        for (int i = 0; i < 30; i++) {
            Node x = NodeFactory.createURI("https://example.org/unlabelled-alliance-" + i);
            g.add(Triple.create(x, RDF.type.asNode(), ENT.MilitaryAlliance.asNode()));
            g.add(Triple.create(x, ENT.acronym.asNode(), NodeFactory.createLiteralString("U" + i)));
        }
        ShapesValidator v = new ShapesValidator();
        List<ShapesValidator.Violation> one = v.validate(g);
        assertTrue(one.size() > 60, one.size() + " violations");
        assertEquals(one, v.validate(g, 2));
        assertEquals(one, v.validate(g, 3));
    }

    /**
     * Validating focus nodes (with their types and the sub-class look-ups remembered) finds what a
     * validation of the whole graph finds for them: every subject and object of the graph given as
     * a focus node gives the whole graph's violations, and a few of them give only theirs.
     */
    @Test
    void focusNodesGiveTheWholeGraphsViolationsOfThoseNodes() {
        Graph g = bundledWithoutLabels(11);
        ShapesValidator v = new ShapesValidator();
        List<ShapesValidator.Violation> whole = v.validate(g);
        assertTrue(whole.size() > 10, whole.size() + " violations");
        Set<Node> nodes = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> {
            nodes.add(t.getSubject());
            if (!t.getObject().isLiteral()) {
                nodes.add(t.getObject());
            }
        });
        assertEquals(whole, v.validate(g, nodes));

        Set<String> some = new HashSet<>();
        for (int i = 0; i < whole.size(); i += 3) {
            some.add(whole.get(i).focus());
        }
        List<Node> someNodes = nodes.stream().filter(n -> n.isURI() && some.contains("<" + n.getURI() + ">")).toList();
        List<ShapesValidator.Violation> expected = whole.stream().filter(x -> some.contains(x.focus())).toList();
        assertEquals(some.size(), someNodes.size());
        assertEquals(expected, v.validate(g, someNodes));
    }

    /** A copy of the bundled store's content without every {@code n}-th rdfs:label triple. */
    private static Graph bundledWithoutLabels(int n) {
        Graph g = GraphFactory.createGraphMem();
        bundled.find().forEachRemaining(g::add);
        List<Triple> labels = new ArrayList<>();
        g.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(labels::add);
        for (int i = 0; i < labels.size(); i += n) {
            g.delete(labels.get(i));
        }
        return g;
    }
}
