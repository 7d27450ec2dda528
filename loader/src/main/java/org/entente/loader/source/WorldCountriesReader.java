package org.entente.loader.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads {@code countries.json} of the npm package world-countries (5.x): codes, names in English
 * and in the languages of its translations and native names, region, coordinates, area and land
 * borders.
 */
public final class WorldCountriesReader {
    private WorldCountriesReader() {}

    /** ISO 639-2/B codes that the data set uses, and their BCP 47 tags. */
    private static final Map<String, String> BIBLIOGRAPHIC = Map.of("per", "fa");
    private static final Map<String, String> ISO3_TO_BCP47 = new java.util.HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            try {
                ISO3_TO_BCP47.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException ignored) {
                // a language without a three-letter code: nothing to map
            }
        }
        ISO3_TO_BCP47.putAll(BIBLIOGRAPHIC);
    }

    /** The BCP 47 tag for an ISO 639-2/3 code: its two-letter code where one exists, else the code itself. */
    static String languageTag(String iso639) {
        return ISO3_TO_BCP47.getOrDefault(iso639, iso639);
    }

    public static List<Country> read(Input input) {
        JsonValue root;
        try {
            root = JSON.parseAny(new java.io.ByteArrayInputStream(input.bytes()));
        } catch (JsonException e) {
            throw new InputException(input.name(), "is not valid JSON: " + e.getMessage());
        }
        if (!root.isArray()) {
            throw new InputException(input.name(), "expected a JSON array of countries");
        }
        List<Country> countries = new ArrayList<>();
        int i = 0;
        for (JsonValue v : root.getAsArray()) {
            Origin origin = new Origin(input.name() + "#" + i++, 0);
            if (!v.isObject()) {
                throw origin.error("expected a JSON object");
            }
            countries.add(country(v.getAsObject(), origin));
        }
        return Collections.unmodifiableList(countries);
    }

    private static Country country(JsonObject o, Origin origin) {
        String iso3 = string(o, "cca3", origin);
        Origin at = new Origin(origin.file() + " (" + iso3 + ")", 0);
        if (!iso3.matches(Patterns.ISO3)) {
            throw at.error("cca3 is '" + iso3 + "', not an ISO 3166-1 alpha-3 code");
        }
        String iso2 = string(o, "cca2", at);
        String numeric = o.hasKey("ccn3") && o.get("ccn3").isString() ? o.get("ccn3").getAsString().value() : "";
        JsonObject name = object(o, "name", at);

        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> official = new LinkedHashMap<>();
        names.put("en", string(name, "common", at));
        official.put("en", string(name, "official", at));
        if (o.hasKey("translations")) {
            JsonObject tr = object(o, "translations", at);
            for (String lang : new java.util.TreeSet<>(tr.keys())) {
                JsonObject t = tr.get(lang).getAsObject();
                names.putIfAbsent(languageTag(lang), string(t, "common", at));
                official.putIfAbsent(languageTag(lang), string(t, "official", at));
            }
        }
        if (name.hasKey("native")) {
            JsonObject nat = object(name, "native", at);
            for (String lang : new java.util.TreeSet<>(nat.keys())) {
                JsonObject t = nat.get(lang).getAsObject();
                names.putIfAbsent(languageTag(lang), string(t, "common", at));
                official.putIfAbsent(languageTag(lang), string(t, "official", at));
            }
        }

        Optional<double[]> latLong = Optional.empty();
        if (o.hasKey("latlng") && o.get("latlng").isArray()) {
            JsonArray a = o.get("latlng").getAsArray();
            if (a.size() == 2) {
                latLong = Optional.of(new double[] {
                    a.get(0).getAsNumber().value().doubleValue(), a.get(1).getAsNumber().value().doubleValue()});
            }
        }
        Optional<Double> area = o.hasKey("area") && o.get("area").isNumber()
                ? Optional.of(o.get("area").getAsNumber().value().doubleValue()) : Optional.empty();
        Optional<Boolean> independent = o.hasKey("independent") && o.get("independent").isBoolean()
                ? Optional.of(o.get("independent").getAsBoolean().value()) : Optional.empty();
        List<String> borders = new ArrayList<>();
        if (o.hasKey("borders")) {
            for (JsonValue b : o.get("borders").getAsArray()) {
                borders.add(b.getAsString().value());
            }
        }
        return new Country(iso3, iso2, numeric, names, official,
                optionalString(o, "region"), optionalString(o, "subregion"), latLong, area, independent,
                bool(o, "unMember"), bool(o, "landlocked"), List.copyOf(borders),
                strings(o, "capital"), demonyms(o), strings(o, "altSpellings"), at);
    }

    /** The strings of an array field, or none if the field is missing or not an array. */
    private static List<String> strings(JsonObject o, String key) {
        List<String> values = new ArrayList<>();
        if (o.hasKey(key) && o.get(key).isArray()) {
            for (JsonValue v : o.get(key).getAsArray()) {
                if (v.isString()) {
                    values.add(v.getAsString().value());
                }
            }
        }
        return List.copyOf(values);
    }

    /** The English demonyms ({@code demonyms.eng.f} and {@code .m}), each once. */
    private static List<String> demonyms(JsonObject o) {
        java.util.LinkedHashSet<String> values = new java.util.LinkedHashSet<>();
        if (o.hasKey("demonyms") && o.get("demonyms").isObject() && o.get("demonyms").getAsObject().hasKey("eng")
                && o.get("demonyms").getAsObject().get("eng").isObject()) {
            JsonObject eng = o.get("demonyms").getAsObject().get("eng").getAsObject();
            for (String k : List.of("m", "f")) {
                String v = optionalString(eng, k);
                if (!v.isBlank()) {
                    values.add(v);
                }
            }
        }
        return List.copyOf(values);
    }

    private static String string(JsonObject o, String key, Origin at) {
        if (!o.hasKey(key) || !o.get(key).isString()) {
            throw at.error("missing string field '" + key + "'");
        }
        return o.get(key).getAsString().value();
    }

    private static String optionalString(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isString() ? o.get(key).getAsString().value() : "";
    }

    private static JsonObject object(JsonObject o, String key, Origin at) {
        if (!o.hasKey(key) || !o.get(key).isObject()) {
            throw at.error("missing object field '" + key + "'");
        }
        return o.get(key).getAsObject();
    }

    private static boolean bool(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isBoolean() && o.get(key).getAsBoolean().value();
    }
}
