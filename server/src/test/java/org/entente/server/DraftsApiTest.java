package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.entente.loader.StoreStatistics;
import org.entente.loader.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * POST /api/drafts/facts-file and GET /api/fact-types on a real server on a free port: the facts
 * file of an edited draft, written by the loader's writer, public and writing nothing; one-line 4xx
 * for bad drafts; the fact types as the loader's FactType gives them.
 */
class DraftsApiTest {
    static KgStore store;
    static KgServer server;

    static final String DRAFT = """
            {"article": {"id": "offers", "title": "Offers", "published": "2022-01-24"},
             "generatedBy": "entente-extractor 0.2", "generatedAt": "2026-12-02T18:50:00Z",
             "facts": [{"id": "added-1", "type": "Deployment", "label": "France offers troops to Romania",
               "fields": [{"key": "sender", "value": "FRA"}, {"key": "destination", "value": "ROU"},
                          {"key": "asset", "value": "troops"}, {"key": "commitment", "value": "offered"}],
               "quote": {"text": "France has offered to send troops to Romania", "span": {"start": 0, "end": 44}}}],
             "notes": []}
            """;

    @BeforeAll
    static void start() {
        store = KgStore.inMemory();
        server = KgServer.builder().store(store).graphs(TestData.GRAPHS)
                .config(ServerConfig.builder().port(0).credentials(new Credentials("editor", "pw")).build()).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> factsFile(String body) {
        return Http.post(server.url() + "api/drafts/facts-file", "application/json", body);
    }

    static String detail(HttpResponse<String> r) {
        return Http.json(r).get("detail").asText();
    }

    @Test
    void anEditedDraftBecomesAFactsFileWithoutCredentialsAndNothingIsWritten() {
        long before = StoreStatistics.of(store).totalTriples();
        HttpResponse<String> r = factsFile("{\"draft\": " + DRAFT + ", \"review\": \"reviewed\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
        assertEquals("""
                # Drafted by kg extract and reviewed: a person has checked every fact against the text.
                article: offers
                title: Offers
                text: offers.txt
                published: 2022-01-24
                genre: news
                generated-by: entente-extractor 0.2
                generated-at: 2026-12-02T18:50:00Z
                review: reviewed

                [added-1]
                type: Deployment
                label: France offers troops to Romania
                sender: FRA
                destination: ROU
                asset: troops
                commitment: offered
                quote: France has offered to send troops to Romania
                """, r.body());
        HttpResponse<String> drafted = factsFile("{\"draft\": " + DRAFT + "}");
        assertTrue(drafted.body().contains("\nreview: drafted\n"), drafted.body());
        assertEquals(before, StoreStatistics.of(store).totalTriples());
    }

    @Test
    void badDraftsGetOneLine4xx() {
        HttpResponse<String> notJson = factsFile("{\"draft\": ");
        assertEquals(400, notJson.statusCode());
        assertTrue(detail(notJson).startsWith("the body is not valid JSON: "), notJson.body());
        assertEquals(400, factsFile("[]").statusCode());
        HttpResponse<String> type = factsFile("{\"draft\": " + DRAFT.replace("\"Deployment\"", "\"Invasion\"") + "}");
        assertEquals(400, type.statusCode());
        assertTrue(detail(type).startsWith("facts[0].type 'Invasion' is not a fact type; one of Deployment, Withdrawal, "), type.body());
        HttpResponse<String> id = factsFile("{\"draft\": " + DRAFT.replace("\"added-1\"", "\"../x\"") + "}");
        assertEquals(400, id.statusCode());
        assertEquals("facts[0].id '../x' must be lower-case letters, digits and hyphens (at most 64)", detail(id));
        HttpResponse<String> review = factsFile("{\"draft\": " + DRAFT + ", \"review\": \"approved\"}");
        assertEquals(400, review.statusCode());
        assertEquals("\"review\" must be \"drafted\" or \"reviewed\", not \"approved\"", detail(review));
        HttpResponse<String> undated = factsFile("{\"draft\": " + DRAFT.replace(", \"published\": \"2022-01-24\"", "") + "}");
        assertEquals(400, undated.statusCode());
        assertTrue(detail(undated).startsWith("draft.article.published is missing"), undated.body());
        HttpResponse<String> big = factsFile("{\"draft\": {\"x\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}}");
        assertEquals(413, big.statusCode());
        for (HttpResponse<String> r : List.of(notJson, type, id, review, undated, big)) {
            assertEquals(-1, detail(r).indexOf('\n'), detail(r));
        }
    }

    @Test
    void theFactTypesAreTheLoadersWithTheirFields() {
        JsonNode d = Http.json(Http.get(server.url() + "api/fact-types"));
        List<String> names = new ArrayList<>();
        d.get("types").forEach(t -> names.add(t.get("name").asText()));
        assertEquals(List.of("Deployment", "Withdrawal", "ArmsTransfer", "ForceReadiness", "MilitaryExercise", "Evacuation",
                "Negotiation", "Demand", "Position", "Warning", "Denial", "Assurance", "Appeal", "Accusation", "Assessment",
                "Prediction", "Proposal", "BorderStatement", "MembershipStatement"), names);
        JsonNode deployment = d.get("types").get(0);
        assertEquals("action", deployment.get("kind").asText());
        List<String> fields = new ArrayList<>();
        deployment.get("fields").forEach(f -> fields.add(f.get("key").asText() + ":" + f.get("value").asText() + ":"
                + f.get("min").asInt() + ":" + (f.get("max").isNull() ? "many" : f.get("max").asText())));
        assertEquals(List.of("note:text:0:1", "time:time:0:1", "commitment:commitment:0:1", "progress:progress:0:1",
                "posture:posture:0:1", "sender:actor:1:many", "destination:place:1:many", "asset:asset:1:many",
                "purpose:text:0:1"), fields);
        // The entity kinds each field names, for the page's suggestions (/api/entities?type=...).
        List<String> kinds = new ArrayList<>();
        deployment.get("fields").forEach(f -> kinds.add(f.get("key").asText() + ":" + f.get("entities").toString()));
        assertEquals(List.of("note:[]", "time:[]", "commitment:[]", "progress:[]", "posture:[]",
                "sender:[\"State\",\"Organisation\",\"Actor\"]", "destination:[\"State\",\"Place\"]",
                "asset:[\"Asset\"]", "purpose:[]"), kinds);
        assertEquals("speech-act", d.get("types").get(7).get("kind").asText());
        assertEquals("[\"considering\",\"offered\",\"announced\",\"decided\"]", d.get("choices").get("commitment").toString());
        assertEquals("[\"planned\",\"under-way\",\"carried-out\",\"cancelled\"]", d.get("choices").get("progress").toString());
    }
}
