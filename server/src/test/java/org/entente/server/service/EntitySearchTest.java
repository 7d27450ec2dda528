package org.entente.server.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.loader.query.ParameterException;
import org.entente.loader.store.KgStore;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The entity search, without HTTP, over a small store in memory. */
class EntitySearchTest {
    static final String BASE = "https://w3id.org/entente/";
    static KgStore store;
    static EntitySearch search;

    @BeforeAll
    static void data() {
        store = KgStore.inMemory();
        store.write(dsg -> {
            Graph g = dsg.getGraph(NodeFactory.createURI(BASE + "graph/test"));
            state(g, "POL", "Poland", "Polska", "Pologne");
            state(g, "PYF", "French Polynesia", null, "Polynésie française");
            state(g, "POR", "Portugal-like", null, null);
            Triple alt = Triple.create(iri(BASE + "id/organisation/NATO"), SKOS.altLabel.asNode(),
                    NodeFactory.createLiteralLang("OTAN", "fr"));
            g.add(alt);
            g.add(Triple.create(iri(BASE + "id/organisation/NATO"), RDFS.label.asNode(),
                    NodeFactory.createLiteralLang("North Atlantic Treaty Organization", "en")));
            g.add(Triple.create(iri(BASE + "id/organisation/NATO"), ENT.acronym.asNode(), NodeFactory.createLiteralString("NATO")));
            g.add(Triple.create(iri(BASE + "id/organisation/NATO"), RDF.type.asNode(), ENT.InternationalOrganisation.asNode()));
            g.add(Triple.create(iri(BASE + "id/organisation/NATO"), RDF.type.asNode(), ENT.Actor.asNode()));
            // Not under the base IRI; and a class, which is not an entity one searches for.
            g.add(Triple.create(iri("http://example.org/polder"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Polder", "en")));
            g.add(Triple.create(iri("http://example.org/polder"), RDF.type.asNode(), ENT.Place.asNode()));
            g.add(Triple.create(iri(BASE + "id/asset/patriot"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Patriot air defence system", "en")));
            g.add(Triple.create(iri(BASE + "id/asset/patriot"), RDF.type.asNode(), ENT.AssetType.asNode()));
            g.add(Triple.create(ENT.State.asNode(), RDFS.label.asNode(), NodeFactory.createLiteralLang("Polity", "en")));
            return null;
        });
        search = new EntitySearch(store, IriScheme.of(BASE));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void exactThenEnglishPrefixThenTheRest() {
        List<EntitySearch.Hit> hits = search.search("pol", null, null);
        assertEquals(List.of(BASE + "id/state/POL", "http://example.org/polder", BASE + "id/state/PYF"),
                hits.stream().map(EntitySearch.Hit::iri).toList());
        // POL: exact match of the ISO code, shown with its English name.
        assertEquals(new EntitySearch.Hit(BASE + "id/state/POL", "Poland", "en", "State", "/id/state/POL"), hits.get(0));
        assertNull(hits.get(1).path());
        assertEquals("Place", hits.get(1).type());
        assertEquals(new EntitySearch.Hit(BASE + "id/state/PYF", "Polynésie française", "fr", "State", "/id/state/PYF"), hits.get(2));
    }

    @Test
    void otherLanguagesAltLabelsAndAcronymsCaseInsensitively() {
        assertEquals("Polska", search.search("POLSKA", null, null).get(0).label());
        EntitySearch.Hit otan = search.search("otan", null, null).get(0);
        assertEquals(new EntitySearch.Hit(BASE + "id/organisation/NATO", "OTAN", "fr", "Organisation", "/id/organisation/NATO"), otan);
        EntitySearch.Hit nato = search.search("nato", "organisation", "1").get(0);
        assertEquals("North Atlantic Treaty Organization", nato.label());
    }

    @Test
    void typeFilterAndLimit() {
        assertEquals(List.of(BASE + "id/state/POL", BASE + "id/state/PYF"),
                search.search("pol", "State", null).stream().map(EntitySearch.Hit::iri).toList());
        assertEquals(1, search.search("po", null, "1").size());
        assertTrue(search.search("zz", null, null).isEmpty());
    }

    @Test
    void severalKindsSeparatedByCommas() {
        // Polder is a Place, Poland and French Polynesia are States (and Places here).
        assertEquals(List.of(BASE + "id/state/POL", "http://example.org/polder", BASE + "id/state/PYF"),
                search.search("pol", "State, Place", null).stream().map(EntitySearch.Hit::iri).toList());
        assertTrue(search.search("pol", "Organisation,Asset", null).isEmpty());
        // Asset types: a kind of their own.
        assertEquals(List.of(new EntitySearch.Hit(BASE + "id/asset/patriot", "Patriot air defence system", "en", "Asset", "/id/asset/patriot")),
                search.search("patr", "Asset,Actor", null));
        assertTrue(search.search("patr", "State", null).isEmpty());
        assertEquals("type", assertThrows(ParameterException.class, () -> search.search("p", "State,Country", null)).parameter());
        assertEquals("type", assertThrows(ParameterException.class, () -> search.search("p", "State,", null)).parameter());
    }

    @Test
    void invalidParametersNameThemselves() {
        assertEquals("q", assertThrows(ParameterException.class, () -> search.search(" ", null, null)).parameter());
        assertEquals("q", assertThrows(ParameterException.class, () -> search.search("x".repeat(101), null, null)).parameter());
        assertEquals("type", assertThrows(ParameterException.class, () -> search.search("p", "Country", null)).parameter());
        assertEquals("limit", assertThrows(ParameterException.class, () -> search.search("p", null, "ten")).parameter());
        assertEquals("limit", assertThrows(ParameterException.class, () -> search.search("p", null, "0")).parameter());
    }

    private static void state(Graph g, String code, String en, String pl, String fr) {
        var s = iri(BASE + "id/state/" + code);
        g.add(Triple.create(s, RDF.type.asNode(), ENT.State.asNode()));
        g.add(Triple.create(s, RDF.type.asNode(), ENT.Place.asNode()));
        g.add(Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(en, "en")));
        if (pl != null) {
            g.add(Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(pl, "pl")));
        }
        if (fr != null) {
            g.add(Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(fr, "fr")));
        }
        g.add(Triple.create(s, ENT.iso3166Alpha3.asNode(), NodeFactory.createLiteralString(code)));
    }

    private static org.apache.jena.graph.Node iri(String s) {
        return NodeFactory.createURI(s);
    }
}
