package org.entente.server.ld;

import java.io.ByteArrayOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;

/** Writes a graph in one of the RDF formats, with the standard prefixes. */
public final class RdfOutput {
    private RdfOutput() {}

    /** The graph in the format (which must be an RDF format), as UTF-8 bytes. */
    public static byte[] write(Graph graph, Format format, PrefixMapping prefixes) {
        if (!format.isRdf()) {
            throw new IllegalArgumentException("not an RDF format: " + format);
        }
        Graph g = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(g::add);
        PrefixMapping all = PrefixMapping.Factory.create();
        if (prefixes != null) {
            all.setNsPrefixes(prefixes);
        }
        all.setNsPrefixes(graph.getPrefixMapping());
        g.getPrefixMapping().setNsPrefixes(used(g, all));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(g).format(format.rdfFormat()).output(out);
        return out.toByteArray();
    }

    /** The prefixes whose namespace some IRI of the graph (or a datatype) starts with. */
    static java.util.Map<String, String> used(Graph g, PrefixMapping pm) {
        java.util.Set<String> iris = new java.util.HashSet<>();
        g.find().forEachRemaining(t -> {
            for (org.apache.jena.graph.Node n : new org.apache.jena.graph.Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI()) {
                    iris.add(n.getURI());
                } else if (n.isLiteral()) {
                    iris.add(n.getLiteralDatatypeURI());
                }
            }
        });
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        pm.getNsPrefixMap().forEach((prefix, ns) -> {
            if (iris.stream().anyMatch(i -> i != null && i.startsWith(ns))) {
                out.put(prefix, ns);
            }
        });
        return out;
    }

    /** An empty document in the format (for 404 responses to RDF clients). */
    public static byte[] empty(Format format) {
        if (format == Format.TURTLE || format == Format.NTRIPLES) {
            // A comment is a valid (empty) Turtle or N-Triples document.
            return "# Not found: this dataset has no description of the requested IRI.\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return write(GraphFactory.createDefaultGraph(), format, null);
    }
}
