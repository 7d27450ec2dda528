/**
 * {@code kg bench}: a reproducible benchmark of kg against Jena's own tools (tdb2.tdbloader, a plain
 * Fuseki) on a synthetic corpus. Each side runs in a child JVM; see docs/benchmark.md.
 */
package org.entente.bench;
