package org.entente.loader.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** Writes a draft as JSON with Jena's JSON writer (which escapes strings); the shape is in docs/extract.md. */
final class DraftJson {
    private DraftJson() {}

    static String write(Draft draft) {
        JsonObject root = new JsonObject();
        JsonObject article = new JsonObject();
        article.put("id", draft.meta().id());
        article.put("title", draft.meta().title());
        draft.meta().published().ifPresent(p -> article.put("published", p));
        root.put("article", article);
        root.put("generatedBy", draft.software());
        root.put("generatedAt", draft.generatedAt().toString());
        JsonArray facts = new JsonArray();
        for (DraftFact f : draft.facts()) {
            JsonObject o = new JsonObject();
            o.put("id", f.id());
            o.put("type", f.type().name());
            o.put("label", f.label());
            o.put("confidence", round(f.confidence()));
            JsonArray fields = new JsonArray();
            for (DraftField field : f.fields()) {
                JsonObject fo = new JsonObject();
                fo.put("key", field.key());
                fo.put("value", field.value());
                field.span().ifPresent(s -> fo.put("span", span(s)));
                fo.put("confidence", round(field.confidence()));
                fields.add(fo);
            }
            o.put("fields", fields);
            JsonObject quote = new JsonObject();
            quote.put("text", f.quote());
            quote.put("span", span(f.quoteSpan()));
            o.put("quote", quote);
            facts.add(o);
        }
        root.put("facts", facts);
        JsonArray notes = new JsonArray();
        draft.notes().forEach(notes::add);
        root.put("notes", notes);
        return write(root);
    }

    static JsonObject span(Span s) {
        JsonObject o = new JsonObject();
        o.put("start", s.start());
        o.put("end", s.end());
        return o;
    }

    /** A confidence with three decimals. */
    static org.apache.jena.atlas.json.JsonNumber round(double d) {
        return org.apache.jena.atlas.json.JsonNumber.value(java.math.BigDecimal.valueOf(Math.round(d * 1000), 3).stripTrailingZeros());
    }

    /** A JSON object as UTF-8 text, indented, ending with a line break. */
    static String write(JsonObject root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, root);
        return out.toString(StandardCharsets.UTF_8).strip() + "\n";
    }
}
