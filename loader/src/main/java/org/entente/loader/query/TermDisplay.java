package org.entente.loader.query;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;

/**
 * An RDF term as {@code kg query --format table} shows it to a person:
 *
 * <ul>
 * <li>a literal: its lexical form, without quotes, datatype or language tag ({@code Norway},
 * {@code 1949-08-24});</li>
 * <li>an IRI: its English {@code rdfs:label} in the store ({@code @en}, else {@code @en-*}, else
 * one without a language tag; the first in code point order if there are several); an IRI
 * without one, shortened with the standard prefixes ({@code kg:membership/NATO/NOR/1949-08-24}),
 * or whole in angle brackets;</li>
 * <li>a blank node: {@code _:} and its label.</li>
 * </ul>
 *
 * Line breaks and tabs in a value are shown as spaces, so that a row stays one line.
 */
public final class TermDisplay implements Function<Node, String> {
    private final Map<Node, String> labels;
    private final PrefixMapping prefixes;

    private TermDisplay(Map<Node, String> labels, PrefixMapping prefixes) {
        this.labels = labels;
        this.prefixes = prefixes;
    }

    /** Without labels: IRIs shortened with the prefixes only. */
    public static TermDisplay prefixed(PrefixMapping prefixes) {
        return new TermDisplay(Map.of(), prefixes);
    }

    /** With the labels that a graph (the store's union graph) gives the IRIs of a result; the rows are rewound. */
    public static TermDisplay labelled(Graph graph, ResultSetRewindable rows, PrefixMapping prefixes) {
        Map<Node, String> labels = new HashMap<>();
        rows.reset();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            row.varNames().forEachRemaining(v -> {
                RDFNode value = row.get(v);
                if (value != null && value.isURIResource() && !labels.containsKey(value.asNode())) {
                    englishLabel(graph, value.asNode()).ifPresent(l -> labels.put(value.asNode(), l));
                }
            });
        }
        rows.reset();
        return new TermDisplay(labels, prefixes);
    }

    /** The English rdfs:label of an IRI in a graph, if it has one (see the class comment for which). */
    static Optional<String> englishLabel(Graph graph, Node iri) {
        return graph.find(iri, RDFS.label.asNode(), Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .filter(o -> o.isLiteral() && rank(o.getLiteralLanguage()) < 3)
                .min(Comparator.comparingInt((Node o) -> rank(o.getLiteralLanguage())).thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm);
    }

    /** 0 for en, 1 for en-*, 2 for no language tag, 3 for any other language. */
    private static int rank(String lang) {
        String l = lang.toLowerCase(Locale.ROOT);
        return l.equals("en") ? 0 : l.startsWith("en-") ? 1 : l.isEmpty() ? 2 : 3;
    }

    @Override
    public String apply(Node node) {
        if (node == null) {
            return "";
        }
        String shown;
        if (node.isLiteral()) {
            shown = node.getLiteralLexicalForm();
        } else if (node.isURI()) {
            String label = labels.get(node);
            if (label != null) {
                shown = label;
            } else {
                String shortForm = prefixes.shortForm(node.getURI());
                shown = shortForm.equals(node.getURI()) ? "<" + node.getURI() + ">" : shortForm;
            }
        } else if (node.isBlank()) {
            shown = "_:" + node.getBlankNodeLabel();
        } else {
            shown = node.toString();
        }
        return shown.replaceAll("[\\r\\n\\t]+", " ");
    }
}
