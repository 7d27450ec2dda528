package org.entente.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.entente.loader.Prefixes;
import org.entente.ontology.IriScheme;
import org.entente.server.api.ConfigResource.Config;
import org.entente.server.api.ConfigResource.EntityType;
import org.entente.server.api.ConfigResource.LinkRule;
import org.junit.jupiter.api.Test;

/** What /api/config tells the web form, for the default base IRI and another one. */
class ConfigResourceTest {

    static Config config(String base) {
        return ConfigResource.config(base, "/kg/sparql", Prefixes.standard(IriScheme.of(base)));
    }

    @Test
    void theLinkRulesAreThoseOfTheLinkedDataPages() {
        Config c = config("https://w3id.org/entente/");
        // Longest first, so that the ontology's terms are not taken for the ontology.
        assertEquals(List.of(
                new LinkRule("https://w3id.org/entente/.well-known/void", "/.well-known/void", "document"),
                new LinkRule("http://www.wikidata.org/prop/direct/", "https://www.wikidata.org/wiki/Property:", "prefix"),
                new LinkRule("https://w3id.org/entente/ontology#", "/ontology#", "prefix"),
                new LinkRule("https://w3id.org/entente/ontology", "/ontology", "exact"),
                new LinkRule("http://www.wikidata.org/entity/", "https://www.wikidata.org/wiki/", "prefix"),
                new LinkRule("https://w3id.org/entente/graph/", "/graph/", "prefix"),
                new LinkRule("https://w3id.org/entente/id/", "/id/", "prefix")), c.links());
    }

    @Test
    void anotherBaseIriGivesOtherNamespaces() {
        Config c = config("http://example.org/kg/");
        assertEquals("http://example.org/kg/", c.baseIri());
        assertEquals("http://example.org/kg/id/", c.prefixes().get("kg"));
        assertTrue(c.links().contains(new LinkRule("http://example.org/kg/id/", "/id/", "prefix")), c.links().toString());
        assertTrue(c.links().contains(new LinkRule("http://example.org/kg/graph/", "/graph/", "prefix")), c.links().toString());
        // The ontology's namespace does not move with the base.
        assertTrue(c.links().contains(new LinkRule("https://w3id.org/entente/ontology#", "/ontology#", "prefix")));
        assertEquals(new EntityType("https://w3id.org/entente/ontology#State", "State", "http://example.org/kg/id/state/"),
                c.entityTypes().get("state"));
    }

    @Test
    void entityParameterTypesNameTheirClassSearchKindAndNamespace() {
        Config c = config("https://w3id.org/entente/");
        assertEquals(List.of("state", "organisation", "treaty"), List.copyOf(c.entityTypes().keySet()));
        assertEquals(new EntityType("https://w3id.org/entente/ontology#InternationalOrganisation", "Organisation",
                "https://w3id.org/entente/id/organisation/"), c.entityTypes().get("organisation"));
        assertEquals(new EntityType("https://w3id.org/entente/ontology#Treaty", "Treaty",
                "https://w3id.org/entente/id/treaty/"), c.entityTypes().get("treaty"));
    }
}
