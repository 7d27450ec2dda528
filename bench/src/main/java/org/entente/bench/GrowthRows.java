package org.entente.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.loader.Loader;

/**
 * The measured growth rows (issue 12): for each store (the first is the bundled-only store, the
 * baseline of every ratio), each way of loading and each operation, the times of the repetitions;
 * their medians, the ratio of each median to the bundled-only store's, the JSON and the Markdown.
 */
final class GrowthRows {

    /** How an operation was run. */
    enum Mode {
        LOCAL_API("local API", "local: Loader API, one JVM, after warm-up", true),
        LOCAL_CLI("local kg", "local: kg load / kg unload, one JVM each", false),
        REMOTE_API("endpoint API", "endpoint: RemoteLoader API, one JVM, after warm-up", true),
        REMOTE_CLI("endpoint kg", "endpoint: kg load / kg unload --endpoint, one JVM each", false);

        /** The table's column. */
        final String column;
        final String label;
        /** In-process times (after warm-up, no JVM start) rather than whole-process wall times. */
        final boolean inProcess;

        Mode(String column, String label, boolean inProcess) {
            this.column = column;
            this.label = label;
            this.inProcess = inProcess;
        }

        String key() {
            String[] w = name().toLowerCase(Locale.ROOT).split("_");
            return w[0] + Character.toUpperCase(w[1].charAt(0)) + w[1].substring(1);
        }
    }

    /** One store the operations ran against, with what was measured there. */
    static final class Store {
        final String label;
        final long quads;
        /** Mode, operation, the milliseconds of each repetition. */
        final Map<Mode, Map<String, List<Long>>> millis = new LinkedHashMap<>();
        /** Mode, operation, phase, the milliseconds of each repetition (in-process modes only). */
        final Map<Mode, Map<String, Map<Loader.Phase, List<Long>>>> phases = new LinkedHashMap<>();
        /** 1-minute load averages seen before and after each child. */
        final List<Double> loadAverages = new ArrayList<>();

        Store(String label, long quads) {
            this.label = label;
            this.quads = quads;
        }

        void add(Mode mode, String op, long ms) {
            millis.computeIfAbsent(mode, m -> new LinkedHashMap<>()).computeIfAbsent(op, o -> new ArrayList<>()).add(ms);
        }

        void addPhase(Mode mode, String op, Loader.Phase phase, long ms) {
            phases.computeIfAbsent(mode, m -> new LinkedHashMap<>()).computeIfAbsent(op, o -> new LinkedHashMap<>())
                    .computeIfAbsent(phase, p -> new ArrayList<>()).add(ms);
        }

        /** The median of a mode's operation, or null if it was not measured. */
        Double median(Mode mode, String op) {
            List<Long> v = millis.getOrDefault(mode, Map.of()).get(op);
            return v == null || v.isEmpty() ? null : GrowthRows.median(v);
        }
    }

    final List<Store> stores = new ArrayList<>();
    final int repetitions;
    final int warmUp;

    GrowthRows(int repetitions, int warmUp) {
        this.repetitions = repetitions;
        this.warmUp = warmUp;
    }

    Store store(String label, long quads) {
        Store s = new Store(label, quads);
        stores.add(s);
        return s;
    }

    /** The median by nearest rank, as the query latencies use ({@link QueryLoad#percentile}): the middle value of an odd count. */
    static double median(List<Long> values) {
        return QueryLoad.percentile(values.stream().mapToDouble(Long::doubleValue).toArray(), 50);
    }

    /** A ratio of two medians, or null if either is missing or the base is 0. */
    static Double ratio(Double value, Double base) {
        return value == null || base == null || base <= 0 ? null : value / base;
    }

    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("repetitions", repetitions);
        out.put("warmUp", warmUp);
        out.put("baseline", stores.isEmpty() ? null : stores.get(0).label);
        List<Object> rows = new ArrayList<>();
        Store base = stores.isEmpty() ? null : stores.get(0);
        for (Store s : stores) {
            for (String op : GrowthLoad.OPERATIONS) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("store", s.label);
                row.put("quads", s.quads);
                row.put("operation", op);
                for (Mode m : Mode.values()) {
                    List<Long> v = s.millis.getOrDefault(m, Map.of()).get(op);
                    if (v == null) {
                        continue;
                    }
                    Map<String, Object> mj = new LinkedHashMap<>();
                    mj.put("millis", v);
                    mj.put("medianMillis", s.median(m, op));
                    mj.put("overBundledOnly", ratio(s.median(m, op), base.median(m, op)));
                    Map<Loader.Phase, List<Long>> ph = s.phases.getOrDefault(m, Map.of()).get(op);
                    if (ph != null) {
                        Map<String, Object> pj = new LinkedHashMap<>();
                        ph.forEach((p, pv) -> pj.put(p.label(), median(pv)));
                        mj.put("medianPhaseMillis", pj);
                    }
                    row.put(m.key(), mj);
                }
                row.put("loadAverageMin", s.loadAverages.stream().mapToDouble(Double::doubleValue).min().orElse(-1));
                row.put("loadAverageMax", s.loadAverages.stream().mapToDouble(Double::doubleValue).max().orElse(-1));
                rows.add(row);
            }
        }
        out.put("rows", rows);
        return out;
    }

    String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("## Growth: one article added, replaced, removed\n\n");
        if (stores.isEmpty()) {
            return b.append("Not run.\n\n").toString();
        }
        Store base = stores.get(0);
        b.append("Median of ").append(repetitions).append(repetitions == 1 ? " article" : " different articles")
                .append(" per cell (each added, then replaced by another article's facts under the same id, then removed, so")
                .append(" the store ends as it began); ÷ = this median over the same cell at the ").append(base.label)
                .append(" store. In-process: ").append(warmUp).append(" warm-up article(s) first, then the time of the")
                .append(" loader call inside one child JVM (store open and JVM start excluded). Whole process: one `kg` child JVM per")
                .append(" operation, launch to exit (JVM start and store open included). Over the endpoint: a `kg serve` over")
                .append(" the same store, started by the harness with writer credentials. Columns: ");
        for (Mode m : Mode.values()) {
            b.append('*').append(m.column).append("* = ").append(m.label).append(m == Mode.REMOTE_CLI ? ".\n\n" : "; ");
        }
        b.append("| store | quads | operation |");
        for (Mode m : Mode.values()) {
            b.append(' ').append(m.column).append(m.inProcess ? " ms" : " s").append(" | ÷ |");
        }
        b.append(" load avg |\n| --- | ---: | --- |");
        b.append(" ---: | ---: |".repeat(Mode.values().length)).append(" ---: |\n");
        for (Store s : stores) {
            for (String op : GrowthLoad.OPERATIONS) {
                b.append("| ").append(s.label).append(" | ").append(String.format(Locale.ROOT, "%,d", s.quads)).append(" | ").append(op).append(" |");
                for (Mode m : Mode.values()) {
                    Double v = s.median(m, op);
                    b.append(' ').append(v == null ? "" : m.inProcess ? String.format(Locale.ROOT, "%.0f", v)
                            : String.format(Locale.ROOT, "%.1f", v / 1000.0)).append(" | ")
                            .append(fmt(ratio(v, base.median(m, op)))).append(" |");
                }
                b.append(' ').append(loadRange(s)).append(" |\n");
            }
        }
        b.append('\n');
        b.append("Phases of the in-process calls (medians, ms; the loader's own timings):\n\n");
        b.append("| store | operation | mode |");
        for (Loader.Phase p : Loader.Phase.values()) {
            b.append(' ').append(p.label()).append(" |");
        }
        b.append("\n| --- | --- | --- |").append(" ---: |".repeat(Loader.Phase.values().length)).append('\n');
        for (Store s : stores) {
            for (String op : GrowthLoad.OPERATIONS) {
                for (Mode m : Mode.values()) {
                    Map<Loader.Phase, List<Long>> ph = s.phases.getOrDefault(m, Map.of()).get(op);
                    if (ph == null) {
                        continue;
                    }
                    b.append("| ").append(s.label).append(" | ").append(op).append(" | ").append(m == Mode.LOCAL_API ? "local" : "endpoint").append(" |");
                    for (Loader.Phase p : Loader.Phase.values()) {
                        List<Long> v = ph.get(p);
                        b.append(' ').append(v == null ? "" : String.format(Locale.ROOT, "%.0f", median(v))).append(" |");
                    }
                    b.append('\n');
                }
            }
        }
        b.append('\n');
        Store last = stores.get(stores.size() - 1);
        if (stores.size() > 1) {
            b.append("Target (issue 12): adding an article at the largest store ≤ 1.5× its cost at the bundled-only store. Here, at ")
                    .append(String.format(Locale.ROOT, "%,d", last.quads)).append(" quads:");
            for (Mode m : Mode.values()) {
                Double r = ratio(last.median(m, "add"), base.median(m, "add"));
                if (r != null) {
                    b.append(' ').append(m.column).append(' ').append(fmt(r)).append("× (").append(r <= 1.5 ? "met" : "missed").append(");");
                }
            }
            b.setLength(b.length() - 1);
            b.append(".\n\n");
        }
        return b.toString();
    }

    private static String loadRange(Store s) {
        if (s.loadAverages.isEmpty()) {
            return "";
        }
        double lo = s.loadAverages.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = s.loadAverages.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return String.format(Locale.ROOT, "%.1f–%.1f", lo, hi);
    }

    private static String fmt(Double r) {
        return r == null ? "" : String.format(Locale.ROOT, "%.2f", r);
    }
}
