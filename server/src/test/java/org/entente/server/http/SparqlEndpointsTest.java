package org.entente.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.entente.server.http.SparqlEndpoints.Kind;
import org.junit.jupiter.api.Test;

class SparqlEndpointsTest {
    static final SparqlEndpoints KG = new SparqlEndpoints("/kg/sparql", "/kg/update", "/kg/data");

    @Test
    void queriesAndUpdatesByPathWhateverTheMethod() {
        for (String method : new String[] {"GET", "POST", "PUT", "OPTIONS"}) {
            assertEquals(Kind.QUERY, KG.classify("/kg/sparql", method), method);
            assertEquals(Kind.UPDATE, KG.classify("/kg/update", method), method);
        }
    }

    @Test
    void theGraphStoreReadsOnGetHeadAndOptionsAndWritesOtherwise() {
        for (String path : new String[] {"/kg/data", "/kg/data/", "/kg/data/anything"}) {
            assertEquals(Kind.GRAPH_STORE_READ, KG.classify(path, "GET"), path);
            assertEquals(Kind.GRAPH_STORE_READ, KG.classify(path, "HEAD"), path);
            assertEquals(Kind.GRAPH_STORE_READ, KG.classify(path, "OPTIONS"), path);
            for (String write : new String[] {"PUT", "POST", "DELETE", "PATCH", "put", "PROPFIND"}) {
                assertEquals(Kind.GRAPH_STORE_WRITE, KG.classify(path, write), path + " " + write);
            }
        }
    }

    @Test
    void everythingElseIsOther() {
        for (String path : new String[] {"/kg", "/kg/", "/kg/sparql/", "/kg/sparqlx", "/kg/updates", "/kg/database",
            "/kg/upload", "/api/queries", "/", "/assets/site.css"}) {
            assertEquals(Kind.OTHER, KG.classify(path, "POST"), path);
        }
    }
}
