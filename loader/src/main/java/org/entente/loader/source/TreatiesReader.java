package org.entente.loader.source;

import static org.entente.loader.source.CountryIdentifiersReader.checked;

import java.util.List;
import java.util.Optional;

/** Reads treaties.csv: treaties and the other international instruments of the data. */
public final class TreatiesReader {
    private TreatiesReader() {}

    public static final String[] COLUMNS = {"id", "name", "signed_date", "signed_place", "signed_place_wikidata",
        "in_force_date", "founds", "wikidata", "depositary_iso3", "source_url", "instrument", "depositaries",
        "provisionally_applied", "terminated", "termination_cause", "termination_note", "note"};

    /** The kinds of instrument a row may give. */
    public static final String INSTRUMENTS = "treaty|political-declaration|memorandum|package-of-measures";
    /** The causes of termination a row may give. */
    public static final String CAUSES = "expiry|withdrawal|agreement";

    public static List<Treaty> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> {
                    Treaty t = new Treaty(
                            r.require("id", Patterns.SLUG, "a lower-case id such as north-atlantic-treaty"),
                            r.require("name"),
                            r.date("signed_date"),
                            r.require("signed_place"),
                            r.optional("signed_place_wikidata").map(q -> checked(r, "signed_place_wikidata", q, Patterns.QID, "a Wikidata item")),
                            r.optionalDate("in_force_date"),
                            r.optional("founds").map(o -> checked(r, "founds", o, Patterns.ORGANISATION, "an organisation acronym")),
                            r.optional("wikidata").map(q -> checked(r, "wikidata", q, Patterns.QID, "a Wikidata item")),
                            r.optional("depositary_iso3").map(c -> checked(r, "depositary_iso3", c, Patterns.ISO3, "an ISO alpha-3 code")),
                            r.require("source_url", Patterns.URL, "an http(s) URL"),
                            r.require("instrument", INSTRUMENTS, String.join(", ", INSTRUMENTS.split("\\|"))),
                            depositaries(r),
                            r.optionalDate("provisionally_applied"),
                            r.optionalDate("terminated"),
                            r.optional("termination_cause").map(c -> checked(r, "termination_cause", c, CAUSES, "expiry, withdrawal or agreement")),
                            r.optional("termination_note"),
                            r.optional("note"),
                            new Origin(r.file(), r.line()));
                    if (t.inForce().isPresent() && t.inForce().get().isBefore(t.signed())) {
                        throw r.error("in_force_date " + t.inForce().get() + " is before signed_date " + t.signed());
                    }
                    if (t.terminated().isPresent() != t.terminationCause().isPresent()) {
                        throw r.error("terminated and termination_cause go together: give both or neither");
                    }
                    if (t.terminated().isPresent() && t.terminated().get().isBefore(t.inForce().orElse(t.signed()))) {
                        throw r.error("terminated " + t.terminated().get() + " is before the instrument took effect");
                    }
                    if (t.provisionallyApplied().isPresent() && t.inForce().isPresent()
                            && t.provisionallyApplied().get().isAfter(t.inForce().get())) {
                        throw r.error("provisionally_applied " + t.provisionallyApplied().get() + " is after in_force_date " + t.inForce().get());
                    }
                    t.depositaryIso3().ifPresent(d -> {
                        if (!t.depositaries().equals(Optional.of(List.of(d)))) {
                            throw r.error("depositary_iso3 is " + d + " but depositaries is '" + r.get("depositaries")
                                    + "'; depositary_iso3 is given only for a single depositary, the same in both");
                        }
                    });
                    return t;
                })
                .toList();
    }

    /** Space-separated ids, {@code none}, or empty (not verified). */
    private static Optional<List<String>> depositaries(CsvTable.Row r) {
        String v = r.get("depositaries");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.equals("none")) {
            return Optional.of(List.of());
        }
        return Optional.of(PlacesReader.words(r, "depositaries", Patterns.ISO3,
                "ids of states separated by spaces, or none"));
    }
}
