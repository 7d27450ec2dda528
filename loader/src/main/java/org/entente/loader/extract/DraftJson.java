package org.entente.loader.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.entente.loader.UsageException;
import org.entente.loader.mapping.FactType;
import org.entente.loader.source.Patterns;

/**
 * Writes a draft as JSON with Jena's JSON writer (which escapes strings), and reads it back as a reviewer
 * edited it; the shape is in docs/extract.md.
 */
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
            if (f.hasConfidence()) {
                o.put("confidence", round(f.confidence()));
            }
            JsonArray fields = new JsonArray();
            for (DraftField field : f.fields()) {
                JsonObject fo = new JsonObject();
                fo.put("key", field.key());
                fo.put("value", field.value());
                field.span().ifPresent(s -> fo.put("span", span(s)));
                if (!Double.isNaN(field.confidence())) {
                    fo.put("confidence", round(field.confidence()));
                }
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

    /** The keys of a fact that are not in its list of fields: they have members of their own. */
    private static final Set<String> OWN_MEMBERS = Set.of("label", "quote", "confidence");

    /** A draft from its JSON; every error is one line naming the member at fault. */
    static Draft read(String json) {
        JsonObject root;
        try {
            root = JSON.parse(json);
        } catch (JsonException e) {
            throw new UsageException("the draft is not valid JSON: " + String.valueOf(e.getMessage()).split("\\R", 2)[0]);
        } catch (RuntimeException e) {
            // Jena's parser fails on some truncated texts with an exception of its own, not a JsonException.
            throw new UsageException("the draft is not valid JSON: it ends too early or is not one JSON object");
        }
        JsonObject article = object(root, "article", "article");
        ArticleMeta meta = new ArticleMeta(string(article, "id", "article.id"), string(article, "title", "article.title"),
                Optional.ofNullable(optionalString(article, "published", "article.published")));
        String software = string(root, "generatedBy", "generatedBy");
        Instant at;
        try {
            at = Instant.parse(string(root, "generatedAt", "generatedAt"));
        } catch (DateTimeParseException e) {
            throw new UsageException("generatedAt '" + string(root, "generatedAt", "generatedAt")
                    + "' is not a date and time in UTC such as 2026-12-02T17:05:00Z");
        }
        List<DraftFact> facts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonArray array = array(root, "facts", "facts");
        for (int i = 0; i < array.size(); i++) {
            String where = "facts[" + i + "]";
            if (!array.get(i).isObject()) {
                throw new UsageException(where + " must be an object");
            }
            DraftFact f = fact(array.get(i).getAsObject(), where);
            if (!ids.add(f.id())) {
                throw new UsageException(where + ".id '" + f.id() + "' is the id of an earlier fact; each fact needs its own");
            }
            facts.add(f);
        }
        List<String> notes = new ArrayList<>();
        if (root.hasKey("notes")) {
            JsonArray n = array(root, "notes", "notes");
            for (int i = 0; i < n.size(); i++) {
                if (!n.get(i).isString()) {
                    throw new UsageException("notes[" + i + "] must be a string");
                }
                notes.add(n.get(i).getAsString().value());
            }
        }
        return new Draft(meta, facts, notes, software, at);
    }

    private static DraftFact fact(JsonObject o, String where) {
        String id = string(o, "id", where + ".id");
        if (!id.matches(Patterns.SLUG)) {
            throw new UsageException(where + ".id '" + id + "' must be lower-case letters, digits and hyphens (at most 64)");
        }
        String typeName = string(o, "type", where + ".type");
        FactType type = FactType.named(typeName).orElseThrow(() -> new UsageException(where + ".type '" + typeName
                + "' is not a fact type; one of " + Arrays.stream(FactType.values()).map(Enum::name).collect(Collectors.joining(", "))));
        String label = string(o, "label", where + ".label");
        if (label.isBlank()) {
            throw new UsageException(where + ".label is empty; a fact needs a label");
        }
        double confidence = o.hasKey("confidence") ? confidence(o.get("confidence"), where + ".confidence") : DraftFact.NO_CONFIDENCE;
        List<DraftField> fields = new ArrayList<>();
        JsonArray fa = array(o, "fields", where + ".fields");
        for (int k = 0; k < fa.size(); k++) {
            String fw = where + ".fields[" + k + "]";
            if (!fa.get(k).isObject()) {
                throw new UsageException(fw + " must be an object {\"key\": …, \"value\": …}");
            }
            JsonObject fo = fa.get(k).getAsObject();
            String key = string(fo, "key", fw + ".key");
            if (OWN_MEMBERS.contains(key) || !type.fields().containsKey(key)) {
                throw new UsageException(fw + ".key '" + key + "' is not a field of " + type.name() + "; its fields are "
                        + type.fields().keySet().stream().filter(x -> !OWN_MEMBERS.contains(x)).collect(Collectors.joining(", ")));
            }
            String value = string(fo, "value", fw + ".value").strip();
            if (value.isEmpty()) {
                continue; // a field left empty in review is not stated
            }
            Optional<Span> span = fo.hasKey("span") ? Optional.of(span(fo.get("span"), fw + ".span")) : Optional.empty();
            double c = fo.hasKey("confidence") ? confidence(fo.get("confidence"), fw + ".confidence") : DraftFact.NO_CONFIDENCE;
            fields.add(new DraftField(key, value, span, c));
        }
        JsonObject quote = object(o, "quote", where + ".quote");
        String text = string(quote, "text", where + ".quote.text");
        if (text.isBlank()) {
            throw new UsageException(where + ".quote.text is empty; a fact needs the passage of the text that states it");
        }
        if (!quote.hasKey("span")) {
            throw new UsageException(where + ".quote has no \"span\" ({\"start\": …, \"end\": …} in code points)");
        }
        return new DraftFact(id, type, label, fields, text, span(quote.get("span"), where + ".quote.span"), confidence);
    }

    private static Span span(JsonValue v, String where) {
        if (!v.isObject()) {
            throw new UsageException(where + " must be an object {\"start\": …, \"end\": …}");
        }
        int start = integer(v.getAsObject().get("start"), where + ".start");
        int end = integer(v.getAsObject().get("end"), where + ".end");
        if (end < start) {
            throw new UsageException(where + " ends (" + end + ") before it starts (" + start + ")");
        }
        return new Span(start, end);
    }

    private static int integer(JsonValue v, String where) {
        if (v == null || !v.isNumber()) {
            throw new UsageException(where + " must be a whole number from 0");
        }
        java.math.BigDecimal d = new java.math.BigDecimal(v.getAsNumber().value().toString());
        if (d.signum() < 0 || d.stripTrailingZeros().scale() > 0 || d.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new UsageException(where + " must be a whole number from 0, not " + d.toPlainString());
        }
        return d.intValue();
    }

    private static double confidence(JsonValue v, String where) {
        if (v.isNull()) {
            return DraftFact.NO_CONFIDENCE;
        }
        if (!v.isNumber()) {
            throw new UsageException(where + " must be a number from 0 to 1");
        }
        double d = v.getAsNumber().value().doubleValue();
        if (!(d >= 0 && d <= 1)) {
            throw new UsageException(where + " is " + v.getAsNumber().value() + "; it must be from 0 to 1");
        }
        return d;
    }

    private static JsonObject object(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        if (v == null || !v.isObject()) {
            throw new UsageException("the draft needs " + where + " as an object");
        }
        return v.getAsObject();
    }

    private static JsonArray array(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        if (v == null || !v.isArray()) {
            throw new UsageException("the draft needs " + where + " as an array");
        }
        return v.getAsArray();
    }

    private static String string(JsonObject o, String key, String where) {
        String s = optionalString(o, key, where);
        if (s == null) {
            throw new UsageException("the draft needs " + where + " as a string");
        }
        return s;
    }

    private static String optionalString(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new UsageException(where + " must be a string");
        }
        return v.getAsString().value();
    }
}
