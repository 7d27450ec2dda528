package org.entente.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.ontology.ENT;

/**
 * The HTML documentation of the ontology, generated from the ontology document itself: its
 * metadata, the class hierarchy, and every class, property and named individual of the
 * {@code ent:} namespace with its label, definition, domain, range, super- and sub-terms, inverse,
 * disjoint classes and characteristics, each anchored by its local name ({@code #Deployment}).
 * Terms of other vocabularies (Wikidata, PROV-O, OWL-Time, SEM, schema.org, Web Annotation) are
 * external links.
 */
public final class OntologyDocs {
    private final Model m;
    private final Links links;

    private OntologyDocs(Model m, Links links) {
        this.m = m;
        this.links = links;
    }

    /** The whole page. */
    public static String render(Model ontology, Links links) {
        return new OntologyDocs(ontology, links).page();
    }

    private String page() {
        Resource ont = m.getResource(ENT.ONTOLOGY_IRI);
        List<Resource> classes = terms(OWL.Class);
        List<Resource> objectProps = terms(OWL.ObjectProperty);
        List<Resource> dataProps = terms(OWL.DatatypeProperty);
        List<Resource> annotationProps = terms(OWL.AnnotationProperty);
        List<Resource> individuals = terms(OWL2.NamedIndividual);
        String title = literal(ont, DCTerms.title).orElse("The Entente ontology");

        StringBuilder sb = new StringBuilder(65536);
        sb.append("<article class=\"ontology\">\n<header class=\"entity-header\">\n<h1>").append(Html.esc(title)).append("</h1>\n");
        sb.append("<dl class=\"meta\">\n");
        meta(sb, "IRI", "<code>" + Html.esc(ENT.ONTOLOGY_IRI) + "</code>");
        meta(sb, "Namespace", "<code>" + Html.esc(ENT.NS) + "</code> (prefix <code>" + Html.esc(ENT.PREFIX) + ":</code>)");
        literal(ont, OWL.versionInfo).ifPresent(vi -> {
            String vIri = ont.hasProperty(OWL2.versionIRI) && ont.getProperty(OWL2.versionIRI).getObject().isURIResource()
                    ? " — <code>" + Html.esc(ont.getProperty(OWL2.versionIRI).getResource().getURI()) + "</code>" : "";
            meta(sb, "Version", Html.esc(vi) + vIri);
        });
        literal(ont, DCTerms.created).ifPresent(c -> meta(sb, "Created", Html.esc(c)));
        List<String> licences = new ArrayList<>();
        ont.listProperties(DCTerms.license).forEachRemaining(s -> {
            if (s.getObject().isURIResource()) {
                String u = s.getResource().getURI();
                licences.add(Html.link(Links.external(u), u, "ext", null));
            }
        });
        if (!licences.isEmpty()) {
            meta(sb, "Licence", String.join(", ", licences));
        }
        List<String> downloads = new ArrayList<>();
        for (Format f : Format.RDF) {
            downloads.add("<a href=\"" + Html.esc(links.path("/ontology." + f.extension())) + "\" type=\""
                    + Html.esc(f.mediaType()) + "\">" + Html.esc(f.label()) + "</a>");
        }
        meta(sb, "Download", String.join(" · ", downloads));
        sb.append("</dl>\n");
        literal(ont, DCTerms.description).ifPresent(d -> sb.append("<p class=\"lead\">").append(Html.esc(d)).append("</p>\n"));
        sb.append("</header>\n");

        sb.append("<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n");
        toc(sb, "sec-classes", "Classes", classes);
        toc(sb, "sec-object-properties", "Object properties", objectProps);
        toc(sb, "sec-datatype-properties", "Datatype properties", dataProps);
        if (!annotationProps.isEmpty()) {
            toc(sb, "sec-annotation-properties", "Annotation properties", annotationProps);
        }
        toc(sb, "sec-individuals", "Named individuals", individuals);
        sb.append("<p><a href=\"#sec-hierarchy\">Class hierarchy</a> · <a href=\"#sec-alignments\">Alignments</a></p>\n");
        sb.append("</nav>\n");

        sb.append("<section id=\"sec-hierarchy\">\n<h2>Class hierarchy</h2>\n").append(hierarchy(classes)).append("</section>\n");
        sb.append(alignments(classes, objectProps, dataProps));

        sb.append("<section id=\"sec-classes\">\n<h2>Classes</h2>\n");
        classes.forEach(c -> sb.append(classSection(c)));
        sb.append("</section>\n<section id=\"sec-object-properties\">\n<h2>Object properties</h2>\n");
        objectProps.forEach(p -> sb.append(propertySection(p, "Object property")));
        sb.append("</section>\n<section id=\"sec-datatype-properties\">\n<h2>Datatype properties</h2>\n");
        dataProps.forEach(p -> sb.append(propertySection(p, "Datatype property")));
        sb.append("</section>\n");
        if (!annotationProps.isEmpty()) {
            sb.append("<section id=\"sec-annotation-properties\">\n<h2>Annotation properties</h2>\n");
            annotationProps.forEach(p -> sb.append(propertySection(p, "Annotation property")));
            sb.append("</section>\n");
        }
        sb.append("<section id=\"sec-individuals\">\n<h2>Named individuals</h2>\n");
        individuals.forEach(i -> sb.append(individualSection(i)));
        sb.append("</section>\n</article>\n");

        List<Layout.Alternate> alternates = new ArrayList<>();
        for (Format f : Format.RDF) {
            alternates.add(new Layout.Alternate(links.path("/ontology." + f.extension()), f.mediaType(), f.label()));
        }
        return Layout.page(links, title, Layout.Nav.ONTOLOGY, alternates, sb.toString());
    }

    // ---------------------------------------------------------------- sections

    private String classSection(Resource c) {
        StringBuilder sb = open(c, "Class");
        row(sb, "Subclass of", refs(objects(c, RDFS.subClassOf)));
        row(sb, "Subclasses", refs(subjects(RDFS.subClassOf, c)));
        List<String> equivalent = new ArrayList<>();
        for (RDFNode e : objects(c, OWL.equivalentClass)) {
            equivalent.add(classExpression(e));
        }
        row(sb, "Equivalent to", equivalent);
        Set<Resource> disjoint = new LinkedHashSet<>();
        objects(c, OWL.disjointWith).forEach(x -> {
            if (x.isResource()) {
                disjoint.add(x.asResource());
            }
        });
        subjects(OWL.disjointWith, c).forEach(x -> disjoint.add(x.asResource()));
        m.listResourcesWithProperty(RDF.type, OWL2.AllDisjointClasses).forEachRemaining(adc -> {
            List<RDFNode> members = list(adc, OWL2.members);
            if (members.contains(c)) {
                members.stream().filter(x -> !x.equals(c) && x.isResource()).forEach(x -> disjoint.add(x.asResource()));
            }
        });
        row(sb, "Disjoint with", refs(new ArrayList<>(disjoint)));
        row(sb, "In the domain of", refs(subjects(RDFS.domain, c)));
        row(sb, "In the range of", refs(subjects(RDFS.range, c)));
        List<RDFNode> instances = new ArrayList<>();
        m.listSubjectsWithProperty(RDF.type, c).forEachRemaining(i -> {
            if (i.hasProperty(RDF.type, OWL2.NamedIndividual)) {
                instances.add(i);
            }
        });
        row(sb, "Named individuals", refs(instances));
        return close(sb);
    }

    private String propertySection(Resource p, String kind) {
        StringBuilder sb = open(p, kind);
        List<String> chars = new ArrayList<>();
        for (Resource ch : List.of(OWL.FunctionalProperty, OWL.InverseFunctionalProperty, OWL.SymmetricProperty,
                OWL2.AsymmetricProperty, OWL.TransitiveProperty, OWL2.ReflexiveProperty, OWL2.IrreflexiveProperty)) {
            if (p.hasProperty(RDF.type, ch)) {
                chars.add(Html.esc(ch.getLocalName().replace("Property", "").toLowerCase(java.util.Locale.ROOT)));
            }
        }
        row(sb, "Characteristics", chars);
        row(sb, "Domain", objects(p, RDFS.domain).stream().map(this::classExpression).toList());
        row(sb, "Range", objects(p, RDFS.range).stream().map(this::classExpression).toList());
        row(sb, "Subproperty of", refs(objects(p, RDFS.subPropertyOf)));
        row(sb, "Subproperties", refs(subjects(RDFS.subPropertyOf, p)));
        Set<RDFNode> inverse = new LinkedHashSet<>(objects(p, OWL.inverseOf));
        inverse.addAll(subjects(OWL.inverseOf, p));
        row(sb, "Inverse of", refs(new ArrayList<>(inverse)));
        return close(sb);
    }

    private String individualSection(Resource i) {
        StringBuilder sb = open(i, "Named individual");
        List<RDFNode> types = new ArrayList<>(objects(i, RDF.type));
        types.removeIf(t -> t.equals(OWL2.NamedIndividual));
        row(sb, "Type", refs(types));
        return close(sb);
    }

    private StringBuilder open(Resource term, String kind) {
        String local = term.getURI().substring(ENT.NS.length());
        StringBuilder sb = new StringBuilder("<section class=\"term\" id=\"").append(Html.esc(local)).append("\">\n<h3>")
                .append(Html.esc(label(term))).append(" <a class=\"anchor-link\" href=\"#").append(Html.esc(local))
                .append("\" aria-label=\"Link to this term\">#</a></h3>\n<p class=\"term-iri\"><span class=\"kind\">")
                .append(Html.esc(kind)).append("</span> <code>ent:").append(Html.esc(local)).append("</code> ")
                .append("<span class=\"muted small\">").append(Html.esc(term.getURI())).append("</span></p>\n");
        literal(term, RDFS.comment).ifPresent(c -> sb.append("<p class=\"definition\">").append(Html.esc(c)).append("</p>\n"));
        sb.append("<dl class=\"term-facts\">\n");
        return sb;
    }

    private static String close(StringBuilder sb) {
        return sb.append("</dl>\n</section>\n").toString();
    }

    private static void row(StringBuilder sb, String name, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sb.append("<dt>").append(Html.esc(name)).append("</dt><dd>").append(String.join(", ", values)).append("</dd>\n");
    }

    private static void meta(StringBuilder sb, String name, String html) {
        sb.append("<dt>").append(Html.esc(name)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private void toc(StringBuilder sb, String id, String heading, List<Resource> terms) {
        sb.append("<h3><a href=\"#").append(id).append("\">").append(Html.esc(heading)).append("</a> <span class=\"count\">")
                .append(terms.size()).append("</span></h3>\n<ul class=\"toc-terms\">");
        for (Resource t : terms) {
            String local = t.getURI().substring(ENT.NS.length());
            sb.append("<li><a href=\"#").append(Html.esc(local)).append("\">").append(Html.esc(local)).append("</a></li>");
        }
        sb.append("</ul>\n");
    }

    /** The ent: classes as nested lists under their ent: super-classes (a class with two parents appears twice). */
    private String hierarchy(List<Resource> classes) {
        List<Resource> roots = classes.stream().filter(c -> objects(c, RDFS.subClassOf).stream()
                .noneMatch(s -> s.isURIResource() && s.asResource().getURI().startsWith(ENT.NS))).toList();
        StringBuilder sb = new StringBuilder("<ul class=\"tree\">\n");
        for (Resource r : roots) {
            tree(sb, r, new LinkedHashSet<>());
        }
        return sb.append("</ul>\n").toString();
    }

    private void tree(StringBuilder sb, Resource c, Set<Resource> path) {
        if (!path.add(c)) {
            return; // a cycle; the ontology has none, but never loop
        }
        sb.append("<li>").append(ref(c));
        List<Resource> children = subjects(RDFS.subClassOf, c).stream().filter(RDFNode::isURIResource)
                .map(RDFNode::asResource).filter(x -> x.getURI().startsWith(ENT.NS))
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        if (!children.isEmpty()) {
            sb.append("<ul>");
            for (Resource ch : children) {
                tree(sb, ch, path);
            }
            sb.append("</ul>");
        }
        sb.append("</li>\n");
        path.remove(c);
    }

    /** Every subclass and subproperty axiom from an ent: term to a term of another vocabulary. */
    private String alignments(List<Resource> classes, List<Resource> objectProps, List<Resource> dataProps) {
        StringBuilder sb = new StringBuilder("<section id=\"sec-alignments\">\n<h2>Alignments</h2>\n")
                .append("<p>Terms of this ontology that specialise terms of Wikidata, PROV-O, OWL-Time, the Simple Event ")
                .append("Model, schema.org and the Web Annotation vocabulary.</p>\n")
                .append("<div class=\"table-wrap\"><table>\n<thead><tr><th scope=\"col\">Term</th><th scope=\"col\">Relation</th>")
                .append("<th scope=\"col\">External term</th></tr></thead>\n<tbody>\n");
        List<Resource> all = new ArrayList<>(classes);
        all.addAll(objectProps);
        all.addAll(dataProps);
        for (Resource t : all) {
            for (var p : List.of(RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty)) {
                for (RDFNode o : objects(t, p)) {
                    if (o.isURIResource() && !o.asResource().getURI().startsWith(ENT.NS)) {
                        sb.append("<tr><td>").append(ref(t)).append("</td><td><code>")
                                .append(Html.esc(links.shortName(p.getURI()))).append("</code></td><td>").append(ref(o))
                                .append("</td></tr>\n");
                    }
                }
            }
        }
        return sb.append("</tbody></table></div>\n</section>\n").toString();
    }

    // ---------------------------------------------------------------- helpers

    /** The ent: terms with this rdf:type, by local name. */
    private List<Resource> terms(Resource type) {
        TreeSet<String> iris = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        m.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(ENT.NS)) {
                iris.add(r.getURI());
            }
        });
        return iris.stream().map(m::getResource).toList();
    }

    private List<String> refs(List<RDFNode> nodes) {
        List<String> out = new ArrayList<>();
        nodes.stream().sorted(Comparator.comparing((RDFNode n) -> !(n.isURIResource()
                && n.asResource().getURI().startsWith(ENT.NS))).thenComparing(RDFNode::toString))
                .forEach(n -> out.add(ref(n)));
        return out;
    }

    /** A link to a term: within the page for ent: terms, outside for the rest. */
    private String ref(RDFNode n) {
        if (!n.isURIResource()) {
            return classExpression(n);
        }
        String iri = n.asResource().getURI();
        String name = links.shortName(iri);
        if (iri.startsWith(ENT.NS)) {
            String local = iri.substring(ENT.NS.length());
            return "<a href=\"#" + Html.esc(local) + "\" title=\"" + Html.esc(label(n.asResource())) + "\">"
                    + Html.esc(name) + "</a>";
        }
        String title = literal(n.asResource(), RDFS.label).orElse(iri);
        return Html.link(Links.external(iri), name, "ext", title);
    }

    /** A named class, or a description of an anonymous one (one of, union of, intersection of). */
    private String classExpression(RDFNode n) {
        if (n.isURIResource()) {
            return ref(n);
        }
        if (!n.isResource()) {
            return Html.esc(n.toString());
        }
        Resource r = n.asResource();
        if (r.hasProperty(OWL.oneOf)) {
            return "one of {" + String.join(", ", list(r, OWL.oneOf).stream().map(this::ref).toList()) + "}";
        }
        if (r.hasProperty(OWL.unionOf)) {
            return String.join(" or ", list(r, OWL.unionOf).stream().map(this::ref).toList());
        }
        if (r.hasProperty(OWL.intersectionOf)) {
            return String.join(" and ", list(r, OWL.intersectionOf).stream().map(this::ref).toList());
        }
        return "<span class=\"muted\">an anonymous class</span>";
    }

    private List<RDFNode> list(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        if (s == null || !s.getObject().canAs(RDFList.class)) {
            return List.of();
        }
        return s.getObject().as(RDFList.class).asJavaList();
    }

    private List<RDFNode> objects(Resource s, org.apache.jena.rdf.model.Property p) {
        return s.listProperties(p).mapWith(Statement::getObject).toList();
    }

    private List<RDFNode> subjects(org.apache.jena.rdf.model.Property p, RDFNode o) {
        List<RDFNode> out = new ArrayList<>();
        m.listSubjectsWithProperty(p, o).forEachRemaining(out::add);
        return out;
    }

    private String label(Resource r) {
        return literal(r, RDFS.label).orElseGet(() -> r.getLocalName());
    }

    /** The English (else any) value of a literal property. */
    private static Optional<String> literal(Resource r, org.apache.jena.rdf.model.Property p) {
        List<org.apache.jena.graph.Node> lits = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (s.getObject().isLiteral()) {
                lits.add(s.getObject().asNode());
            }
        });
        return Labels.pick(lits).map(org.apache.jena.graph.Node::getLiteralLexicalForm);
    }
}
