package org.entente.loader;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.out.NodeFmtLib;
import org.entente.loader.mapping.Catalogue;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.ArticleFolder;
import org.entente.ontology.IriScheme;

/**
 * A measurement, not a test: reads and maps every article of a folder as {@code kg load --articles}
 * does ({@link LoadSteps#mapFolder}), without a store, and prints the CPU time and the bytes
 * allocated by the mapping thread for each pass, then a digest of every mapped graph (its name and
 * its triples as sorted N-Triples), to show that a change of the mapping code leaves the output as
 * it was.
 *
 * <pre>
 *   java -cp loader/target/test-classes:loader/target/classes:ontology/target/classes:server/target/kg.jar \
 *       org.entente.loader.MappingPass DIR [passes]
 * </pre>
 */
public final class MappingPass {
    private MappingPass() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        GraphNames graphs = new GraphNames(IriScheme.defaultScheme());
        LoadSteps steps = new LoadSteps(graphs, Clock.systemUTC(), false, Loader.Progress.none());
        Catalogue catalogue = Catalogue.of(BundledData.reference(), graphs.scheme());
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        List<Double> cpu = new ArrayList<>();
        for (int p = 0; p < passes; p++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long a0 = threads.getThreadAllocatedBytes(tid);
            long w0 = System.nanoTime();
            long triples = 0;
            int articles = 0;
            Iterator<LoadSteps.SourceGraph> it = steps.mapFolder(ArticleFolder.open(dir), catalogue);
            while (it.hasNext()) {
                triples += it.next().model().size();
                articles++;
            }
            double s = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            cpu.add(s);
            System.out.printf("pass %d: %d articles, %d triples, cpu %.3f s, wall %.3f s, allocated %.1f MB%n", p + 1, articles,
                    triples, s, (System.nanoTime() - w0) / 1e9, (threads.getThreadAllocatedBytes(tid) - a0) / 1e6);
        }
        List<Double> measured = new ArrayList<>(cpu.subList(Math.min(1, cpu.size() - 1), cpu.size()));
        measured.sort(null);
        System.out.printf("cpu after the first pass: min %.3f s, median %.3f s%n", measured.get(0), measured.get(measured.size() / 2));
        System.out.println("digest " + digest(steps, dir, catalogue));
    }

    /**
     * SHA-256 over every graph in order: its name, then its triples as sorted N-Triples lines; and
     * a second one over the triples in the order the graph gives them, which is the order the bulk
     * load sends them in.
     */
    static String digest(LoadSteps steps, Path dir, Catalogue catalogue) throws Exception {
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        MessageDigest ordered = MessageDigest.getInstance("SHA-256");
        long triples = 0;
        Iterator<LoadSteps.SourceGraph> it = steps.mapFolder(ArticleFolder.open(dir), catalogue);
        while (it.hasNext()) {
            LoadSteps.SourceGraph g = it.next();
            Graph graph = g.model().getGraph();
            List<String> lines = new ArrayList<>();
            graph.find().forEachRemaining(t -> lines.add(NodeFmtLib.str(t)));
            for (String l : lines) {
                ordered.update(l.getBytes(StandardCharsets.UTF_8));
                ordered.update((byte) '\n');
            }
            lines.sort(null);
            all.update(("<" + g.name().getURI() + ">\n").getBytes(StandardCharsets.UTF_8));
            for (String l : lines) {
                all.update(l.getBytes(StandardCharsets.UTF_8));
                all.update((byte) '\n');
            }
            triples += lines.size();
        }
        return triples + " triples, sorted " + HexFormat.of().formatHex(all.digest()) + ", in graph order "
                + HexFormat.of().formatHex(ordered.digest());
    }
}
