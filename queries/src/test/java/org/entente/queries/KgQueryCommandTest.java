package org.entente.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.entente.loader.cli.Kg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code kg queries} and {@code kg query NAME} find the queries of this module by name. */
class KgQueryCommandTest {

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        CommandLine cli = Kg.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }

    @Test
    void listsAndRunsNamedQueries() {
        String[] list = run("queries");
        assertEquals("0", list[0]);
        assertTrue(list[1].contains("nato-members-bordering-russia — NATO members bordering Russia"), list[1]);
        assertTrue(list[1].contains("--param alliance=<organisation> (required)"), list[1]);

        String store = dir.resolve("store").toString();
        assertEquals("0", run("load", "--quiet", "--store", store)[0]);
        String[] q = run("query", "alliance-members-on-date", "--param", "alliance=CSTO", "--as-of", "2010-01-01",
                "--format", "tsv", "--store", store);
        assertEquals("0", q[0], q[2]);
        assertEquals(8, q[1].lines().count(), q[1]); // a header and the seven members of 2010
        assertTrue(q[1].contains("\"Uzbekistan\""), q[1]);
    }
}
