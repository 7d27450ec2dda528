package org.entente.loader.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.jena.shared.PrefixMapping;
import org.entente.loader.Prefixes;
import org.entente.loader.StoreStatistics;
import org.entente.loader.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kg stats}: triples per graph, instances per class. */
@Command(name = "stats", description = "Prints the triples of each graph and the instances of each class.")
public final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    KgCommand kg;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrefixMapping pm = Prefixes.standard(kg.graphs().scheme());
        try (KgStore store = kg.openExistingStore()) {
            StoreStatistics.Stats stats = StoreStatistics.of(store);
            out.println("Triples per graph:");
            for (StoreStatistics.GraphCount g : stats.graphs()) {
                out.printf("  %-60s %9d%n", g.graph(), g.triples());
            }
            out.printf("  %-60s %9d%n", "total", stats.totalTriples());
            out.println();
            out.println("Instances per class:");
            for (StoreStatistics.ClassCount c : stats.classes()) {
                out.printf("  %-60s %9d%n", pm.shortForm(c.type()), c.instances());
            }
        }
        return 0;
    }
}
