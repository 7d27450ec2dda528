package org.entente.loader.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.entente.loader.query.NamedQuery;
import org.entente.loader.query.NamedQueryRegistry;
import org.entente.loader.query.QueryParameter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kg queries}: lists the named queries and their parameters. */
@Command(name = "queries", description = "Lists the named queries and their parameters.")
public final class QueriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (NamedQuery q : NamedQueryRegistry.fromClasspath().all()) {
            out.println(q.name() + " — " + q.title());
            out.println("    " + q.description());
            for (QueryParameter p : q.parameters()) {
                out.println("    --param " + p.name() + "=<" + p.type().name().toLowerCase(java.util.Locale.ROOT) + ">"
                        + p.defaultValue().map(d -> " (default " + d + ")").orElse(" (required)") + ": " + p.description());
            }
        }
        return 0;
    }
}
