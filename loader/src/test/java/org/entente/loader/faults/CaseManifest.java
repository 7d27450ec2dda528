package org.entente.loader.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The manifest of a fault corpus ({@code cases.txt}): blocks opened by {@code [case-id]}, each a
 * list of {@code key: value} lines (a key may repeat), with blank lines and {@code #} comments
 * ignored. The loader's bad-input corpus and the server's bad-request corpus share it.
 */
public final class CaseManifest {
    private CaseManifest() {}

    /** One block: its id, its fields in order, and the line after its header. */
    public record Entry(String id, Map<String, List<String>> fields, int line) {}

    /** The value as the loader's corpus reads it: without surrounding white space. */
    public static final UnaryOperator<String> STRIP = String::strip;
    /** The value as the server's corpus reads it: without the one space after the colon, the rest kept. */
    public static final UnaryOperator<String> AFTER_ONE_SPACE = v -> v.startsWith(" ") ? v.substring(1) : v;

    /** Reads a manifest; the case ids must be unique. */
    public static List<Entry> read(Path manifest, UnaryOperator<String> value) throws IOException {
        List<Entry> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        String id = null;
        Map<String, List<String>> fields = null;
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i) : "[end]";
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("[") && l.endsWith("]")) {
                if (id != null) {
                    out.add(new Entry(id, fields, start));
                }
                id = l.substring(1, l.length() - 1);
                fields = new LinkedHashMap<>();
                start = i + 1;
                continue;
            }
            int colon = l.indexOf(':');
            if (id == null || colon < 0) {
                throw new IllegalStateException(manifest.getFileName() + ":" + (i + 1) + ": expected [case-id] or 'key: value'");
            }
            fields.computeIfAbsent(l.substring(0, colon).strip(), k -> new ArrayList<>()).add(value.apply(l.substring(colon + 1)));
        }
        List<String> ids = out.stream().map(Entry::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), "case ids are unique");
        return out;
    }
}
