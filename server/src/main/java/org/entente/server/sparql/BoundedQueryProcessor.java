package org.entente.server.sparql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The SPARQL query operation of {@code /kg/sparql}: Fuseki's, except that a SELECT is computed
 * completely before the first byte is sent, with at most {@code maxRows} rows, and that a query
 * stopped by the timeout gets a message that says so.
 *
 * <p>Fuseki streams SELECT results as they are computed. A query whose first row comes quickly but
 * whose result is huge (a cross product of all triples) would then start a 200 response and be cut
 * off by the timeout half way through, which a client sees as a broken download rather than an
 * error. Computing the rows first means the timeout (503) and the row limit (422) are always
 * proper HTTP errors with a message; the limit also bounds the memory a query can take.
 * (CONSTRUCT and DESCRIBE results are computed first by Fuseki itself.)
 */
public final class BoundedQueryProcessor extends SPARQL_QueryDataset {
    private final int maxRows;
    private final Duration timeout;

    public BoundedQueryProcessor(int maxRows, Duration timeout) {
        this.maxRows = maxRows;
        this.timeout = timeout;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        try {
            if (!requestQuery.isSelectType()) {
                return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
            }
            RowSet rows = queryExec.select();
            List<Binding> buffer = new ArrayList<>();
            while (rows.hasNext()) {
                if (buffer.size() >= maxRows) {
                    ServletOps.error(422, "The result has more than " + maxRows + " rows, the most this endpoint returns. "
                            + "Narrow the query, or page through it with ORDER BY, LIMIT and OFFSET.");
                }
                buffer.add(rows.next());
            }
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), buffer.iterator()));
        } catch (QueryCancelledException e) {
            action.log.info(String.format("[%d] query stopped by the timeout", action.id));
            ServletOps.error(503, "Query timed out: it was stopped after its time limit (this endpoint allows at most "
                    + seconds(timeout) + "). Narrow the query (fewer unbound patterns, a LIMIT) and try again.");
            return null;
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
