package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.entente.loader.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags, then environment, then the configuration file, then the defaults. */
class ServeSettingsTest {

    @TempDir
    Path dir;

    @Test
    void defaults() {
        ServeSettings s = ServeSettings.resolve(Map.of(), Map.of(), Optional.empty());
        assertEquals(Path.of("store"), s.store());
        assertEquals("https://w3id.org/entente/", s.baseIri());
        assertEquals(3030, s.config().port());
        assertEquals(Duration.ofSeconds(30), s.config().queryTimeout());
        assertTrue(s.config().credentials().isEmpty());
        assertTrue(s.config().federate().isEmpty());
        assertFalse(s.config().localhostOnly());
    }

    @Test
    void localhostOnly() {
        assertTrue(ServeSettings.resolve(Map.of("localhost", "true"), Map.of(), Optional.empty()).config().localhostOnly());
        assertTrue(ServeSettings.resolve(Map.of(), Map.of("ENTENTE_LOCALHOST", "yes"), Optional.empty()).config().localhostOnly());
        assertEquals("ENTENTE_LOCALHOST is 'maybe'; expected true or false", assertThrows(UsageException.class,
                () -> ServeSettings.resolve(Map.of(), Map.of("ENTENTE_LOCALHOST", "maybe"), Optional.empty())).getMessage());
    }

    @Test
    void bodySizeLimits() {
        ServerConfig dflt = ServeSettings.resolve(Map.of(), Map.of(), Optional.empty()).config();
        assertEquals(1L << 20, dflt.maxQueryBytes());
        assertEquals(64L << 20, dflt.maxUpdateBytes());
        ServerConfig set = ServeSettings.resolve(Map.of(), Map.of("ENTENTE_MAX_QUERY_BYTES", "512K",
                "ENTENTE_MAX_UPDATE_BYTES", "2 MiB"), Optional.empty()).config();
        assertEquals(512L << 10, set.maxQueryBytes());
        assertEquals(2L << 20, set.maxUpdateBytes());
        assertEquals("ENTENTE_MAX_UPDATE_BYTES is '12'; expected a size in bytes from 1024 up, such as 65536, 512K or 64M",
                assertThrows(UsageException.class, () -> ServeSettings.resolve(Map.of(),
                        Map.of("ENTENTE_MAX_UPDATE_BYTES", "12"), Optional.empty())).getMessage());
        assertThrows(UsageException.class, () -> ServeSettings.resolve(Map.of(),
                Map.of("ENTENTE_MAX_QUERY_BYTES", "lots"), Optional.empty()));
    }

    @Test
    void flagsBeatEnvironmentBeatsFileBeatsDefaults() throws IOException {
        Path config = write("server.properties", """
                port=4000
                store=/data/from-file
                queryTimeout=10
                federate=https://query.wikidata.org/sparql
                baseIri=https://example.org/kg/
                """);
        ServeSettings fileOnly = ServeSettings.resolve(Map.of(), Map.of(), Optional.of(config));
        assertEquals(4000, fileOnly.config().port());
        assertEquals(Path.of("/data/from-file"), fileOnly.store());
        assertEquals(Duration.ofSeconds(10), fileOnly.config().queryTimeout());
        assertEquals(List.of("https://query.wikidata.org/sparql"), fileOnly.config().federate());
        assertEquals("https://example.org/kg/", fileOnly.baseIri());

        Map<String, String> env = Map.of("ENTENTE_PORT", "5000", "ENTENTE_QUERY_TIMEOUT", "2.5",
                "ENTENTE_FEDERATE", "https://a.example/sparql, https://b.example/sparql");
        ServeSettings withEnv = ServeSettings.resolve(Map.of(), env, Optional.of(config));
        assertEquals(5000, withEnv.config().port());
        assertEquals(Duration.ofMillis(2500), withEnv.config().queryTimeout());
        assertEquals(List.of("https://a.example/sparql", "https://b.example/sparql"), withEnv.config().federate());
        assertEquals(Path.of("/data/from-file"), withEnv.store());

        ServeSettings withFlags = ServeSettings.resolve(Map.of("port", "0", "store", "here"), env, Optional.of(config));
        assertEquals(0, withFlags.config().port());
        assertEquals(Path.of("here"), withFlags.store());
        assertEquals(Duration.ofMillis(2500), withFlags.config().queryTimeout());
    }

    @Test
    void theWriterAndItsPassword() throws IOException {
        Path pw = write("pw", "s3cret\n");
        ServeSettings byFlag = ServeSettings.resolve(Map.of("user", "admin", "passwordFile", pw.toString()), Map.of(), Optional.empty());
        assertEquals(new Credentials("admin", "s3cret"), byFlag.config().credentials().orElseThrow());
        assertFalse(byFlag.config().toString().contains("s3cret"));
        assertFalse(byFlag.config().credentials().orElseThrow().toString().contains("s3cret"));

        ServeSettings byEnv = ServeSettings.resolve(Map.of(), Map.of("ENTENTE_USER", "ed", "ENTENTE_PASSWORD", "pa55"), Optional.empty());
        assertEquals(new Credentials("ed", "pa55"), byEnv.config().credentials().orElseThrow());

        Path config = write("c.properties", "user=fromfile\npasswordFile=" + pw.toString().replace("\\", "\\\\") + "\n");
        ServeSettings byFile = ServeSettings.resolve(Map.of(), Map.of(), Optional.of(config));
        assertEquals(new Credentials("fromfile", "s3cret"), byFile.config().credentials().orElseThrow());

        UsageException noPassword = assertThrows(UsageException.class,
                () -> ServeSettings.resolve(Map.of("user", "admin"), Map.of(), Optional.empty()));
        assertTrue(noPassword.getMessage().contains("no password"), noPassword.getMessage());
        UsageException noUser = assertThrows(UsageException.class,
                () -> ServeSettings.resolve(Map.of(), Map.of("ENTENTE_PASSWORD", "pa55"), Optional.empty()));
        assertTrue(noUser.getMessage().contains("no user"), noUser.getMessage());
        assertFalse(noUser.getMessage().contains("pa55"));
    }

    @Test
    void badValuesNameTheirSource() throws IOException {
        assertTrue(assertThrows(UsageException.class, () -> ServeSettings.resolve(Map.of("port", "http"), Map.of(),
                Optional.empty())).getMessage().startsWith("--port is 'http'"));
        assertTrue(assertThrows(UsageException.class, () -> ServeSettings.resolve(Map.of(), Map.of("ENTENTE_QUERY_TIMEOUT", "0"),
                Optional.empty())).getMessage().startsWith("ENTENTE_QUERY_TIMEOUT is '0'"));
        assertTrue(assertThrows(UsageException.class, () -> ServeSettings.resolve(Map.of("federate", "ftp://x/sparql"), Map.of(),
                Optional.empty())).getMessage().startsWith("--federate"));
        Path config = write("bad.properties", "prot=3030\n");
        assertTrue(assertThrows(UsageException.class, () -> ServeSettings.resolve(Map.of(), Map.of(), Optional.of(config)))
                .getMessage().contains("unknown key 'prot'"));
        assertTrue(assertThrows(UsageException.class, () -> ServeSettings.resolve(Map.of(), Map.of(),
                Optional.of(dir.resolve("missing.properties")))).getMessage().contains("does not exist"));
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }
}
