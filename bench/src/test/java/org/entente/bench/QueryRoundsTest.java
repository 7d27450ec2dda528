package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rounds of one server are merged into one run: latencies pooled, counts and wall times summed. */
class QueryRoundsTest {

    @Test
    void roundsArePooled() {
        QueryLoad.Run a = new QueryLoad.Run(2, 3, 0, 1000, new double[] {1, 2, 3}, Map.of("q", new double[] {1, 2, 3}), null);
        QueryLoad.Run b = new QueryLoad.Run(2, 2, 1, 500, new double[] {10, 20}, Map.of("q", new double[] {10}, "r", new double[] {20}),
                "HTTP 500");
        QueryLoad.Run m = Harness.merge(List.of(a, b));
        assertEquals(2, m.clients());
        assertEquals(5, m.requests());
        assertEquals(1, m.errors());
        assertEquals(1500, m.wallMillis());
        assertEquals(5 * 1000.0 / 1500, m.throughput(), 1e-9);
        assertArrayEquals(new double[] {1, 2, 3, 10, 20}, m.latenciesMillis());
        assertArrayEquals(new double[] {1, 2, 3, 10}, m.perQuery().get("q"));
        assertArrayEquals(new double[] {20}, m.perQuery().get("r"));
        assertEquals("HTTP 500", m.firstError());
        assertEquals(3.0, m.median());
    }
}
