package org.entente.loader.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
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
     * The violations of some focus nodes of a graph (every shape that targets one of them), sorted
     * by focus node; empty if they conform.
     */
    public List<Violation> validate(Graph data, Collection<Node> focus) {
        List<ValidationReport> reports = new ArrayList<>();
        for (Node n : focus) {
            ValidationReport r = ShaclValidator.get().validate(shapes, data, n);
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
        out.sort(Comparator.comparing(Violation::focus).thenComparing(Violation::path));
        return out;
    }

    private static String str(Node n) {
        return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
