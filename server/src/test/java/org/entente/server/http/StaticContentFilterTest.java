package org.entente.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StaticContentFilterTest {

    @Test
    void theWebFormNeverShadowsTheServersOwnPaths() {
        assertEquals("index.html", StaticContentFilter.resourceName("/"));
        assertEquals("assets/app.js", StaticContentFilter.resourceName("/assets/app.js"));
        assertEquals("assets/index.html", StaticContentFilter.resourceName("/assets/"));
        for (String reserved : new String[] {"/kg", "/kg/sparql", "/api/queries", "/id/state/POL", "/ontology",
            "/ontology.ttl", "/.well-known/void", "/dumps/entente.trig", "/$/ping"}) {
            assertNull(StaticContentFilter.resourceName(reserved), reserved);
        }
    }

    @Test
    void onlyPlainFileNamesWithKnownExtensions() {
        assertNull(StaticContentFilter.resourceName("/../secret.html"));
        assertNull(StaticContentFilter.resourceName("/a/../../b.html"));
        assertNull(StaticContentFilter.resourceName("//etc/passwd.txt"));
        assertNull(StaticContentFilter.resourceName("/Main.class"));
        assertNull(StaticContentFilter.resourceName("/log4j2.xml"));
        assertNull(StaticContentFilter.resourceName("/a\\b.html"));
    }
}
