package org.entente.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.entente.loader.faults.CaseManifest;
import org.entente.loader.faults.StoreSnapshot;
import org.entente.loader.store.KgStore;
import org.entente.server.Credentials;
import org.entente.server.KgServer;
import org.entente.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-request corpus ({@code src/test/resources/bad-requests/cases.txt}): malformed and hostile
 * requests to the SPARQL endpoints, the API and the Linked Data pages, each with the status and
 * the exact one-line message it must get. One dynamic test per case sends the request byte for
 * byte ({@link RawHttp}) to a server over a copy of the bundled store, and checks the status, the
 * content type, the message, that the message is one line, and that the store is unchanged: the
 * same triples per graph after every case, each graph a case names ({@code touches:}) isomorphic
 * to what it was, and every graph isomorphic to what it was after the last case. What each case
 * got is written to {@code target/bad-requests-actual.txt} in the manifest's format.
 */
class BadRequestsTest {
    static final String USER = "writer";
    static final String PASSWORD = "bad-requests-Pa55word";
    /** Small, so that the corpus can pass it cheaply. */
    static final long MAX_UPDATE_BYTES = 64 * 1024;

    static KgStore store;
    static KgServer server;
    static StoreSnapshot before;
    static Map<String, Long> counts;
    static final Map<String, String> actual = new LinkedHashMap<>();

    record Case(String id, String about, String method, String target, List<String> headers, String auth, String body,
            Integer sendOnly, Integer status, String type, String message, List<String> messageHas, List<String> touches,
            int line) {}

    @BeforeAll
    static void start() {
        store = KgStore.open(FaultStores.copy("bad-requests"));
        before = StoreSnapshot.of(store);
        counts = FaultStores.counts(store);
        server = KgServer.builder().store(store).graphs(FaultStores.GRAPHS)
                .config(ServerConfig.builder().port(0).localhostOnly(true).credentials(new Credentials(USER, PASSWORD))
                        .queryTimeout(Duration.ofSeconds(5)).maxUpdateBytes(MAX_UPDATE_BYTES).build())
                .build().start();
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            server.stop();
            List<String> diff = StoreSnapshot.of(store).differencesFrom(before);
            assertTrue(diff.isEmpty(), "after all the cases, the store is not as it was:\n" + String.join("\n", diff));
        } finally {
            store.close();
            Path out = Path.of("target", "bad-requests-actual.txt");
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                w.write("# What each case of bad-requests/cases.txt got in the last run.\n");
                for (String s : actual.values()) {
                    w.write(s);
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBadRequestIsRefusedClearlyAndChangesNothing() throws Exception {
        Path manifest = Path.of(BadRequestsTest.class.getResource("/bad-requests/cases.txt").toURI());
        List<Case> cases = parse(manifest);
        assertTrue(cases.size() >= 60, "the corpus has " + cases.size() + " cases");
        String only = System.getProperty("entente.badRequests", ".*");
        return cases.stream().filter(c -> c.id().matches(only))
                .map(c -> DynamicTest.dynamicTest(c.id() + ": " + c.about(), () -> check(c)));
    }

    private void check(Case c) throws IOException {
        List<String> headers = new ArrayList<>();
        for (String h : c.headers()) {
            headers.add(new String(unescape(h), StandardCharsets.UTF_8));
        }
        switch (c.auth()) {
            case "writer" -> headers.add("Authorization: " + basic(USER, PASSWORD));
            case "wrong" -> headers.add("Authorization: " + basic(USER, "not-the-password"));
            case "none" -> { }
            default -> fail("cases.txt:" + c.line() + ": auth is writer, wrong or none");
        }
        byte[] body = c.body() == null ? null : unescape(c.body());
        String target = new String(unescape(c.target()), StandardCharsets.ISO_8859_1);
        RawHttp.Response r = c.sendOnly() == null
                ? RawHttp.send(server.port(), c.method(), target, headers, body)
                : RawHttp.send(server.port(), c.method(), target, headers, body, c.sendOnly());
        String type = r.header("Content-Type").orElse("");
        String text = r.text();
        record(c, r.status(), type, text);

        if (c.status() == null) {
            fail("cases.txt:" + c.line() + ": case " + c.id() + " has no 'status:'; it got " + r.status() + " " + text);
        }
        assertEquals(c.status(), r.status(), "status; the body was: " + text);
        if (c.type() != null) {
            assertTrue(type.startsWith(c.type()), "Content-Type " + type + ", expected " + c.type());
        }
        String message = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (c.message() != null || !c.messageHas().isEmpty()) {
            assertTrue(!message.contains("\n") && !message.contains("\r"), "the message is more than one line:\n" + text);
            assertTrue(!message.contains("\tat ") && !message.contains("Exception"), "a stack trace or exception:\n" + text);
        }
        if (c.message() != null) {
            assertEquals(c.message(), message);
        }
        for (String has : c.messageHas()) {
            assertTrue(message.contains(has), "the message lacks '" + has + "': " + message);
        }
        assertEquals("nosniff", r.header("X-Content-Type-Options").orElse(null), "X-Content-Type-Options");

        Map<String, Long> now = FaultStores.counts(store);
        assertEquals(counts, now, "triples per graph");
        if (!c.touches().isEmpty()) {
            StoreSnapshot snap = StoreSnapshot.of(store);
            for (String g : c.touches()) {
                String name = g.equals("default") ? StoreSnapshot.DEFAULT_GRAPH : g;
                org.apache.jena.graph.Graph was = before.graphs().get(name);
                org.apache.jena.graph.Graph is = snap.graphs().get(name);
                if (was == null) {
                    assertTrue(is == null, "graph " + g + " was created");
                } else {
                    assertTrue(is != null && is.isIsomorphicWith(was), "graph " + g + " changed");
                }
            }
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void record(Case c, int status, String type, String text) {
        StringBuilder b = new StringBuilder("\n[" + c.id() + "]\nabout: " + c.about() + "\nrequest: " + c.method() + " " + c.target() + "\n");
        c.headers().forEach(h -> b.append("header: ").append(h).append('\n'));
        if (!"none".equals(c.auth())) {
            b.append("auth: ").append(c.auth()).append('\n');
        }
        if (c.body() != null) {
            b.append("body: ").append(c.body()).append('\n');
        }
        if (c.sendOnly() != null) {
            b.append("send-only: ").append(c.sendOnly()).append('\n');
        }
        c.touches().forEach(t -> b.append("touches: ").append(t).append('\n'));
        b.append("status: ").append(status).append('\n');
        b.append("type: ").append(type.replaceAll(";.*", "")).append('\n');
        String m = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (m.length() > 2000) {
            m = m.substring(0, 2000) + "...";
        }
        b.append(m.contains("\n") ? "# multi-line:\n# " + m.replace("\n", "\n# ") + "\n" : "message: " + m + "\n");
        actual.put(c.id(), b.toString());
    }

    private static final Pattern REPEAT = Pattern.compile("\\{repeat:(\\d+):([^}]*)\\}");

    /**
     * The bytes of a manifest value: {repeat:N:text} is text N times; \n \r \t \0 \\ and \xHH
     * (one byte) are escapes; everything else is UTF-8.
     */
    static byte[] unescape(String s) {
        Matcher m = REPEAT.matcher(s);
        StringBuilder expanded = new StringBuilder();
        int last = 0;
        while (m.find()) {
            expanded.append(s, last, m.start()).append(m.group(2).repeat(Integer.parseInt(m.group(1))));
            last = m.end();
        }
        expanded.append(s.substring(last));
        String t = expanded.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '\\' && i + 1 < t.length()) {
                char n = t.charAt(i + 1);
                switch (n) {
                    case 'n' -> { out.write('\n'); i++; continue; }
                    case 'r' -> { out.write('\r'); i++; continue; }
                    case 't' -> { out.write('\t'); i++; continue; }
                    case '0' -> { out.write(0); i++; continue; }
                    case '\\' -> { out.write('\\'); i++; continue; }
                    case 'x' -> {
                        out.write(Integer.parseInt(t.substring(i + 2, i + 4), 16));
                        i += 3;
                        continue;
                    }
                    default -> { }
                }
            }
            int cp = t.codePointAt(i);
            byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            out.write(b, 0, b.length);
            i += Character.charCount(cp) - 1;
        }
        return out.toByteArray();
    }

    static List<Case> parse(Path manifest) throws IOException {
        return CaseManifest.read(manifest, CaseManifest.AFTER_ONE_SPACE).stream().map(e -> toCase(e.id(), e.fields(), e.line())).toList();
    }

    private static Case toCase(String id, Map<String, List<String>> f, int line) {
        String request = one(f, "request", id);
        int sp = request.indexOf(' ');
        String status = f.containsKey("status") ? f.get("status").get(0).strip() : null;
        return new Case(id, String.join(" ", f.getOrDefault("about", List.of(""))), request.substring(0, sp), request.substring(sp + 1),
                f.getOrDefault("header", List.of()), f.containsKey("auth") ? f.get("auth").get(0).strip() : "none",
                f.containsKey("body") ? f.get("body").get(0) : null,
                f.containsKey("send-only") ? Integer.valueOf(f.get("send-only").get(0).strip()) : null,
                status == null ? null : Integer.valueOf(status), f.containsKey("type") ? f.get("type").get(0).strip() : null,
                f.containsKey("message") ? f.get("message").get(0) : null, f.getOrDefault("message-has", List.of()),
                f.getOrDefault("touches", List.of()).stream().map(String::strip).toList(), line);
    }

    private static String one(Map<String, List<String>> f, String key, String id) {
        List<String> v = f.get(key);
        if (v == null || v.size() != 1) {
            throw new IllegalStateException("case " + id + " needs exactly one '" + key + ":'");
        }
        return v.get(0);
    }
}
