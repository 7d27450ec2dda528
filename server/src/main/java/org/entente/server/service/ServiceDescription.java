package org.entente.server.service;

import java.math.BigInteger;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.entente.ontology.FORMATS;
import org.entente.ontology.SD;

/**
 * The SPARQL 1.1 Service Description of the query endpoint: the endpoint, the languages, result
 * formats and features it supports, and its dataset (the default graph is the union of the named
 * graphs, each listed with its size).
 *
 * @see <a href="https://www.w3.org/TR/sparql11-service-description/">SPARQL 1.1 Service Description</a>
 */
public final class ServiceDescription {
    private ServiceDescription() {}

    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML");

    /**
     * The description, read from a dataset inside the caller's read transaction.
     *
     * @param endpoint  the absolute URL of the query endpoint
     * @param update    the absolute URL of the update endpoint
     * @param federated true if SERVICE may call some remote endpoints
     */
    public static Model describe(String endpoint, String update, DatasetGraph dsg, boolean federated) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix(SD.PREFIX, SD.NS);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix(FORMATS.PREFIX, FORMATS.NS);

        Resource service = m.createResource();
        service.addProperty(RDF.type, sd(m, "Service"));
        service.addProperty(sd(m, "endpoint"), m.createResource(endpoint));
        service.addProperty(sd(m, "supportedLanguage"), sd(m, "SPARQL11Query"));
        for (String f : RESULT_FORMATS) {
            service.addProperty(sd(m, "resultFormat"), FORMATS.format(f));
        }
        service.addProperty(sd(m, "feature"), sd(m, "UnionDefaultGraph"));
        if (federated) {
            service.addProperty(sd(m, "feature"), sd(m, "BasicFederatedQuery"));
        }

        Resource dataset = m.createResource().addProperty(RDF.type, sd(m, "Dataset"));
        service.addProperty(sd(m, "defaultDataset"), dataset);
        List<Node> names = new java.util.ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.sort(java.util.Comparator.comparing(Node::getURI));
        for (Node name : names) {
            long n = dsg.getGraph(name).size();
            Resource graph = m.createResource().addProperty(RDF.type, sd(m, "Graph"))
                    .addProperty(VOID.triples, m.createTypedLiteral(BigInteger.valueOf(n)));
            dataset.addProperty(sd(m, "namedGraph"), m.createResource()
                    .addProperty(RDF.type, sd(m, "NamedGraph"))
                    .addProperty(sd(m, "name"), m.createResource(name.getURI()))
                    .addProperty(sd(m, "graph"), graph));
        }
        // The default graph is the union of the named graphs.
        dataset.addProperty(sd(m, "defaultGraph"), m.createResource().addProperty(RDF.type, sd(m, "Graph")));

        Resource updateService = m.createResource();
        updateService.addProperty(RDF.type, sd(m, "Service"));
        updateService.addProperty(sd(m, "endpoint"), m.createResource(update));
        updateService.addProperty(sd(m, "supportedLanguage"), sd(m, "SPARQL11Update"));
        updateService.addProperty(sd(m, "defaultDataset"), dataset);
        return m;
    }

    private static Property sd(Model m, String local) {
        return SD.property(local);
    }
}
