package org.entente.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a flight recording of {@link FolderLoad}: which phase each execution sample falls in
 * (by the outermost project frame on its stack), the hottest methods of each phase (by samples in
 * which they are the top frame), and the time spent in garbage collection.
 */
public final class JfrSummary {
    private JfrSummary() {}

    /** Prints the summary of a recording as Markdown: {@code java -cp bench/target/kg-bench.jar org.entente.bench.JfrSummary FILE.jfr}. */
    public static void main(String[] args) throws IOException {
        System.out.print(markdown(summarise(Path.of(args[0]))));
    }

    static Map<String, Object> summarise(Path jfr) throws IOException {
        Map<String, Long> byPhase = new LinkedHashMap<>();
        Map<String, Long> inferenceParts = new LinkedHashMap<>();
        Map<String, Map<String, Long>> topByPhase = new HashMap<>();
        long samples = 0;
        long first = Long.MAX_VALUE;
        Map<String, Long> firstByPhase = new HashMap<>();
        Map<String, Long> lastByPhase = new HashMap<>();
        long gcPauseNanos = 0;
        long gcCount = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gcPauseNanos += e.getDuration("sumOfPauses").toNanos();
                gcCount++;
                continue;
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = st.getFrames();
            String phase = classify(frames, st.isTruncated());
            byPhase.merge(phase, 1L, Long::sum);
            long at = e.getStartTime().toEpochMilli();
            first = Math.min(first, at);
            firstByPhase.merge(phase, at, Math::min);
            lastByPhase.merge(phase, at, Math::max);
            if (phase.equals("inference")) {
                inferenceParts.merge(inferencePart(frames), 1L, Long::sum);
            }
            RecordedFrame top = frames.get(0);
            String method = top.getMethod().getType().getName() + "." + top.getMethod().getName();
            topByPhase.computeIfAbsent(phase, k -> new HashMap<>()).merge(method, 1L, Long::sum);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("executionSamples", samples);
        Map<String, Object> phases = new LinkedHashMap<>();
        byPhase.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(en -> phases.put(en.getKey(), en.getValue()));
        out.put("samplesByPhase", phases);
        // When each phase ran: seconds from the first sample to its first and last samples.
        Map<String, Object> spans = new LinkedHashMap<>();
        for (String phase : phases.keySet()) {
            spans.put(phase, String.format(Locale.ROOT, "%.1f-%.1f s", (firstByPhase.get(phase) - first) / 1000.0,
                    (lastByPhase.get(phase) - first) / 1000.0));
        }
        out.put("phaseSpans", spans);
        Map<String, Object> inf = new LinkedHashMap<>();
        inferenceParts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(en -> inf.put(en.getKey(), en.getValue()));
        out.put("inferenceSamples", inf);
        Map<String, Object> tops = new LinkedHashMap<>();
        for (String phase : phases.keySet()) {
            Map<String, Object> t = new LinkedHashMap<>();
            topByPhase.get(phase).entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                    .forEach(en -> t.put(en.getKey(), en.getValue()));
            tops.put(phase, t);
        }
        out.put("topMethodsByPhase", tops);
        out.put("gcCount", gcCount);
        out.put("gcPauseMillis", gcPauseNanos / 1_000_000);
        return out;
    }

    /**
     * The phase of a sample, from every frame of its stack (phases do not nest in one another; all of
     * them run inside the write transaction, so the transaction's frames decide nothing but commit).
     */
    static String classify(List<RecordedFrame> frames, boolean truncated) {
        boolean shacl = false;
        boolean inference = false;
        boolean map = false;
        boolean write = false;
        boolean commit = false;
        for (RecordedFrame f : frames) {
            String t = f.getMethod().getType().getName();
            String m = t + "." + f.getMethod().getName();
            shacl |= t.startsWith("org.entente.loader.validate.ShapesValidator") || t.startsWith("org.apache.jena.shacl.");
            inference |= t.startsWith("org.entente.loader.inference.") || t.startsWith("org.apache.jena.reasoner.")
                    || t.startsWith("org.apache.jena.sparql.graph.GraphUnionRead");
            map |= t.startsWith("org.entente.loader.mapping.") || t.startsWith("org.entente.loader.source.")
                    || t.startsWith("org.entente.loader.BundledData")
                    || t.startsWith("org.entente.ontology.Ontology");
            write |= m.startsWith("org.entente.loader.LoadSteps.replace") || m.startsWith("org.entente.loader.LoadSteps.inferAndValidate");
            commit |= m.startsWith("org.apache.jena.dboe.transaction.txn.TransactionCoordinator.executeCommit")
                    || m.startsWith("org.apache.jena.dboe.transaction.txn.Transaction.commit");
        }
        if (shacl) {
            return "SHACL validation";
        }
        if (inference) {
            return "inference";
        }
        if (map) {
            return "read + map";
        }
        if (write) {
            return "TDB2 writes";
        }
        if (commit) {
            return "commit";
        }
        return truncated ? "stack too deep, phase unknown" : "other (JVM start, class loading, counting)";
    }

    private static String inferencePart(List<RecordedFrame> frames) {
        boolean rete = false;
        boolean derivations = false;
        boolean unionRead = false;
        for (RecordedFrame f : frames) {
            String t = f.getMethod().getType().getName();
            rete |= t.startsWith("org.apache.jena.reasoner.");
            derivations |= t.startsWith("org.entente.loader.inference.Derivations");
            unionRead |= t.startsWith("org.apache.jena.sparql.graph.GraphUnionRead");
        }
        // Where in the Materializer: its innermost frame (method and line), so that the copy, the rules and the
        // keep-filter show apart whatever the source looks like then.
        String where = "";
        for (RecordedFrame f : frames) {
            if (f.getMethod().getType().getName().equals("org.entente.loader.inference.Materializer")) {
                where = " at Materializer." + f.getMethod().getName() + (f.getLineNumber() > 0 ? ":" + f.getLineNumber() : "");
                break;
            }
        }
        if (rete) {
            return "RETE rules" + where;
        }
        if (derivations) {
            return "Java derivations" + where;
        }
        if (unionRead) {
            return "GraphUnionRead over the named graphs" + where;
        }
        return "in-memory graphs" + where;
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> p) {
        StringBuilder b = new StringBuilder();
        long total = (Long) p.get("executionSamples");
        b.append("Execution samples: ").append(total).append(" (about every 10 ms per running Java thread; GC and JIT threads not included).")
                .append(" GC: ").append(p.get("gcCount")).append(" collections, ").append(p.get("gcPauseMillis"))
                .append(" ms of pauses.\n\n");
        b.append("| phase | samples | share | first-last sample |\n| --- | ---: | ---: | --- |\n");
        Map<String, Object> spans = (Map<String, Object>) p.get("phaseSpans");
        ((Map<String, Object>) p.get("samplesByPhase")).forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v)
                .append(" | ").append(String.format(Locale.ROOT, "%.1f %%", 100.0 * (Long) v / Math.max(1, total))).append(" | ")
                .append(spans.get(k)).append(" |\n"));
        b.append("\nInference, by part:\n\n| part | samples |\n| --- | ---: |\n");
        ((Map<String, Object>) p.get("inferenceSamples")).forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        b.append("\nHottest methods (top frame) per phase:\n\n");
        ((Map<String, Object>) p.get("topMethodsByPhase")).forEach((phase, m) -> {
            List<String> items = new ArrayList<>();
            ((Map<String, Object>) m).forEach((k, v) -> items.add("`" + k + "` " + v));
            b.append("- ").append(phase).append(": ").append(String.join(", ", items)).append('\n');
        });
        b.append('\n');
        return b.toString();
    }
}
