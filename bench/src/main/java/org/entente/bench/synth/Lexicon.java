package org.entente.bench.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.entente.loader.source.Actor;
import org.entente.loader.source.Asset;
import org.entente.loader.source.Country;
import org.entente.loader.source.Membership;
import org.entente.loader.source.Organisation;
import org.entente.loader.source.Place;
import org.entente.loader.source.ReferenceData;
import org.entente.loader.source.Treaty;

/**
 * The entities of the reference data as the synthetic articles name them: every id a facts file
 * may use, with an English name that fits in a sentence ("the Black Sea", "the EU", "Poland").
 * Built from {@link ReferenceData} only, in the order of the reference tables, so that the same
 * reference data always gives the same lexicon.
 */
final class Lexicon {

    /** An entity that a fact may name: its id in facts files and its name in running text. */
    record Entity(String id, String name) {}

    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)");
    /** Acronyms read as words, which take no article ("NATO", not "the NATO"). */
    private static final Set<String> ACRONYM_WORDS = Set.of("NATO");

    final List<Entity> states = new ArrayList<>();
    /** States with at least one land border. */
    final List<Entity> borderingStates = new ArrayList<>();
    final List<Entity> organisations = new ArrayList<>();
    final List<Entity> actors = new ArrayList<>();
    final List<Entity> places = new ArrayList<>();
    final List<Entity> assets = new ArrayList<>();
    final List<Entity> treaties = new ArrayList<>();
    private final Map<String, Entity> stateById = new HashMap<>();
    private final Map<String, List<String>> borders = new HashMap<>();
    private final List<Membership> memberships;

    Lexicon(ReferenceData data) {
        for (Country c : data.countries()) {
            Entity e = new Entity(c.iso3(), stateName(c.names().getOrDefault("en", c.iso3())));
            states.add(e);
            stateById.put(c.iso3(), e);
            borders.put(c.iso3(), List.copyOf(c.borders()));
        }
        for (Country c : data.countries()) {
            // Only borders with states the data knows (every alpha-3 code in the data set is one).
            if (c.borders().stream().anyMatch(stateById::containsKey)) {
                borderingStates.add(stateById.get(c.iso3()));
            }
        }
        for (Organisation o : data.organisations()) {
            organisations.add(new Entity(o.id(), ACRONYM_WORDS.contains(o.id()) ? o.id() : "the " + o.id()));
        }
        for (Actor a : data.actors()) {
            actors.add(new Entity(a.id(), a.label()));
        }
        for (Place p : data.places()) {
            String label = strip(p.label());
            boolean the = "Sea".equals(p.type()) || Character.isLowerCase(label.charAt(0));
            places.add(new Entity(p.id(), the ? "the " + label : label));
        }
        for (Asset a : data.assets()) {
            String name = "AircraftType".equals(a.type()) ? a.id() + " jets" : strip(a.label());
            assets.add(new Entity(a.id(), name));
        }
        for (Treaty t : data.treaties()) {
            treaties.add(new Entity(t.id(), "the " + strip(t.name())));
        }
        this.memberships = List.copyOf(data.memberships());
        if (states.isEmpty() || borderingStates.isEmpty() || organisations.isEmpty() || assets.isEmpty()) {
            throw new IllegalArgumentException("the reference data has no states, borders, organisations or assets to write about");
        }
    }

    Entity state(String iso3) {
        return stateById.get(iso3);
    }

    /** The land neighbours of a state that the data knows, in the data's order. */
    List<Entity> neighbours(String iso3) {
        List<Entity> out = new ArrayList<>();
        for (String b : borders.getOrDefault(iso3, List.of())) {
            Entity e = stateById.get(b);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    boolean borders(String a, String b) {
        return borders.getOrDefault(a, List.of()).contains(b) || borders.getOrDefault(b, List.of()).contains(a);
    }

    /** The members of an organisation on a day, in the order of the memberships table. */
    List<Entity> members(String organisation, LocalDate day) {
        List<Entity> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Membership m : memberships) {
            if (m.organisation().equals(organisation) && !m.start().isAfter(day)
                    && m.end().map(e -> !e.isBefore(day)).orElse(true) && seen.add(m.member())) {
                Entity e = stateById.get(m.member());
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Actors of every kind: states, organisations and the actors table. */
    List<Entity> anyActorPool() {
        List<Entity> all = new ArrayList<>(states);
        all.addAll(organisations);
        all.addAll(actors);
        return all;
    }

    private static String stateName(String common) {
        String n = strip(common);
        boolean the = n.startsWith("United ") || n.endsWith(" Islands") || n.endsWith(" Republic")
                || Set.of("Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles",
                        "Vatican City").contains(n);
        return the ? "the " + n : n;
    }

    private static String strip(String label) {
        return PARENTHESIS.matcher(label).replaceAll("").strip();
    }
}
