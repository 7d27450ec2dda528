package org.entente.loader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.entente.loader.mapping.GraphNames;
import org.entente.loader.store.KgStore;
import org.entente.ontology.IriScheme;
import org.junit.jupiter.api.Test;

class LoaderTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void loadsTheBundledData() {
        try (KgStore store = KgStore.inMemory()) {
            LoadReport r = new Loader(store, new GraphNames(IriScheme.defaultScheme()), CLOCK, true,
                    System.out::println).loadBundled();
            r.graphs().forEach(System.out::println);
            assertTrue(r.graphs().size() >= 6);
        }
    }
}
