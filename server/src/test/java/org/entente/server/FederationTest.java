package org.entente.server;

import static org.entente.server.Http.enc;
import static org.entente.server.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Federated queries: a second, real Fuseki plays Wikidata; our server may call it with SERVICE
 * because it is on the allow-list (--federate), and nothing else.
 */
class FederationTest {

    /**
     * The populations (wdt:P1082) of the six NATO members that border Russia. The numbers are
     * made up (round figures of roughly the right size), not Wikidata's: the test is about the join.
     */
    static final String FAKE_WIKIDATA = """
            PREFIX wd:  <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            wd:Q191 wdt:P1082 1300000 .   # Estonia
            wd:Q33  wdt:P1082 5500000 .   # Finland
            wd:Q211 wdt:P1082 1900000 .   # Latvia
            wd:Q37  wdt:P1082 2800000 .   # Lithuania
            wd:Q20  wdt:P1082 5400000 .   # Norway
            wd:Q36  wdt:P1082 38000000 .  # Poland
            wd:Q159 wdt:P1082 145000000 . # Russia (not a NATO member: must not appear)
            """;

    static final String NATO_NEIGHBOURS_WITH_POPULATION = """
            PREFIX ent:  <https://w3id.org/entente/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX wdt:  <http://www.wikidata.org/prop/direct/>
            SELECT ?name ?population WHERE {
              ?russia ent:iso3166Alpha3 "RUS" .
              ?membership ent:member ?state ; ent:organisation/ent:acronym "NATO" ; ent:startDate ?since .
              OPTIONAL { ?membership ent:endDate ?until }
              BIND (xsd:date(SUBSTR(STR(NOW()), 1, 10)) AS ?today)
              FILTER (?since <= ?today && (!BOUND(?until) || ?until >= ?today))
              ?state ent:sharesLandBorderWith ?russia ;
                     rdfs:label ?name ;
                     owl:sameAs ?item .
              FILTER (lang(?name) = "en" && STRSTARTS(STR(?item), "http://www.wikidata.org/entity/"))
              SERVICE <%s> { ?item wdt:P1082 ?population }
            } ORDER BY ?name
            """;

    static FusekiServer wikidata;
    static KgServer server;
    static String wikidataEndpoint;

    @BeforeAll
    static void start() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(FAKE_WIKIDATA, Lang.TURTLE).parse(dsg.getDefaultGraph());
        wikidata = FusekiServer.create().port(0).fusekiModules(FusekiModules.empty()).add("/wikidata", dsg, false).build().start();
        wikidataEndpoint = "http://localhost:" + wikidata.getHttpPort() + "/wikidata/sparql";
        server = KgServer.builder().store(TestData.bundled()).graphs(TestData.GRAPHS)
                .config(ServerConfig.builder().port(0).federate(wikidataEndpoint).build()).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        wikidata.stop();
    }

    @Test
    void joinsOurNatoNeighboursWithTheRemotePopulation() {
        HttpResponse<String> r = get(server.url() + "kg/sparql?format=csv&query="
                + enc(NATO_NEIGHBOURS_WITH_POPULATION.formatted(wikidataEndpoint)));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("name,population", "Estonia,1300000", "Finland,5500000", "Latvia,1900000",
                "Lithuania,2800000", "Norway,5400000", "Poland,38000000"), r.body().lines().toList());
    }

    @Test
    void anEndpointNotOnTheAllowListIsRefused() {
        // Same server, another URL: the allow-list compares whole URLs.
        String other = "http://localhost:" + wikidata.getHttpPort() + "/wikidata/query";
        HttpResponse<String> r = get(server.url() + "kg/sparql?query="
                + enc(NATO_NEIGHBOURS_WITH_POPULATION.formatted(other)));
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE <" + other + "> refused"), r.body());
        assertTrue(r.body().contains(wikidataEndpoint), r.body());
    }

    @Test
    void theServiceDescriptionAnnouncesFederation() {
        HttpResponse<String> r = get(server.url() + "kg/sparql", "Accept", "text/turtle");
        assertTrue(r.body().contains("sd:BasicFederatedQuery"), r.body());
    }
}
