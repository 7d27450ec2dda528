package org.entente.loader.mapping;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.entente.ontology.IriScheme;
import org.entente.ontology.PROV;

/**
 * Where each graph's data comes from and under which licence: every graph describes itself as a
 * void:Dataset and a prov:Entity derived from its inputs.
 */
public final class DataSources {
    private DataSources() {}

    /** Open Data Commons Open Database License 1.0 (world-countries). */
    public static final Resource ODBL = Rdf.iri("https://opendatacommons.org/licenses/odbl/1-0/");
    /** Creative Commons Attribution 4.0 (Our World in Data's identifiers; this project's curated data). */
    public static final Resource CC_BY_4 = Rdf.iri("https://creativecommons.org/licenses/by/4.0/");

    /** The npm package world-countries 5.1.0. */
    public static final Resource WORLD_COUNTRIES = Rdf.iri("https://www.npmjs.com/package/world-countries/v/5.1.0");
    /** Our World in Data's country and region table, which records each country's Wikidata item. */
    public static final Resource OWID_COUNTRIES = Rdf.iri("https://github.com/owid/etl");
    /** The repository of this project, whose curated tables are the source of the other graphs. */
    public static final Resource PROJECT = Rdf.iri(IriScheme.DEFAULT_BASE);

    /** Describes a graph: title, description, licences and what it was derived from. */
    static void describe(Model m, Resource graph, String title, String description, Resource[] licences,
            Resource... derivedFrom) {
        m.add(graph, RDF.type, VOID.Dataset);
        m.add(graph, RDF.type, PROV.Entity);
        m.add(graph, DCTerms.title, Rdf.en(title));
        m.add(graph, DCTerms.description, Rdf.en(description));
        for (Resource l : licences) {
            m.add(graph, DCTerms.license, l);
        }
        for (Resource d : derivedFrom) {
            m.add(graph, PROV.wasDerivedFrom, d);
        }
    }
}
