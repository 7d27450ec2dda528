package org.entente.server.sparql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The SPARQL query operation of {@code /kg/sparql}: Fuseki's, except that every result is
 * computed completely before the first byte is sent, with at most {@code maxRows} rows (SELECT,
 * JSON) or triples (CONSTRUCT, DESCRIBE), that a query stopped by the timeout gets a message that
 * says so, and that the {@link MemoryGuard} may stop a running query when the heap runs short.
 *
 * <p>Fuseki streams SELECT results as they are computed. A query whose first row comes quickly but
 * whose result is huge (a cross product of all triples) would then start a 200 response and be cut
 * off by the timeout half way through, which a client sees as a broken download rather than an
 * error. Computing the rows first means the timeout (503) and the row limit (422) are always
 * proper HTTP errors with a message; the limit also bounds the memory a result can take. Fuseki
 * computes CONSTRUCT and DESCRIBE results into an in-memory graph with no bound at all, so they
 * are counted here too.
 */
public final class BoundedQueryProcessor extends SPARQL_QueryDataset {
    private final int maxRows;
    private final Duration timeout;
    private final MemoryGuard guard;

    public BoundedQueryProcessor(int maxRows, Duration timeout, MemoryGuard guard) {
        this.maxRows = maxRows;
        this.timeout = timeout;
        this.guard = guard;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        try (AutoCloseable tracked = guard.track(queryExec)) {
            try {
                return execute(queryExec, requestQuery, action, queryStringLog);
            } catch (ActionErrorException e) {
                throw e;
            } catch (RuntimeException e) {
                // A stopped query ends with QueryCancelledException, or, if it was stopped inside
                // an ORDER BY, with whatever the closed sort throws ("SortedDataBag is closed").
                if (guard.stopped(queryExec)) {
                    action.log.warn(String.format("[%d] query stopped: the server ran short of memory", action.id));
                    ServletOps.error(503, "Query stopped: the server ran short of memory while running it (with this and"
                            + " other queries). Narrow the query (fewer unbound patterns, no ORDER BY or GROUP BY over"
                            + " everything, a LIMIT) and try again.");
                }
                if (!(e instanceof QueryCancelledException)) {
                    throw e;
                }
                action.log.info(String.format("[%d] query stopped by the timeout", action.id));
                ServletOps.error(503, "Query timed out: it was stopped after its time limit (this endpoint allows at most "
                        + seconds(timeout) + "). Narrow the query (fewer unbound patterns, a LIMIT) and try again.");
                return null;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private QueryExecResult execute(QueryExec queryExec, Query query, HttpAction action, String queryStringLog) {
        if (query.isSelectType()) {
            RowSet rows = queryExec.select();
            List<Binding> buffer = new ArrayList<>();
            while (rows.hasNext()) {
                if (buffer.size() >= maxRows) {
                    tooBig("rows");
                }
                buffer.add(rows.next());
            }
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), buffer.iterator()));
        }
        if (query.isConstructType()) {
            DatasetGraph result = DatasetGraphFactory.createGeneral();
            long n = 0;
            for (Iterator<Quad> it = queryExec.constructQuads(); it.hasNext();) {
                Quad q = it.next();
                if (!result.contains(q)) {
                    if (++n > maxRows) {
                        tooBig("triples");
                    }
                    result.add(q);
                }
            }
            return new QueryExecResult(result);
        }
        if (query.isDescribeType()) {
            Graph result = GraphMemFactory.createDefaultGraph();
            for (Iterator<Triple> it = queryExec.describeTriples(); it.hasNext();) {
                result.add(it.next());
                if (result.size() > maxRows) {
                    tooBig("triples");
                }
            }
            return new QueryExecResult(result);
        }
        if (query.isJsonType()) {
            List<JsonObject> items = new ArrayList<>();
            for (Iterator<JsonObject> it = queryExec.execJsonItems(); it.hasNext();) {
                if (items.size() >= maxRows) {
                    tooBig("items");
                }
                items.add(it.next());
            }
            return new QueryExecResult(items.iterator());
        }
        return super.executeQuery(action, queryExec, query, queryStringLog);
    }

    private void tooBig(String what) {
        ServletOps.error(422, "The result has more than " + maxRows + " " + what + ", the most this endpoint returns. "
                + "Narrow the query, or page through it with ORDER BY, LIMIT and OFFSET.");
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
