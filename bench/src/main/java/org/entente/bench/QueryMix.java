package org.entente.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.entente.loader.BundledData;
import org.entente.loader.mapping.Catalogue;
import org.entente.ontology.IriScheme;
import org.entente.loader.query.NamedQuery;
import org.entente.loader.query.NamedQueryRegistry;
import org.entente.loader.query.QueryParameter;

/**
 * The requests of the query benchmark: every named query of the project, its parameters bound to
 * fixed sample values (NATO, POL, the North Atlantic Treaty, 2022-01-25) and written out as plain
 * SPARQL text, so that a server with no project code (a plain Fuseki) answers exactly the query
 * that {@code kg query NAME --param ...} would run.
 */
final class QueryMix {

    /** One request: the named query's name and the SPARQL text to send. */
    record Request(String name, String sparql) {}

    private static final Map<String, String> SAMPLES = Map.of(
            "DATE", "2022-01-25", "ORGANISATION", "NATO", "STATE", "POL", "TREATY", "north-atlantic-treaty");

    private static final String PREFIXES = "PREFIX ent: <" + org.entente.ontology.ENT.NS + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";

    /**
     * Two queries written for the scaled corpus, not named queries of the project: a star join
     * (five patterns on one event) and a two-hop join (facts to the states that act in them to
     * the organisations those states are members of today, from the membership nodes).
     */
    static final List<Request> SCALED = List.of(
            new Request("bench-star-join", PREFIXES
                    + "SELECT ?event ?agent ?place ?time ?quote WHERE {\n"
                    + "  ?event a ent:Event ; ent:agent ?agent ; ent:place ?place ; ent:time ?time ; ent:evidence ?quote .\n"
                    + "  ?agent a ent:State .\n"
                    + "} ORDER BY DESC(?time) ?event LIMIT 100\n"),
            new Request("bench-two-hop", PREFIXES
                    + "SELECT ?org (COUNT(DISTINCT ?fact) AS ?facts) WHERE {\n"
                    + "  ?fact ent:agent ?state .\n"
                    + "  ?m ent:member ?state ; ent:organisation ?org ; ent:startDate ?since .\n"
                    + "  OPTIONAL { ?m ent:endDate ?until }\n"
                    + "  BIND (xsd:date(SUBSTR(STR(NOW()), 1, 10)) AS ?today)\n"
                    + "  FILTER (?since <= ?today && (!BOUND(?until) || ?until >= ?today))\n"
                    + "} GROUP BY ?org ORDER BY DESC(?facts) ?org\n"));

    private QueryMix() {}

    static List<Request> all(List<String> only) {
        IriScheme scheme = IriScheme.defaultScheme();
        Catalogue catalogue = Catalogue.of(BundledData.reference(), scheme);
        List<Request> out = new ArrayList<>();
        for (NamedQuery q : NamedQueryRegistry.fromClasspath().all()) {
            if (!only.isEmpty() && !only.contains(q.name())) {
                continue;
            }
            Map<Var, Node> binding = new HashMap<>();
            for (QueryParameter p : q.parameters()) {
                String raw = SAMPLES.getOrDefault(p.type().name(), p.defaultValue().orElse(null));
                if (raw == null) {
                    throw new IllegalStateException("no sample value for parameter " + p.name() + " of " + q.name());
                }
                binding.put(Var.alloc(p.name()), p.type().parse(raw, catalogue, scheme, Clock.systemDefaultZone()));
            }
            Query bound = binding.isEmpty() ? q.query() : QueryTransformOps.transform(q.query(), binding);
            out.add(new Request(q.name(), bound.serialize()));
        }
        for (Request r : SCALED) {
            if (only.isEmpty() || only.contains(r.name())) {
                out.add(r);
            }
        }
        return out;
    }
}
