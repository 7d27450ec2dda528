package org.entente.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** The label to show for a resource: English first, then untagged, then any other language. */
public final class Labels {
    private Labels() {}

    private static final List<Node> LABEL_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            DCTerms.title.asNode());

    /** The best label of a node in a graph, if it has one. */
    public static Optional<String> best(Graph g, Node node) {
        if (!node.isURI() && !node.isBlank()) {
            return Optional.empty();
        }
        for (Node p : LABEL_PROPERTIES) {
            List<Node> literals = new ArrayList<>();
            g.find(node, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    literals.add(t.getObject());
                }
            });
            Optional<Node> pick = pick(literals);
            if (pick.isPresent()) {
                return Optional.of(pick.get().getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }

    /** The labels of a node worth copying into another resource's description: see {@link #pick}. */
    public static List<Triple> forLinked(Graph g, Node node) {
        List<Triple> all = g.find(node, RDFS.label.asNode(), Node.ANY).toList();
        List<Triple> preferred = all.stream().filter(t -> t.getObject().isLiteral())
                .filter(t -> rank(t.getObject()) <= 1).toList();
        return preferred.isEmpty() ? all : preferred;
    }

    /** The literal to show: @en, then en-*, then untagged, then the first other language tag. */
    public static Optional<Node> pick(List<Node> literals) {
        return literals.stream().min(Comparator.comparingInt(Labels::rank)
                .thenComparing(n -> n.getLiteralLanguage())
                .thenComparing(Node::getLiteralLexicalForm));
    }

    /** 0 for @en, 1 for en-* or no language, 2 for any other language. */
    static int rank(Node literal) {
        String lang = literal.getLiteralLanguage();
        if (lang.equalsIgnoreCase("en")) {
            return 0;
        }
        if (lang.isEmpty() || lang.toLowerCase(java.util.Locale.ROOT).startsWith("en-")) {
            return 1;
        }
        return 2;
    }
}
