package org.entente.loader;

import java.util.List;

/**
 * What a load wrote: the triples of each graph it replaced, how long it took, and where the time
 * went.
 */
public record LoadReport(List<GraphLoad> graphs, long totalMillis, Phases phases) {

    public LoadReport(List<GraphLoad> graphs, long totalMillis) {
        this(graphs, totalMillis, Phases.NONE);
    }

    /** One graph: its name, its triples after the load, and the milliseconds spent on it. */
    public record GraphLoad(String graph, long triples, long millis) {}

    /**
     * The milliseconds of each phase of a load: reading and mapping the sources, writing the
     * source graphs, computing the inferences, writing the inferred graph, SHACL validation, and
     * the commit (for a remote load, sending the graphs).
     */
    public record Phases(long readMap, long writes, long inference, long inferredWrite, long validation, long commit) {
        public static final Phases NONE = new Phases(0, 0, 0, 0, 0, 0);

        public Phases withReadMap(long millis) {
            return new Phases(millis, writes, inference, inferredWrite, validation, commit);
        }

        public Phases withCommit(long millis) {
            return new Phases(readMap, writes, inference, inferredWrite, validation, millis);
        }

        /** One line: {@code read+map 1.2 s, writes 0.4 s, ...}. */
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "read+map %.1f s, writes %.1f s, inference %.1f s, inferred graph write %.1f s, SHACL %.1f s, commit %.1f s",
                    readMap / 1000.0, writes / 1000.0, inference / 1000.0, inferredWrite / 1000.0, validation / 1000.0,
                    commit / 1000.0);
        }
    }

    public LoadReport withPhases(Phases p) {
        return new LoadReport(graphs, totalMillis, p);
    }
}
