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
import org.entente.ontology.IriScheme;
import org.entente.ontology.PROV;
import org.entente.ontology.TIME;
import org.entente.ontology.WIKIDATA;

/** The prefixes that results are shortened with and that queries may use without declaring them. */
public final class Prefixes {
    private Prefixes() {}

    /** The standard prefixes, with {@code kg:} for the entities minted under the scheme's base. */
    public static PrefixMapping standard(IriScheme scheme) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix(ENT.PREFIX, ENT.NS);
        pm.setNsPrefix("kg", scheme.base() + "id/");
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
        pm.setNsPrefix("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        pm.setNsPrefix("schema", "https://schema.org/");
        pm.setNsPrefix("geo", "http://www.w3.org/2003/01/geo/wgs84_pos#");
        pm.lock();
        return pm;
    }
}
