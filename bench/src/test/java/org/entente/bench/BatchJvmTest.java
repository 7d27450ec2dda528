package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark gives kg's load children the options the launcher gives kg load, from the one file both read. */
class BatchJvmTest {
    @TempDir
    Path dir;

    @Test
    void readsAJavaArgumentFileWithComments() throws IOException {
        Path f = dir.resolve("x.args");
        Files.writeString(f, "# a comment\n-Xa  -Xb # after\n\n   # indented comment\n-Dk=v\n");
        assertEquals(List.of("-Xa", "-Xb", "-Dk=v"), BatchJvm.parse(f));
    }

    @Test
    void theRepositorysFileIsTheOneTheLauncherPasses() throws IOException {
        Path file = BatchJvm.file();
        assertNotNull(file, BatchJvm.FILE + " is found from the bench module's classes");
        assertEquals(List.of("-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=20000", "-XX:Tier4CompileThreshold=60000",
                "-XX:Tier4BackEdgeThreshold=1000000", "-XX:+UseParallelGC", "-XX:InitialRAMPercentage=30"), BatchJvm.options());
        Path launcher = file.getParent().getParent().getParent().getParent().getParent().resolve("kg");
        String script = Files.readString(launcher);
        assertTrue(script.contains("load|unload) batch=(\"@$root/" + BatchJvm.FILE + "\")"), "./kg passes " + BatchJvm.FILE + " to kg load and kg unload");
    }
}
