package org.entente.loader.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.ShAnd;
import org.apache.jena.shacl.engine.constraint.ShNode;
import org.apache.jena.shacl.engine.constraint.ShNot;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.engine.constraint.ShXone;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;

/**
 * The focus nodes whose SHACL results a change of some triples can change, read from the shapes
 * (docs/incremental.md): a store that conformed before the change conforms after it if these nodes
 * do.
 *
 * <ul>
 * <li>the subjects and objects of the changed triples (targets by class, by subject or object of a
 * predicate, and every path that starts at the focus node);</li>
 * <li>for a node whose types changed, the nodes that point to it by the first step of a property
 * shape with a constraint on the value's class (sh:class, or sh:or, sh:xone, sh:and, sh:not,
 * sh:node, a qualified shape: all read the value's own triples); for a node whose other triples
 * changed, those that point to it by the first step of a property shape with a nested shape;</li>
 * <li>for a node whose triples by a later step of a sequence path changed, the nodes that reach it
 * by the earlier steps;</li>
 * <li>the target node of each shape with SPARQL constraints (which run over every record of a
 * class) if a changed triple's predicate is one its queries name, or it gives a node one of the
 * classes they name.</li>
 * </ul>
 */
public final class FocusNodes {
    private static final Node TYPE = RDF.type.asNode();
    private static final Pattern IRI = Pattern.compile("<([^<>\\s]+)>");

    /** Predicates of first steps whose value's types matter, and those whose value's triples all matter. */
    private final Set<Node> classOfValue = new HashSet<>();
    private final Set<Node> shapeOfValue = new HashSet<>();
    /** For a later step of a sequence path, the step before it. */
    private final Map<Node, Set<Node>> stepBefore = new HashMap<>();
    /** For each target node of SPARQL-constrained shapes, the IRIs its queries name. */
    private final Map<Node, Set<Node>> wholeClassShapes = new HashMap<>();

    /** The predicates of sh:targetObjectsOf: whether a node is a focus node depends on the triples that point to it by one. */
    private final Set<Node> objectTargets = new HashSet<>();

    /** The predicates whose objects some shape targets (sh:targetObjectsOf). */
    public Set<Node> objectTargets() {
        return Set.copyOf(objectTargets);
    }

    public FocusNodes(Shapes shapes) {
        Iterator<Shape> all = shapes.iteratorAll();
        while (all.hasNext()) {
            Shape shape = all.next();
            for (Target t : shape.getTargets()) {
                if (t.getTargetType() == TargetType.targetObjectsOf) {
                    objectTargets.add(t.getObject());
                }
            }
            if (shape instanceof PropertyShape ps) {
                List<Node> steps = steps(ps.getPath());
                for (int i = 1; i < steps.size(); i++) {
                    stepBefore.computeIfAbsent(steps.get(i), k -> new HashSet<>()).add(steps.get(i - 1));
                }
                if (!steps.isEmpty()) {
                    for (Constraint c : ps.getConstraints()) {
                        if (c instanceof ClassConstraint) {
                            classOfValue.add(steps.get(0));
                        } else if (c instanceof ShOr || c instanceof ShXone || c instanceof ShAnd || c instanceof ShNot
                                || c instanceof ShNode || c instanceof QualifiedValueShape) {
                            classOfValue.add(steps.get(0));
                            shapeOfValue.add(steps.get(0));
                        }
                    }
                }
            }
            for (Constraint c : shape.getConstraints()) {
                if (c instanceof SparqlConstraint sc) {
                    Set<Node> named = new HashSet<>();
                    Matcher m = IRI.matcher(Algebra.compile(sc.getQuery()).toString());
                    while (m.find()) {
                        named.add(NodeFactory.createURI(m.group(1)));
                    }
                    for (Target t : shape.getTargets()) {
                        if (t.getTargetType() == TargetType.targetNode) {
                            Set<Node> n = wholeClassShapes.computeIfAbsent(t.getObject(), k -> new HashSet<>());
                            n.addAll(named);
                            n.add(t.getObject());
                        }
                    }
                }
            }
        }
    }

    /** The predicates of a path made of links (one, or a sequence of them); empty for any other path. */
    private static List<Node> steps(Path path) {
        List<Node> out = new ArrayList<>();
        if (path instanceof P_Link l) {
            out.add(l.getNode());
        } else if (path instanceof P_Seq s) {
            List<Node> left = steps(s.getLeft());
            List<Node> right = steps(s.getRight());
            if (left.isEmpty() || right.isEmpty()) {
                return List.of();
            }
            out.addAll(left);
            out.addAll(right);
        }
        return out;
    }

    /**
     * The focus nodes to validate after some triples were added to or removed from {@code data}
     * (which holds the result).
     */
    public Set<Node> of(Graph data, Iterable<Triple> changed) {
        Set<Node> out = new HashSet<>();
        Map<Node, Set<Node>> back = new HashMap<>(); // node -> predicates by which its referrers matter
        for (Triple t : changed) {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            out.add(s);
            if (!o.isLiteral()) {
                out.add(o);
            }
            if (p.equals(TYPE)) {
                back.computeIfAbsent(s, k -> new HashSet<>()).addAll(classOfValue);
            } else {
                back.computeIfAbsent(s, k -> new HashSet<>()).addAll(shapeOfValue);
            }
            Set<Node> before = stepBefore.get(p);
            if (before != null) {
                back.computeIfAbsent(s, k -> new HashSet<>()).addAll(before);
            }
            wholeClassShapes.forEach((target, named) -> {
                if (p.equals(TYPE) ? named.contains(o) : named.contains(p)) {
                    out.add(target);
                }
            });
        }
        // Walk back along the steps (a sequence path of several steps walks back several times).
        Set<Node> seen = new HashSet<>();
        List<Map.Entry<Node, Set<Node>>> work = new ArrayList<>(back.entrySet());
        while (!work.isEmpty()) {
            Map.Entry<Node, Set<Node>> e = work.remove(work.size() - 1);
            for (Node p : e.getValue()) {
                data.find(Node.ANY, p, e.getKey()).forEachRemaining(r -> {
                    Node referrer = r.getSubject();
                    out.add(referrer);
                    Set<Node> earlier = stepBefore.get(p);
                    if (earlier != null && seen.add(referrer)) {
                        work.add(Map.entry(referrer, earlier));
                    }
                });
            }
        }
        out.removeIf(Node::isLiteral);
        return out;
    }
}
