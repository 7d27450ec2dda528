package org.entente.loader;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.entente.ontology.ENT;
import org.entente.ontology.GEO;
import org.entente.ontology.IriScheme;
import org.entente.ontology.PROV;
import org.entente.ontology.SCHEMA;
import org.entente.ontology.SEM;
import org.entente.ontology.TIME;
import org.entente.ontology.WIKIDATA;

/** The prefixes that results are shortened with and that queries may use without declaring them. */
public final class Prefixes {
    private Prefixes() {}

    /** The standard prefixes, with {@code kg:} for the entities minted under the scheme's base. */
    public static PrefixMapping standard(IriScheme scheme) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix(ENT.PREFIX, ENT.NS);
        pm.setNsPrefix("kg", scheme.entityNamespace());
        pm.setNsPrefix("rdf", RDF.getURI());
        pm.setNsPrefix("rdfs", RDFS.getURI());
        pm.setNsPrefix("owl", OWL.getURI());
        pm.setNsPrefix("xsd", XSD.getURI());
        pm.setNsPrefix("skos", SKOS.getURI());
        pm.setNsPrefix("dcterms", DCTerms.getURI());
        pm.setNsPrefix("prov", PROV.NS);
        pm.setNsPrefix("time", TIME.NS);
        pm.setNsPrefix("oa", OA.NS);
        pm.setNsPrefix("void", VOID.NS);
        pm.setNsPrefix("wd", WIKIDATA.ENTITY_NS);
        pm.setNsPrefix("wdt", WIKIDATA.DIRECT_NS);
        pm.setNsPrefix(SEM.PREFIX, SEM.NS);
        pm.setNsPrefix(SCHEMA.PREFIX, SCHEMA.NS);
        pm.setNsPrefix(GEO.PREFIX, GEO.NS);
        pm.lock();
        return pm;
    }
}
