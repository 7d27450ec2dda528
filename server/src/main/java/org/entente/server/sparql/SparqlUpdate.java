package org.entente.server.sparql;

import static org.apache.jena.fuseki.servlets.SPARQLProtocol.messageForException;
import static org.apache.jena.fuseki.servlets.SPARQLProtocol.messageForParseException;

import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.lang.UpdateParser;
import org.apache.jena.sparql.modify.UpdateSink;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.UsingUpdateSink;
import org.apache.jena.sparql.modify.request.QuadDataAccSink;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateProcessorStreaming;
import org.apache.jena.update.UpdateStreaming;

/**
 * The SPARQL Update operation of {@code /kg/update}: Fuseki's, with two differences.
 *
 * <ul>
 * <li>{@code LOAD} is refused (422) before anything is fetched. Jena's LOAD reads any URL the
 * update names, {@code file:} included, so it would let a client make the server read its own
 * files (a parse error then quotes their first token) or fetch from the internal network. Data
 * is sent to the server with the Graph Store Protocol instead.</li>
 * <li>The update runs with the endpoint's context (Fuseki runs updates with the dataset's only),
 * so the SERVICE allow-list applies to {@code SERVICE} in an update's WHERE clause as it does to
 * queries.</li>
 * </ul>
 *
 * The request is still parsed and executed as a stream inside one write transaction, and any
 * error aborts the whole request. (That the body is complete before parsing starts is
 * {@link org.entente.server.http.RequestLimitsFilter}'s job.)
 */
public final class SparqlUpdate extends SPARQL_Update {
    private static final String BASE = Fuseki.BaseParserSPARQL;
    private static final IRIxResolver RESOLVER = IRIxResolver.create().base(BASE).resolve(true).allowRelative(false).build();

    @Override
    protected void execute(HttpAction action, InputStream input) {
        UsingList using = usingList(action.getRequest());
        action.beginWrite();
        try {
            parseExecute(action, using, input);
            action.commit();
        } catch (QueryDeniedException ex) {
            // LOAD, or SERVICE to an endpoint not on the allow-list: 422 with the message.
            ActionLib.consumeBody(action);
            action.abortSilent();
            action.log.info(String.format("[%d] refused: %s", action.id, ex.getMessage()));
            throw ex;
        } catch (UpdateException ex) {
            ActionLib.consumeBody(action);
            action.abortSilent();
            ServletOps.errorOccurred(ex.getMessage());
        } catch (QueryParseException ex) {
            ActionLib.consumeBody(action);
            action.abortSilent();
            String msg = messageForParseException(ex);
            action.log.warn(String.format("[%d] Parse error: %s", action.id, msg));
            ServletOps.errorBadRequest(msg);
        } catch (QueryBuildException | QueryExceptionHTTP ex) {
            ActionLib.consumeBody(action);
            action.abortSilent();
            String msg = messageForException(ex);
            action.log.warn(String.format("[%d] Bad request: %s", action.id, msg));
            ServletOps.errorBadRequest(msg);
        } catch (OperationDeniedException | ActionErrorException ex) {
            ActionLib.consumeBody(action);
            action.abortSilent();
            throw ex;
        } catch (Throwable ex) {
            ActionLib.consumeBody(action);
            action.abortSilent();
            ServletOps.errorOccurred(ex.getMessage(), ex);
        } finally {
            action.endWrite();
        }
    }

    /** UpdateAction.parseExecute, with the action's context and a sink that refuses LOAD. */
    private static void parseExecute(HttpAction action, UsingList using, InputStream input) {
        UpdateProcessorStreaming proc = UpdateStreaming.createStreaming(DatasetFactory.wrap(action.getActiveDSG()),
                action.getContext());
        proc.startRequest();
        try {
            UpdateSink sink = new NoLoad(new UsingUpdateSink(proc.getUpdateSink(), using));
            try {
                UpdateParser parser = UpdateParser.createParser(Syntax.syntaxARQ);
                if (proc.getPrologue().getBase() == null) {
                    proc.getPrologue().setBase(IRIx.create(BASE));
                }
                parser.parse(sink, proc.getPrologue(), input);
            } finally {
                sink.close();
            }
        } finally {
            proc.finishRequest();
        }
    }

    /** The using-graph-uri and using-named-graph-uri protocol parameters. */
    private static UsingList usingList(HttpServletRequest request) {
        UsingList list = new UsingList();
        String[] using = request.getParameterValues(HttpNames.paramUsingGraphURI);
        String[] usingNamed = request.getParameterValues(HttpNames.paramUsingNamedGraphURI);
        if (using != null) {
            for (String iri : using) {
                list.addUsing(node(iri));
            }
        }
        if (usingNamed != null) {
            for (String iri : usingNamed) {
                list.addUsingNamed(node(iri));
            }
        }
        return list;
    }

    private static Node node(String iri) {
        try {
            return NodeFactory.createURI(RESOLVER.resolve(iri).str());
        } catch (RuntimeException e) {
            ServletOps.errorBadRequest("SPARQL Update: bad IRI: " + iri);
            return null;
        }
    }

    /** Passes every operation on, except LOAD, which ends the request. */
    private static final class NoLoad implements UpdateSink {
        private final UpdateSink sink;

        NoLoad(UpdateSink sink) {
            this.sink = sink;
        }

        @Override
        public void send(Update update) {
            if (update instanceof UpdateLoad load) {
                throw new QueryDeniedException("LOAD <" + load.getSource() + "> refused: this server does not fetch data;"
                        + " send it with the Graph Store Protocol (PUT or POST /kg/data?graph=IRI)");
            }
            sink.send(update);
        }

        @Override
        public QuadDataAccSink createInsertDataSink() {
            return sink.createInsertDataSink();
        }

        @Override
        public QuadDataAccSink createDeleteDataSink() {
            return sink.createDeleteDataSink();
        }

        @Override
        public void flush() {
            sink.flush();
        }

        @Override
        public void close() {
            sink.close();
        }
    }
}
