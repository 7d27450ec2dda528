package org.entente.loader.query;

import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.entente.loader.KgException;
import org.entente.loader.Text;
import org.entente.loader.mapping.Catalogue;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.store.KgStore;

/**
 * Runs named queries: validates their parameters, binds each to its variable as a typed RDF term
 * (never by editing the query text), and executes the query with a timeout.
 */
public final class QueryService {
    private final GraphNames graphs;
    private final Clock clock;

    public QueryService(GraphNames graphs, Clock clock) {
        this.graphs = graphs;
        this.clock = clock;
    }

    /** The query took longer than its timeout and was stopped. */
    public static final class QueryTimeoutException extends KgException {
        private static final long serialVersionUID = 1L;

        public QueryTimeoutException(long millis) {
            super("the query was stopped after its timeout of " + millis + " ms");
        }

        @Override
        public boolean isBadInput() {
            return false;
        }
    }

    /**
     * Checks the raw parameters against the query's declaration and turns them into a binding.
     * Unknown, missing and invalid parameters fail with {@link ParameterException}.
     */
    public Binding bind(NamedQuery query, Map<String, String> raw, DatasetGraph dsg) {
        for (String name : raw.keySet()) {
            if (query.parameter(name).isEmpty()) {
                throw new ParameterException(Text.shorten(name, 40),
                        "is not a parameter of query '" + query.name() + "'"
                                + (query.parameters().isEmpty() ? " (it takes none)"
                                        : "; its parameters are " + query.parameters().stream().map(QueryParameter::name).toList()));
            }
        }
        Catalogue catalogue = Catalogue.of(dsg.getUnionGraph(), graphs.scheme());
        BindingBuilder b = BindingBuilder.create();
        for (QueryParameter p : query.parameters()) {
            String value = raw.containsKey(p.name()) ? raw.get(p.name()) : p.defaultValue().orElse(null);
            if (value == null || (raw.containsKey(p.name()) && value.isBlank())) {
                throw new ParameterException(p.name(), "is required: " + p.type().expected());
            }
            Node node;
            try {
                node = p.type().parse(value, catalogue, graphs.scheme(), clock);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(p.name(), e.getMessage());
            }
            b.add(Var.alloc(p.name()), node);
        }
        return b.build();
    }

    /** A SELECT, ASK or CONSTRUCT/DESCRIBE answer, materialised so that it outlives the transaction. */
    public sealed interface Answer {
        record Select(ResultSetRewindable rows) implements Answer {}
        record Ask(boolean answer) implements Answer {}
        record Graph(Model model) implements Answer {}
    }

    /** Runs a query with parameters in a read transaction of the store. */
    public Answer run(KgStore store, NamedQuery query, Map<String, String> raw, long timeoutMillis) {
        return store.read(dsg -> execute(dsg, query.query(), bind(query, raw, dsg), timeoutMillis));
    }

    /** Runs a parsed query over a dataset (inside the caller's transaction). */
    public Answer execute(DatasetGraph dsg, Query query, Binding binding, long timeoutMillis) {
        QueryExecBuilder builder = QueryExec.dataset(dsg).query(query).substitution(binding);
        if (timeoutMillis > 0) {
            builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        try (QueryExec exec = builder.build()) {
            if (query.isSelectType()) {
                RowSet rows = exec.select();
                ResultSet rs = ResultSet.adapt(rows);
                return new Answer.Select(ResultSetFactory.copyResults(rs));
            }
            if (query.isAskType()) {
                return new Answer.Ask(exec.ask());
            }
            if (query.isConstructType()) {
                return new Answer.Graph(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(exec.construct()));
            }
            return new Answer.Graph(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(exec.describe()));
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException(timeoutMillis);
        }
    }

    /** Writes an answer: SELECT and ASK in a result format, graphs as Turtle (or JSON-LD for JSON). */
    public static void write(Answer answer, ResultFormat format, OutputStream out, org.apache.jena.shared.PrefixMapping prefixes) {
        if (answer instanceof Answer.Select s) {
            s.rows().reset();
            format.write(out, s.rows(), prefixes);
        } else if (answer instanceof Answer.Ask a) {
            format.write(out, a.answer());
        } else if (answer instanceof Answer.Graph g) {
            g.model().setNsPrefixes(prefixes);
            RDFDataMgr.write(out, g.model(), format == ResultFormat.JSON ? Lang.JSONLD : Lang.TURTLE);
        }
    }

    /**
     * Writes an answer for a person: a SELECT as a {@link TextTable} whose IRIs show the labels
     * that the store gives them ({@link TermDisplay}); ASK and graphs as {@link #write} does.
     */
    public static void writeForPeople(KgStore store, Answer answer, OutputStream out, org.apache.jena.shared.PrefixMapping prefixes) {
        if (answer instanceof Answer.Select s) {
            TermDisplay display = store.read(dsg -> TermDisplay.labelled(dsg.getUnionGraph(), s.rows(), prefixes));
            TextTable.write(out, s.rows(), display);
        } else {
            write(answer, ResultFormat.TABLE, out, prefixes);
        }
    }

    /** Splits {@code key=value} pairs into a map, rejecting malformed and repeated ones. */
    public static Map<String, String> parsePairs(List<String> pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(pair, "is not of the form key=value");
            }
            String key = pair.substring(0, eq).strip();
            if (out.put(key, pair.substring(eq + 1)) != null) {
                throw new ParameterException(key, "is given more than once");
            }
        }
        return out;
    }
}
