package org.entente.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.entente.server.http.SparqlEndpoints.Kind;
import org.junit.jupiter.api.Test;

class BodyLimitsTest {
    static final BodyLimits LIMITS = new BodyLimits(1024, 4096);

    @Test
    void queriesHaveTheQueryLimitUpdatesAndGraphStoreWritesTheUpdateLimit() {
        assertEquals(1024, LIMITS.of(Kind.QUERY).orElseThrow().bytes());
        assertEquals(4096, LIMITS.of(Kind.UPDATE).orElseThrow().bytes());
        assertEquals(4096, LIMITS.of(Kind.GRAPH_STORE_WRITE).orElseThrow().bytes());
        assertEquals(Optional.empty(), LIMITS.of(Kind.GRAPH_STORE_READ));
        assertEquals(Optional.empty(), LIMITS.of(Kind.OTHER));
    }

    @Test
    void eachRefusalNamesTheLimitAndItsSetting() {
        BodyLimits.Limit query = LIMITS.of(Kind.QUERY).orElseThrow();
        assertEquals("the request body has 2000 bytes; a query may have at most 1024 bytes on this server "
                + "(setting maxQueryBytes, ENTENTE_MAX_QUERY_BYTES)", query.declaredTooLarge(2000));
        assertEquals("the request body has more than 1024 bytes; a query may have at most 1024 bytes on this server "
                + "(setting maxQueryBytes, ENTENTE_MAX_QUERY_BYTES)", query.readTooLarge());
        assertEquals("multipart/form-data is not accepted here: send the query itself as the request body, "
                + "or as an application/x-www-form-urlencoded form", query.multipartRefused());
        BodyLimits.Limit gsp = LIMITS.of(Kind.GRAPH_STORE_WRITE).orElseThrow();
        assertEquals("the request body has 5000 bytes; a Graph Store write may have at most 4096 bytes on this server "
                + "(setting maxUpdateBytes, ENTENTE_MAX_UPDATE_BYTES)", gsp.declaredTooLarge(5000));
        assertTrue(LIMITS.of(Kind.UPDATE).orElseThrow().readTooLarge().contains("an update may have at most 4096 bytes"));
        assertTrue(gsp.multipartRefused().contains("send the update or RDF document itself"));
    }

    @Test
    void equalLimitsStillWordTheirRefusalsByKind() {
        BodyLimits same = new BodyLimits(2048, 2048);
        assertTrue(same.of(Kind.UPDATE).orElseThrow().multipartRefused().contains("update or RDF document"));
        assertTrue(same.of(Kind.QUERY).orElseThrow().multipartRefused().contains("send the query itself"));
    }
}
