package org.entente.loader.store;

import org.apache.jena.riot.system.StreamRDF;

/**
 * The stream of quads that {@link KgStore#bulkWrite} gives its action. Besides the quads it takes
 * one hint: {@link #mark} says that the quads sent so far are a run the writer can sort now, while
 * the caller computes the rest (a load's inferred quads); {@link #finish} ends the data.
 */
public interface BulkStream extends StreamRDF {
    /**
     * The quads sent so far can be sorted into the indexes' orders now; the rest follow. Changes
     * nothing in what is written. At most one mark counts; later ones are ignored.
     */
    void mark();
}
