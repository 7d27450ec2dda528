package org.entente.loader.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.entente.loader.Prefixes;
import org.entente.loader.StorageException;
import org.entente.loader.UsageException;
import org.entente.loader.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kg export}: a dump of the store or of one graph. */
@Command(name = "export",
        description = {"Writes the store (every named graph) or one graph as RDF.",
            "",
            "trig and nq keep the graphs; ttl and jsonld need --graph, or write the union of all graphs."})
public final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    KgCommand kg;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", description = "trig, nq, ttl or jsonld.")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph.")
    String graph;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (default: standard output).")
    Path output;

    private static final Map<String, RDFFormat> DATASET_FORMATS = Map.of("trig", RDFFormat.TRIG_BLOCKS, "nq", RDFFormat.NQUADS,
            "jsonld", RDFFormat.JSONLD11);
    private static final Map<String, RDFFormat> GRAPH_FORMATS = Map.of("trig", RDFFormat.TRIG_BLOCKS, "nq", RDFFormat.NQUADS,
            "ttl", RDFFormat.TURTLE_BLOCKS, "jsonld", RDFFormat.JSONLD11);

    @Override
    public Integer call() throws IOException {
        if (!GRAPH_FORMATS.containsKey(format)) {
            throw new UsageException("--format is '" + format + "'; expected trig, nq, ttl or jsonld");
        }
        try (KgStore store = kg.openExistingStore()) {
            Node g = graph == null ? null : NodeFactory.createURI(graph);
            if (g != null && !store.read(d -> d.containsGraph(g))) {
                throw new UsageException("--graph: the store has no graph <" + graph + ">");
            }
            try (OutputStream out = output == null ? System.out : new BufferedOutputStream(Files.newOutputStream(output))) {
                store.read(dsg -> {
                    if (g == null && !"ttl".equals(format)) {
                        RDFDataMgr.write(out, dsg, DATASET_FORMATS.get(format));
                    } else {
                        org.apache.jena.graph.Graph data = g == null ? dsg.getUnionGraph() : dsg.getGraph(g);
                        if ("trig".equals(format) || "nq".equals(format)) {
                            org.apache.jena.sparql.core.DatasetGraph one = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
                            one.addGraph(g, data);
                            RDFDataMgr.write(out, one, GRAPH_FORMATS.get(format));
                        } else {
                            org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(data);
                            org.apache.jena.rdf.model.Model withPrefixes = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
                            withPrefixes.setNsPrefixes(Prefixes.standard(kg.graphs().scheme()));
                            withPrefixes.add(m);
                            RDFDataMgr.write(out, withPrefixes, GRAPH_FORMATS.get(format));
                        }
                    }
                    return null;
                });
                out.flush();
            } catch (IOException e) {
                throw new StorageException("cannot write " + (output == null ? "the export" : output) + ": " + reason(e), e);
            }
        }
        return 0;
    }

    /** Why a file could not be written, in words: a NoSuchFileException's message is only the path. */
    private String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException && output != null) {
            Path folder = output.toAbsolutePath().getParent();
            return "the folder " + (output.getParent() == null ? folder : output.getParent()) + " does not exist";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage();
    }
}
