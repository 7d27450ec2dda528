package org.entente.server.ld;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.entente.loader.Prefixes;
import org.entente.loader.StoreStatistics;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.store.KgStore;
import org.entente.ontology.ENT;
import org.entente.ontology.FORMATS;
import org.entente.ontology.IriScheme;
import org.entente.ontology.WIKIDATA;

/**
 * The VoID description of the dataset, computed from the store in one read transaction: the
 * dataset with its SPARQL endpoint, dumps, licences, size, URI space, vocabularies, example
 * resources, class and property partitions; each named graph as a subset with its own description;
 * and the linkset of owl:sameAs links to Wikidata.
 *
 * <p>Counts: {@code void:triples} of the dataset is the sum of the sizes of the named graphs (the
 * number of quads in a dump), and property partitions count the same way, so they add up to it.
 * Class partitions count distinct instances ({@code void:entities}).
 */
public final class VoidBuilder {
    private static final String PROPERTY_COUNTS = """
            SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p ORDER BY ?p
            """;
    private static final String DISTINCT_COUNTS = """
            SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects)
            WHERE { GRAPH ?g { ?s ?p ?o } }
            """;
    private static final String SAME_AS_WIKIDATA = """
            SELECT (COUNT(*) AS ?n) WHERE {
              GRAPH ?g { ?s <%s> ?o }
              FILTER(isIRI(?o) && STRSTARTS(STR(?o), "%s"))
            }
            """.formatted(OWL.sameAs.getURI(), WIKIDATA.ENTITY_NS);

    private final KgStore store;
    private final GraphNames graphs;

    public VoidBuilder(KgStore store, GraphNames graphs) {
        this.store = store;
        this.graphs = graphs;
    }

    /** The dataset's IRI: {@code {base}.well-known/void#dataset}. */
    public String datasetIri() {
        return graphs.scheme().voidResource("dataset").getURI();
    }

    /** The linkset's IRI: {@code {base}.well-known/void#wikidata-links}. */
    public String linksetIri() {
        return graphs.scheme().voidResource("wikidata-links").getURI();
    }

    /**
     * The VoID graph.
     *
     * @param serverRoot the absolute URL of this server's root with the context path and without a
     *     trailing slash, such as http://localhost:3030, taken from the request
     * @param sparqlEndpointPath the endpoint's path on the server, such as /kg/sparql
     */
    public Graph build(String serverRoot, String sparqlEndpointPath) {
        return store.read(dsg -> buildIn(dsg, serverRoot, sparqlEndpointPath));
    }

    private Graph buildIn(DatasetGraph dsg, String serverRoot, String endpointPath) {
        IriScheme scheme = graphs.scheme();
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.standard(graphs.scheme()));
        g.getPrefixMapping().setNsPrefix(FORMATS.PREFIX, FORMATS.NS);
        g.getPrefixMapping().setNsPrefix("foaf", FOAF.NS);

        Node ds = iri(datasetIri());
        add(g, ds, RDF.type.asNode(), VOID.Dataset.asNode());
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Entente", "en"));
        add(g, ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "A knowledge graph of states, military alliances and other international organisations, memberships "
                        + "over time, treaties and their parties, land borders, and military and diplomatic events as "
                        + "news sources report them, each statement linked to the passage of text that supports it.",
                "en"));
        add(g, ds, VOID.sparqlEndpoint.asNode(), iri(serverRoot + endpointPath));
        add(g, ds, VOID.dataDump.asNode(), iri(serverRoot + "/dumps/kg.trig"));
        add(g, ds, VOID.dataDump.asNode(), iri(serverRoot + "/dumps/kg.nq.gz"));
        add(g, ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(scheme.entityNamespace()));
        for (String f : List.of("Turtle", "JSON-LD", "N-Triples", "RDF_XML", "TriG", "N-Quads", "SPARQL_Results_JSON")) {
            add(g, ds, VOID.feature.asNode(), FORMATS.format(f).asNode());
        }

        StoreStatistics.Stats stats = StoreStatistics.of(dsg);
        add(g, ds, VOID.triples.asNode(), integer(stats.totalTriples()));

        // Licences: every dcterms:license of a graph's own description, and the ontology's.
        Set<Node> licences = new LinkedHashSet<>();
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.sort(java.util.Comparator.comparing(Node::toString));
        for (Node name : names) {
            dsg.getGraph(name).find(name, DCTerms.license.asNode(), Node.ANY).forEachRemaining(t -> licences.add(t.getObject()));
        }
        dsg.getUnionGraph().find(iri(ENT.ONTOLOGY_IRI), DCTerms.license.asNode(), Node.ANY)
                .forEachRemaining(t -> licences.add(t.getObject()));
        licences.forEach(l -> add(g, ds, DCTerms.license.asNode(), l));

        // Example resources that exist in this store.
        for (Resource ex : List.of(scheme.state("RUS"), scheme.organisation("NATO"), scheme.article("nato-second-life"))) {
            Node n = ex.asNode();
            if (dsg.getUnionGraph().contains(n, Node.ANY, Node.ANY)) {
                add(g, ds, VOID.exampleResource.asNode(), n);
            }
        }

        // Distinct subjects and objects over the union.
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(DISTINCT_COUNTS).build()) {
            ResultSet rs = qe.execSelect();
            if (rs.hasNext()) {
                QuerySolution s = rs.next();
                add(g, ds, VOID.distinctSubjects.asNode(), integer(s.getLiteral("subjects").getLong()));
                add(g, ds, VOID.distinctObjects.asNode(), integer(s.getLiteral("objects").getLong()));
            }
        }

        // Class partitions.
        add(g, ds, VOID.classes.asNode(), integer(stats.classes().size()));
        for (StoreStatistics.ClassCount c : stats.classes()) {
            Node part = NodeFactory.createBlankNode();
            add(g, ds, VOID.classPartition.asNode(), part);
            add(g, part, VOID._class.asNode(), iri(c.type()));
            add(g, part, VOID.entities.asNode(), integer(c.instances()));
        }

        // Property partitions, and the vocabularies they come from.
        Map<String, Long> propertyCounts = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(PROPERTY_COUNTS).build()) {
            qe.execSelect().forEachRemaining(s -> propertyCounts.put(s.getResource("p").getURI(), s.getLiteral("n").getLong()));
        }
        add(g, ds, VOID.properties.asNode(), integer(propertyCounts.size()));
        propertyCounts.forEach((p, n) -> {
            Node part = NodeFactory.createBlankNode();
            add(g, ds, VOID.propertyPartition.asNode(), part);
            add(g, part, VOID.property.asNode(), iri(p));
            add(g, part, VOID.triples.asNode(), integer(n));
        });
        Set<String> vocabularies = new java.util.TreeSet<>();
        List<String> used = new ArrayList<>(propertyCounts.keySet());
        stats.classes().forEach(c -> used.add(c.type()));
        for (String term : used) {
            if (term.startsWith(ENT.NS)) {
                vocabularies.add(ENT.ONTOLOGY_IRI);
                continue;
            }
            g.getPrefixMapping().getNsPrefixMap().values().stream()
                    .filter(ns -> term.startsWith(ns) && !ns.equals(scheme.entityNamespace()) && !ns.equals(ENT.NS))
                    .max(java.util.Comparator.comparingInt(String::length)).ifPresent(vocabularies::add);
        }
        vocabularies.forEach(v -> add(g, ds, VOID.vocabulary.asNode(), iri(v)));

        // Each named graph is a subset with its own description.
        for (Node name : names) {
            add(g, ds, VOID.subset.asNode(), name);
            add(g, name, RDF.type.asNode(), VOID.Dataset.asNode());
            Graph named = dsg.getGraph(name);
            named.find(name, Node.ANY, Node.ANY).forEachRemaining(g::add);
            if (!named.contains(name, DCTerms.title.asNode(), Node.ANY)) {
                add(g, name, DCTerms.title.asNode(), NodeFactory.createLiteralLang(fallbackTitle(name), "en"));
            }
            add(g, name, VOID.triples.asNode(), integer(named.size()));
        }

        // The owl:sameAs links to Wikidata.
        Node linkset = iri(linksetIri());
        Node wikidata = scheme.voidResource("wikidata").asNode();
        long links = 0;
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(SAME_AS_WIKIDATA).build()) {
            ResultSet rs = qe.execSelect();
            if (rs.hasNext()) {
                links = rs.next().getLiteral("n").getLong();
            }
        }
        add(g, ds, VOID.subset.asNode(), linkset);
        add(g, linkset, RDF.type.asNode(), VOID.Linkset.asNode());
        add(g, linkset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Links to Wikidata items", "en"));
        add(g, linkset, VOID.linkPredicate.asNode(), OWL.sameAs.asNode());
        add(g, linkset, VOID.subjectsTarget.asNode(), ds);
        add(g, linkset, VOID.objectsTarget.asNode(), wikidata);
        add(g, linkset, VOID.triples.asNode(), integer(links));
        add(g, wikidata, RDF.type.asNode(), VOID.Dataset.asNode());
        add(g, wikidata, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Wikidata", "en"));
        add(g, wikidata, FOAF.homepage.asNode(), iri(WIKIDATA.SITE));
        add(g, wikidata, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(WIKIDATA.ENTITY_NS));
        add(g, wikidata, VOID.sparqlEndpoint.asNode(), iri(WIKIDATA.SPARQL_ENDPOINT));
        return g;
    }

    private String fallbackTitle(Node name) {
        String iri = name.getURI();
        if (iri.equals(graphs.ontology().getURI())) {
            return "The Entente ontology";
        }
        if (iri.equals(graphs.inferred().getURI())) {
            return "Triples inferred by the loader";
        }
        return graphs.scheme().parse(iri).filter(m -> m.kind() == IriScheme.Kind.GRAPH)
                .map(m -> "Graph " + String.join("/", m.segments())).orElse(iri);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
