package org.entente.server.bench;

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
        return out;
    }
}
