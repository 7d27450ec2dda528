package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.sparql.core.Quad;
import org.entente.loader.Loader;
import org.entente.loader.StoreStatistics;
import org.entente.loader.source.Input;
import org.entente.loader.cli.KgCli;
import org.entente.loader.store.KgStore;
import org.entente.server.cli.Kg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg load --endpoint} into a running server that starts empty: first the bundled data,
 * then an extra article while queries keep being answered, the same article replaced with other
 * facts, then removed, each compared quad for quad with the same steps in a local store; wrong or
 * missing credentials change nothing.
 */
class RemoteLoadTest {
    static final String USER = "loader";
    static final String PASSWORD = "pa55-w0rd";

    @TempDir
    static Path dir;

    static KgStore store;
    static KgServer server;
    static String endpoint;
    static Path password;
    static Path wrongPassword;
    static Path facts;
    static Path text;

    @BeforeAll
    static void start() throws Exception {
        store = KgStore.inMemory();
        server = KgServer.builder().store(store).graphs(TestData.GRAPHS)
                .config(ServerConfig.builder().port(0).credentials(new Credentials(USER, PASSWORD)).build()).build().start();
        endpoint = server.url() + "kg";
        password = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
        wrongPassword = Files.writeString(dir.resolve("wrong"), "guess\n");
        facts = resource("articles/test-baltic-brigade.facts");
        text = resource("articles/test-baltic-brigade.txt");
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static KgCli.Run kg(String... args) {
        return Kg.capture(args);
    }

    @Test
    void loadsIntoARunningServer() throws Exception {
        // 1. The bundled data, into the empty server: the same graphs as a local load.
        KgCli.Run bundled = kg("load", "--endpoint", endpoint, "--user", USER, "--password-file", password.toString());
        assertEquals(0, bundled.exit(), bundled.out() + bundled.err());
        assertTrue(bundled.out().contains("Sent to " + endpoint), bundled.out());
        assertEquals(StoreStatistics.of(TestData.bundled()), StoreStatistics.of(store));
        assertFalse(bundled.out().contains(PASSWORD) || bundled.err().contains(PASSWORD));

        // 2. Wrong or missing credentials: one line, exit 1, nothing changed.
        StoreStatistics.Stats before = StoreStatistics.of(store);
        KgCli.Run wrong = kg("load", "--endpoint", endpoint, "--facts", facts.toString(), "--article", text.toString(),
                "--user", USER, "--password-file", wrongPassword.toString());
        assertEquals(1, wrong.exit(), wrong.err());
        assertEquals(List.of("kg: the store at " + endpoint + "/update refused the credentials of user '" + USER
                + "' (HTTP 401 Unauthorized); check --user and the password"), wrong.err().lines().toList());
        assertFalse(wrong.err().contains("guess"));
        KgCli.Run anonymous = kg("load", "--endpoint", endpoint, "--facts", facts.toString(), "--article", text.toString());
        assertEquals(1, anonymous.exit(), anonymous.err());
        assertTrue(anonymous.err().startsWith("kg: the store at " + endpoint + "/update wants credentials"), anonymous.err());
        assertEquals(1, anonymous.err().lines().count());
        assertEquals(before, StoreStatistics.of(store));

        // 3. An extra article, while another client keeps querying.
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (loading.get()) {
                HttpResponse<String> r = Http.get(endpoint + "/sparql?format=csv&query="
                        + Http.enc(SparqlEndpointTest.NATO_BORDERING_RUSSIA));
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(7, r.body().lines().count(), r.body());
                answered.incrementAndGet();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        KgCli.Run article = kg("load", "--endpoint", endpoint, "--facts", facts.toString(), "--article", text.toString(),
                "--user", USER, "--password-file", password.toString());
        loading.set(false);
        reader.get(60, TimeUnit.SECONDS);
        assertEquals(0, article.exit(), article.out() + article.err());
        assertTrue(answered.get() > 0);

        String graph = TestData.GRAPHS.article("test-baltic-brigade").getURI();
        assertTrue(StoreStatistics.of(store).graphs().stream().anyMatch(g -> g.graph().equals(graph)));
        HttpResponse<String> deployments = Http.get(server.url() + "api/queries/article-deployments?format=csv");
        assertTrue(deployments.body().contains("/germany-brigade-to-lithuania,Germany,"), deployments.body());
        // The inferred graph was recomputed with the new article (the deployment is an event).
        String ask = "ASK { GRAPH <" + TestData.GRAPHS.inferred().getURI() + "> { "
                + "<https://w3id.org/entente/id/article/test-baltic-brigade/fact/germany-brigade-to-lithuania> a "
                + "<https://w3id.org/entente/ontology#Event> } }";
        assertTrue(Http.get(endpoint + "/sparql?format=json&query=" + Http.enc(ask)).body().contains("true"));
        assertTrue(article.out().contains("sending one update"), article.out());

        // The same store as a local load of the same article gives, quad for quad.
        try (KgStore local = KgStore.inMemory()) {
            new Loader(local, TestData.GRAPHS).loadBundled();
            new Loader(local, TestData.GRAPHS).loadArticle(Input.of(facts), Input.of(text));
            assertEquals(quads(local), quads(store));
            assertTrue(article.out().matches("(?s).*fetched \\d+ quads from the store in \\d+ requests.*"), article.out());

            // 3b. Replaced over HTTP (the same id, other facts): the store of a local replace.
            Path changed = Files.writeString(dir.resolve("changed.facts"), PlainFusekiRemoteLoadTest.changedFacts(Files.readString(facts)));
            KgCli.Run replace = kg("load", "--endpoint", endpoint, "--facts", changed.toString(), "--article", text.toString(),
                    "--user", USER, "--password-file", password.toString());
            assertEquals(0, replace.exit(), replace.out() + replace.err());
            new Loader(local, TestData.GRAPHS).loadArticle(Input.of(changed), Input.of(text));
            Set<Quad> replaced = quads(local);
            assertEquals(replaced, quads(store));
            assertTrue(replaced.stream().anyMatch(q -> q.getObject().isLiteral()
                    && q.getObject().getLiteralLexicalForm().startsWith("(replaced) ")), "the replaced label is in the store");

            // 4. Unloaded over HTTP: the store of the bundled data again; an unknown id changes nothing.
            KgCli.Run unload = kg("unload", "--endpoint", endpoint, "--article", "test-baltic-brigade",
                    "--user", USER, "--password-file", password.toString());
            assertEquals(0, unload.exit(), unload.out() + unload.err());
            assertEquals(quads(TestData.bundled()), quads(store));
            KgCli.Run unknown = kg("unload", "--endpoint", endpoint, "--article", "test-baltic-brigade",
                    "--user", USER, "--password-file", password.toString());
            assertEquals(2, unknown.exit(), unknown.err());
            assertEquals(List.of("kg: the store at " + endpoint + "/sparql has no article with id 'test-baltic-brigade'"),
                    unknown.err().lines().toList());
        }
    }

    /** The store's quads without blank nodes (the ontology's axioms, the same in both). */
    private static Set<Quad> quads(KgStore s) {
        return s.read(d -> {
            Set<Quad> out = new HashSet<>();
            d.find().forEachRemaining(q -> {
                if (!q.getSubject().isBlank() && !q.getObject().isBlank()) {
                    out.add(q);
                }
            });
            return out;
        });
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(RemoteLoadTest.class.getClassLoader().getResource(name).toURI());
    }
}
