package org.entente.server.sparql;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * A link in Jena's chain of SERVICE executors that lets a SERVICE call through only if its
 * endpoint is on the allow-list (exact match of the URL). Everything else is refused with
 * {@link QueryDeniedException}, which Fuseki answers with 422 and the message. With an empty list,
 * every SERVICE call is refused.
 */
public final class ServiceAllowList implements ChainingServiceExecutor {
    private final Set<String> allowed;

    public ServiceAllowList(List<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /**
     * Puts, into {@code context}, a copy of the global SERVICE executor registry with this
     * allow-list in front, so that query executions with this context check every SERVICE call.
     */
    public static void install(Context context, List<String> allowed) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.addSingleLink(new ServiceAllowList(allowed));
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        if (!service.isURI()) {
            throw new QueryDeniedException("SERVICE needs the IRI of an endpoint; a variable that is not bound to one is refused");
        }
        String url = service.getURI();
        if (!allowed.contains(url)) {
            throw new QueryDeniedException(allowed.isEmpty()
                    ? "SERVICE <" + url + "> refused: this endpoint does not make federated queries"
                            + " (the server allows them only to the endpoints given with --federate)"
                    : "SERVICE <" + url + "> refused: the endpoints that SERVICE may call are " + allowed.stream().sorted().toList());
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
