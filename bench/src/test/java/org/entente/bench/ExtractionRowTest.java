package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extraction speed row on the harness's side: pinning, the report's JSON and Markdown (figures made up). */
class ExtractionRowTest {

    @TempDir
    Path dir;

    @Test
    void pinsToTheLastCpuWhenTasksetIsOnThePath() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createFile(bin.resolve("taskset"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertEquals(List.of("taskset", "-c", "1"), ExtractionRow.pinning(dir.resolve("none") + File.pathSeparator + bin, 2));
        assertEquals(List.of("taskset", "-c", "0"), ExtractionRow.pinning(bin.toString(), 1));
        assertEquals(List.of(), ExtractionRow.pinning(dir.resolve("none").toString(), 2));
        assertEquals(List.of(), ExtractionRow.pinning(null, 2));
    }

    @Test
    void theReportBecomesJsonAndATable() {
        Map<String, String> report = new LinkedHashMap<>();
        report.put("loadMillis", "1234");
        report.put("jvmUptimeBeforeLoadMillis", "300");
        report.put("devTexts", "43");
        report.put("articles", "43");
        report.put("wordsPerArticle", "917.5");
        report.put("firstArticleMillis", "800");
        report.put("warmUpPasses", "3");
        report.put("warmUpMillis", "20500");
        report.put("passes", "4");
        report.put("measuredArticles", "172");
        report.put("wallMillis", "8000");
        report.put("articlesPerSecond", "21.5");
        report.put("articlesPerCpuSecond", "22.25");
        report.put("wordsPerSecond", "19726.25");
        Map<String, Object> j = ExtractionRow.json(report, List.of("taskset", "-c", "1"), List.of("-XX:ActiveProcessorCount=1"), dir, 31_000);
        assertEquals(1234L, j.get("loadMillis"));
        assertEquals(21.5, j.get("articlesPerSecond"));
        assertEquals("taskset -c 1", j.get("pinnedWith"));
        assertEquals(31_000L, j.get("childWallMillis"));
        j.put("loadAverageBefore", 1.5);
        j.put("loadAverageAfter", 2.0);
        String md = ExtractionRow.markdown(j);
        assertTrue(md.contains("43 synthetic articles of 918 words on average (at least 800: the 43 development texts"), md);
        assertTrue(md.contains("| load the extractor in a fresh JVM (reference tables, gazetteer, 4 OpenNLP models), s | 1.23 |\n"), md);
        assertTrue(md.contains("| measured: passes, articles, s | 4, 172, 8.00 |\n"), md);
        assertTrue(md.contains("| **articles per second** (wall) | **21.5** |\n"), md);
        assertTrue(md.contains("| words per second (wall) | 19,726 |\n"), md);
        assertTrue(md.contains("on one core after warm-up: met (21.5). Load average before and after: 1.5 and 2.0"), md);
    }

    @Test
    void aMissingOrFailedRowSaysSo() {
        assertEquals("## Extraction speed (kg extract's Extractor)\n\nNot run.\n\n", ExtractionRow.markdown(null));
        assertTrue(ExtractionRow.markdown(Map.of("error", "IllegalStateException: boom")).contains("Failed: IllegalStateException: boom."));
    }
}
