package org.entente.server.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.loader.mapping.FactType;

/**
 * The fact types of the facts format, read off the loader's {@link FactType} (the format's one
 * schema) for {@code GET /api/fact-types}: each type's kind and fields (what a field holds, how
 * many values it needs), and the values of the fields that take one of a list.
 */
public final class FactTypes {
    private FactTypes() {}

    /**
     * A field: its key, what it holds ({@code actor}, {@code place}, {@code asset}, {@code state},
     * {@code organisation}, {@code any} are ids; {@code text}, {@code time}, {@code fact}; the others
     * take one of {@link Description#choices}), and the least and most values ({@code max} null: any number).
     */
    /** A field: its key, what its value is, how many values it takes (max null: any number), and the entity kinds it names (/api/entities types). */
    public record FieldType(String key, String value, int min, Integer max, List<String> entities) {}

    public record Type(String name, String kind, boolean event, List<FieldType> fields) {}

    /** The types, in the format's order, and the values of each field that takes one of a list (commitment, …). */
    public record Description(List<Type> types, Map<String, List<String>> choices) {}

    /** The keys a fact has outside its fields (its label, quote and confidence have places of their own). */
    private static final Set<String> OWN = Set.of("label", "quote", "confidence");

    private static final Description DESCRIPTION = describe();

    public static Description description() {
        return DESCRIPTION;
    }

    private static Description describe() {
        List<Type> types = new ArrayList<>();
        for (FactType t : FactType.values()) {
            List<FieldType> fields = new ArrayList<>();
            for (FactType.Field f : t.fields().values()) {
                if (!OWN.contains(f.key())) {
                    fields.add(new FieldType(f.key(), lower(f.value().name()), f.min(), f.max() == FactType.Field.MANY ? null : f.max(),
                            f.value().refKinds().stream().map(r -> EntitySearch.Kind.of(r).label()).toList()));
                }
            }
            types.add(new Type(t.name(), lower(t.kind().name()).replace('_', '-'), t.kind().isEvent(), List.copyOf(fields)));
        }
        Map<String, List<String>> choices = new LinkedHashMap<>();
        FactType.MODALITY.forEach((key, values) -> choices.put(key, List.copyOf(values.keySet())));
        choices.put("outcome", List.copyOf(FactType.OUTCOMES.keySet()));
        choices.put("stance", List.copyOf(FactType.STANCES.keySet()));
        choices.put("boolean", List.of("yes", "no")); // as FORMAT.md writes affirmed: (the mapper also reads true, false)
        return new Description(List.copyOf(types), java.util.Collections.unmodifiableMap(choices));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
