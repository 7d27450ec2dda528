package org.entente.loader.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.entente.ontology.Ontology;

/** Runs the project's SHACL shapes over a graph and reports violations readably. */
public final class ShapesValidator {
    private final Shapes shapes = Shapes.parse(Ontology.shapes().getGraph());
    private final FocusNodes focusNodes = new FocusNodes(shapes);

    /** One violation: the focus node, the path and the shape's message. */
    public record Violation(String focus, String path, String message) {
        @Override
        public String toString() {
            return focus + (path.isEmpty() ? "" : " " + path) + ": " + message;
        }
    }

    /** The violations in the graph, sorted by focus node; empty if it conforms. */
    public List<Violation> validate(Graph data) {
        return violations(List.of(ShaclValidator.get().validate(shapes, new SubClassMemo(data))));
    }

    /**
     * As {@link #validate(Graph)}, on several threads: the graph must not change meanwhile. What
     * Jena's validator does for the whole graph (every target shape, every one of its focus nodes,
     * {@code VLib.validateShape}), with the (shape, focus node) pairs dealt out in turn to the
     * threads, each with a validation context of its own; the violations are the same, in the
     * same sorted order.
     *
     * @param threads how many threads validate (1 runs on the caller's thread)
     */
    public List<Violation> validate(Graph data, int threads) {
        if (threads <= 1) {
            return validate(data);
        }
        Graph g = new SubClassMemo(data);
        List<Shape> targetShapes = new ArrayList<>(shapes.getTargetShapes());
        List<Shape> pairShapes = new ArrayList<>();
        List<Node> pairNodes = new ArrayList<>();
        for (Shape shape : targetShapes) {
            for (Node n : VLib.focusNodes(g, shape)) {
                pairShapes.add(shape);
                pairNodes.add(n);
            }
        }
        List<ValidationReport> reports = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "kg-shacl");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ValidationReport>> parts = new ArrayList<>();
            for (int k = 1; k < threads; k++) {
                int first = k;
                parts.add(pool.submit(() -> validatePart(g, pairShapes, pairNodes, first, threads)));
            }
            reports.add(validatePart(g, pairShapes, pairNodes, 0, threads));
            for (Future<ValidationReport> f : parts) {
                reports.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("validation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return violations(reports);
    }

    /** Validates the pairs {@code first}, {@code first + step}, ... in a context of their own. */
    private ValidationReport validatePart(Graph g, List<Shape> pairShapes, List<Node> pairNodes, int first, int step) {
        ValidationContext vCxt = ValidationContext.create(shapes, g);
        for (int i = first; i < pairShapes.size(); i += step) {
            VLib.validateShape(vCxt, g, pairShapes.get(i), pairNodes.get(i));
        }
        return vCxt.generateReport();
    }

    /**
     * The violations of some focus nodes of a graph (every shape that targets one of them), sorted
     * by focus node; empty if they conform.
     */
    public List<Violation> validate(Graph data, Collection<Node> focus) {
        List<ValidationReport> reports = new ArrayList<>();
        Graph g = SubClassMemo.withTypes(data);
        for (Node n : focus) {
            ValidationReport r = ShaclValidator.get().validate(shapes, g, n);
            if (!r.conforms()) {
                reports.add(r);
            }
        }
        return violations(reports);
    }

    /** The focus nodes whose results a change of some triples can change, by these shapes. */
    public FocusNodes focusNodes() {
        return focusNodes;
    }

    private static List<Violation> violations(List<ValidationReport> reports) {
        List<Violation> out = new ArrayList<>();
        for (ValidationReport report : reports) {
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(str(e.focusNode()), e.resultPath() == null ? "" : e.resultPath().toString(),
                    e.message() == null ? e.constraint().toString() : e.message()));
        }
        }
        out.sort(Comparator.comparing(Violation::focus).thenComparing(Violation::path).thenComparing(Violation::message));
        return out;
    }

    private static String str(Node n) {
        return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
