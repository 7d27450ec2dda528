package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.entente.loader.Loader;
import org.junit.jupiter.api.Test;

/** The growth rows' medians, ratios, JSON and Markdown, from made-up figures (nothing is timed). */
class GrowthRowsTest {

    @Test
    void theMedianIsTheMiddleValueByNearestRank() {
        assertEquals(3.0, GrowthRows.median(List.of(5L, 1L, 3L)));
        assertEquals(2.0, GrowthRows.median(List.of(4L, 1L, 3L, 2L)), "nearest rank: the lower middle of an even count");
        assertEquals(7.0, GrowthRows.median(List.of(7L)));
    }

    @Test
    void aRatioNeedsBothMediansAndAPositiveBase() {
        assertEquals(1.5, GrowthRows.ratio(3.0, 2.0));
        assertNull(GrowthRows.ratio(null, 2.0));
        assertNull(GrowthRows.ratio(3.0, null));
        assertNull(GrowthRows.ratio(3.0, 0.0));
    }

    private static GrowthRows twoStores() {
        GrowthRows rows = new GrowthRows(3, 1);
        GrowthRows.Store base = rows.store("bundled only", 23_801);
        GrowthRows.Store big = rows.store("bundled + 1540 articles", 1_013_400);
        long[][] baseLocal = {{100, 300, 200}, {250, 150, 350}, {80, 60, 70}};
        long[][] bigLocal = {{300, 500, 400}, {300, 300, 300}, {35, 35, 35}};
        for (int i = 0; i < 3; i++) {
            String op = GrowthLoad.OPERATIONS.get(i);
            for (int k = 0; k < 3; k++) {
                base.add(GrowthRows.Mode.LOCAL_API, op, baseLocal[i][k]);
                big.add(GrowthRows.Mode.LOCAL_API, op, bigLocal[i][k]);
                base.add(GrowthRows.Mode.LOCAL_CLI, op, 4000 + 1000 * k);
                big.add(GrowthRows.Mode.LOCAL_CLI, op, 5000 + 1000 * k);
            }
        }
        base.addPhase(GrowthRows.Mode.LOCAL_API, "add", Loader.Phase.VALIDATION, 40);
        base.addPhase(GrowthRows.Mode.LOCAL_API, "add", Loader.Phase.VALIDATION, 20);
        base.addPhase(GrowthRows.Mode.LOCAL_API, "add", Loader.Phase.VALIDATION, 30);
        base.loadAverages.addAll(List.of(2.5, 3.25));
        big.loadAverages.addAll(List.of(4.0, 1.0));
        return rows;
    }

    @Test
    void theTableGivesMediansAndRatiosToTheBundledOnlyStore() {
        String md = twoStores().markdown();
        assertTrue(md.contains("| bundled only | 23,801 | add | 200 | 1.00 | 5.0 | 1.00 |  |  |  |  | 2.5–3.3 |\n"), md);
        assertTrue(md.contains("| bundled + 1540 articles | 1,013,400 | add | 400 | 2.00 | 6.0 | 1.20 |  |  |  |  | 1.0–4.0 |\n"), md);
        assertTrue(md.contains("| bundled + 1540 articles | 1,013,400 | replace | 300 | 1.20 | 6.0 | 1.20 |"), md);
        assertTrue(md.contains("| bundled + 1540 articles | 1,013,400 | remove | 35 | 0.50 | 6.0 | 1.20 |"), md);
        assertTrue(md.contains("| bundled only | add | local |  |  |  |  | 30 |  |  |\n"), md);
        assertTrue(md.contains("at 1,013,400 quads: local API 2.00× (missed); local kg 1.20× (met).\n"), md);
        // Every line of a table has as many cells as its header: 12 in the main table, 10 in the phases' table.
        for (String line : md.lines().filter(l -> l.startsWith("|")).toList()) {
            boolean main = line.startsWith("| store | quads") || line.startsWith("| --- | ---: | --- |") || line.matches("\\| [^|]+ \\| [\\d,]+ \\|.*");
            assertEquals(main ? 13 : 11, line.chars().filter(c -> c == '|').count(), line);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonHasEveryRepetitionTheMedianAndTheRatio() {
        Map<String, Object> j = twoStores().json();
        assertEquals(3, j.get("repetitions"));
        assertEquals(1, j.get("warmUp"));
        assertEquals("bundled only", j.get("baseline"));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) j.get("rows");
        assertEquals(6, rows.size());
        Map<String, Object> bigAdd = rows.get(3);
        assertEquals("bundled + 1540 articles", bigAdd.get("store"));
        assertEquals("add", bigAdd.get("operation"));
        Map<String, Object> local = (Map<String, Object>) bigAdd.get("localApi");
        assertEquals(List.of(300L, 500L, 400L), local.get("millis"));
        assertEquals(400.0, local.get("medianMillis"));
        assertEquals(2.0, local.get("overBundledOnly"));
        assertNull(bigAdd.get("remoteApi"), "not measured: no entry");
        Map<String, Object> phases = (Map<String, Object>) ((Map<String, Object>) rows.get(0).get("localApi")).get("medianPhaseMillis");
        assertEquals(Map.of("SHACL", 30.0), phases);
        assertEquals(1.0, bigAdd.get("loadAverageMin"));
        assertEquals(4.0, bigAdd.get("loadAverageMax"));
    }

    @Test
    void noStoreIsNotRun() {
        assertEquals("## Growth: one article added, replaced, removed\n\nNot run.\n\n", new GrowthRows(5, 1).markdown());
    }
}
