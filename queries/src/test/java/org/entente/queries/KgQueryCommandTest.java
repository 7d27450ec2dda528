package org.entente.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.entente.loader.cli.Kg;
import org.entente.loader.cli.KgCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg queries} and {@code kg query NAME} find the queries of this module by name. */
class KgQueryCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsAndRunsNamedQueries() {
        KgCli.Run list = Kg.capture("queries");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("nato-members-bordering-russia — NATO members bordering Russia"), list.out());
        assertTrue(list.out().contains("--param alliance=<organisation> (required)"), list.out());

        String store = dir.resolve("store").toString();
        KgCli.Run load = Kg.capture("load", "--quiet", "--store", store);
        assertEquals(0, load.exit(), load.err());
        KgCli.Run q = Kg.capture("query", "alliance-members-on-date", "--param", "alliance=CSTO", "--as-of", "2010-01-01",
                "--format", "tsv", "--store", store);
        assertEquals(0, q.exit(), q.err());
        assertEquals(8, q.out().lines().count(), q.out()); // a header and the seven members of 2010
        assertTrue(q.out().contains("\"Uzbekistan\""), q.out());
    }
}
