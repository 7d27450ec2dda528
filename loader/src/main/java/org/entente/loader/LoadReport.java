package org.entente.loader;

import java.util.List;

/**
 * What a load wrote: the triples of each graph it replaced and how long it took. Where the time
 * went is reported phase by phase to the load's {@link Loader.Progress} (see {@link PhaseTimes}).
 */
public record LoadReport(List<GraphLoad> graphs, long totalMillis) {

    /** One graph: its name, its triples after the load, and the milliseconds spent on it. */
    public record GraphLoad(String graph, long triples, long millis) {}
}
