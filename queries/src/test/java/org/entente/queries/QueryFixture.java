package org.entente.queries;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.entente.loader.Loader;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.query.NamedQuery;
import org.entente.loader.query.NamedQueryRegistry;
import org.entente.loader.query.QueryService;
import org.entente.loader.store.KgStore;
import org.entente.ontology.IriScheme;

/**
 * The bundled data loaded once into a store in memory, and a way to run a named query and read
 * its rows as short strings: entity IRIs as their path under {@code id/} (state/POL), literals as
 * their lexical form.
 */
final class QueryFixture {
    /** "Today" for every test, so that default dates give the same answer on any day. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    static final GraphNames GRAPHS = new GraphNames(IriScheme.defaultScheme());
    private static KgStore store;

    static synchronized KgStore store() {
        if (store == null) {
            store = KgStore.inMemory();
            new Loader(store, GRAPHS, TODAY, true, Loader.Progress.none()).loadBundled();
        }
        return store;
    }

    static NamedQuery query(String name) {
        return NamedQueryRegistry.fromClasspath().get(name)
                .orElseThrow(() -> new AssertionError("no named query " + name));
    }

    /** Runs a named query and returns its rows, each a map from variable to short string. */
    static List<Map<String, String>> rows(String name, Map<String, String> params) {
        return rows(name, params, TODAY);
    }

    /** Runs a named query on the same store with another clock, which decides what "today" is. */
    static List<Map<String, String>> rows(String name, Map<String, String> params, Clock clock) {
        return rows(store(), name, params, clock);
    }

    /** Runs a named query on another store. */
    static List<Map<String, String>> rows(KgStore on, String name, Map<String, String> params, Clock clock) {
        QueryService service = new QueryService(GRAPHS, clock);
        QueryService.Answer answer = service.run(on, query(name), params, 30_000);
        if (!(answer instanceof QueryService.Answer.Select select)) {
            throw new AssertionError(name + " is not a SELECT query");
        }
        List<Map<String, String>> out = new ArrayList<>();
        select.rows().reset();
        List<String> vars = select.rows().getResultVars();
        while (select.rows().hasNext()) {
            QuerySolution s = select.rows().next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : vars) {
                RDFNode n = s.get(v);
                row.put(v, n == null ? null : shortForm(n));
            }
            out.add(row);
        }
        return out;
    }

    /** One column of the rows. */
    static List<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).toList();
    }

    private static String shortForm(RDFNode n) {
        if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            String ids = IriScheme.DEFAULT_BASE + "id/";
            String graphs = IriScheme.DEFAULT_BASE + "graph/";
            if (iri.startsWith(ids)) {
                return iri.substring(ids.length());
            }
            if (iri.startsWith(graphs)) {
                return "graph/" + iri.substring(graphs.length());
            }
            return iri;
        }
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        return n.toString();
    }

    private QueryFixture() {}
}
