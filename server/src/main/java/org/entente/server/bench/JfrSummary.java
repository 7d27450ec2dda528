package org.entente.server.bench;

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
final class JfrSummary {
    private JfrSummary() {}

    /** Phases, tried in order against each frame from the outermost inwards. */
    private static final String[][] PHASES = {
        {"SHACL validation", "org.entente.loader.validate.ShapesValidator."},
        {"inference", "org.entente.loader.inference.Materializer."},
        {"read + map", "org.entente.loader.mapping.", "org.entente.loader.source.", "org.entente.loader.synth.CorpusFolder.",
            "org.entente.loader.BundledData.", "org.entente.ontology.Ontology."},
        {"TDB2 writes", "org.entente.server.bench.FolderLoad.replace"},
        {"commit", "org.apache.jena.dboe.transaction.txn.TransactionCoordinator.", "org.apache.jena.system.Txn.calculateWrite"},
    };

    static Map<String, Object> summarise(Path jfr) throws IOException {
        Map<String, Long> byPhase = new LinkedHashMap<>();
        Map<String, Long> inferenceParts = new LinkedHashMap<>();
        Map<String, Map<String, Long>> topByPhase = new HashMap<>();
        long samples = 0;
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
            String phase = classify(frames);
            byPhase.merge(phase, 1L, Long::sum);
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

    private static String classify(List<RecordedFrame> frames) {
        // Outermost first: the phase the load was in when the sample was taken.
        for (int i = frames.size() - 1; i >= 0; i--) {
            String f = frames.get(i).getMethod().getType().getName() + "." + frames.get(i).getMethod().getName();
            for (String[] p : PHASES) {
                for (int k = 1; k < p.length; k++) {
                    if (f.startsWith(p[k])) {
                        return p[0];
                    }
                }
            }
        }
        return "other (JVM start, class loading, counting, JIT-free threads)";
    }

    private static String inferencePart(List<RecordedFrame> frames) {
        boolean rete = false;
        boolean derivations = false;
        boolean copyFromStore = false;
        for (RecordedFrame f : frames) {
            String t = f.getMethod().getType().getName();
            if (t.startsWith("org.apache.jena.reasoner.")) {
                rete = true;
            } else if (t.startsWith("org.entente.loader.inference.Derivations")) {
                derivations = true;
            } else if (t.startsWith("org.apache.jena.tdb2.") || t.startsWith("org.apache.jena.dboe.")
                    || t.startsWith("org.apache.jena.sparql.graph.GraphUnionRead")) {
                copyFromStore = true;
            }
        }
        if (rete) {
            return "RETE rules (incl. reading the copy)";
        }
        if (derivations) {
            return "Java derivations";
        }
        if (copyFromStore) {
            return "reading the store (copy to memory, contains checks)";
        }
        return "in-memory graphs (copy, filter)";
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> p) {
        StringBuilder b = new StringBuilder();
        long total = (Long) p.get("executionSamples");
        b.append("Execution samples: ").append(total).append(" (every 10 ms of a running Java thread; GC threads not included).")
                .append(" GC: ").append(p.get("gcCount")).append(" collections, ").append(p.get("gcPauseMillis"))
                .append(" ms of pauses.\n\n");
        b.append("| phase | samples | share |\n| --- | ---: | ---: |\n");
        ((Map<String, Object>) p.get("samplesByPhase")).forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v)
                .append(" | ").append(String.format(Locale.ROOT, "%.0f %%", 100.0 * (Long) v / Math.max(1, total))).append(" |\n"));
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
