package org.entente.loader.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.loader.mapping.RefKind;
import org.entente.loader.source.Actor;
import org.entente.loader.source.Alias;
import org.entente.loader.source.Asset;
import org.entente.loader.source.Country;
import org.entente.loader.source.InputException;
import org.entente.loader.source.Organisation;
import org.entente.loader.source.OrganisationName;
import org.entente.loader.source.Place;
import org.entente.loader.source.ReferenceData;

/**
 * The names under which news text refers to the graph's entities, from the reference tables: the
 * states' common and official names, other spellings, demonyms ("Dutch") and capitals ("Moscow"),
 * the organisations' names and acronyms, the actors' labels and the surnames of the persons, the
 * places' and assets' labels, and aliases.csv (metonyms such as "the Kremlin", abbreviations,
 * plurals and synonyms of asset types). Matching is over tokens, longest name first; it never
 * guesses: a word that is in no table is no entity.
 */
final class Gazetteer {

    /** How a name names its entity; this decides the roles it may fill. */
    enum How {
        /** The entity's own name, abbreviation or label. */
        NAME,
        /** A demonym: "Russian troops" (an actor, never a place). */
        DEMONYM,
        /** A government body or metonym for its state: "the Kremlin", "Washington" (an actor, not a place). */
        SEAT,
        /**
         * A state's capital (world-countries): "Moscow" as an actor is its government; as a place
         * ("landed near Tallinn") it lies in its state, so a destination or venue there is in the state.
         */
        CAPITAL,
        /** A person's surname alone. */
        SURNAME
    }

    /** An entity a name may refer to. */
    record Entry(RefKind kind, String id, String label, How how) {}

    /** A name found in the text: tokens [from, to) of a sentence, UTF-16 offsets [start, end), its entries. */
    record Mention(int from, int to, int start, int end, String surface, List<Entry> entries) {
        boolean isAsset() {
            return entries.stream().anyMatch(e -> e.kind() == RefKind.ASSET);
        }
    }

    private static final int MAX_TOKENS = 6;
    private static final int MAX_TOKENS_CAPITALISED = 10;

    /** Names by their normalised key (lower-case words separated by one space). */
    private final Map<String, List<Entry>> names = new HashMap<>();
    /** Names that match only with this exact capitalisation (aliases and short acronyms), by their normalised key. */
    private final Map<String, Set<String>> caseSensitive = new HashMap<>();
    /** Aliases that aliases.csv writes in lower case (descriptive names): they match only as written. */
    private final Set<String> lowerCaseAliases = new java.util.HashSet<>();
    private final Map<String, String> labels = new HashMap<>();
    /** The offices of the persons (offices.csv), to read "Biden sent troops" as the United States sending them. */
    private final List<org.entente.loader.source.OfficeTerm> offices;
    /** The border areas of places.csv by the state they are in and the neighbour: "near Ukraine's border" for Russian troops. */
    private final Map<String, String> borderAreas = new HashMap<>();
    /** The category of each asset type (F-16: fighter-jets), from assets.csv. */
    private final Map<String, String> assetCategory = new HashMap<>();
    /** The actors that are persons (actors.csv type Person): "he" and "she" refer to them. */
    private final Set<String> persons = new java.util.HashSet<>();
    /** The one state or organisation a group acts for (actors.csv on_behalf_of): "Russian diplomats" for Russia. */
    private final Map<String, String> groupFor = new HashMap<>();
    /** The organisations that are military alliances (organisations.csv type MilitaryAlliance): "the alliance". */
    private final Set<String> alliances = new java.util.HashSet<>();

    Gazetteer(ReferenceData data) {
        this.offices = data.offices();
        Map<String, String> byName = new HashMap<>();
        data.countries().forEach(c -> byName.put(c.names().get("en"), c.iso3()));
        for (Place p : data.places()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("side of the (\\p{L}+)-(\\p{L}+) border").matcher(p.label());
            if (p.type().equals("BorderArea") && p.partOf().isPresent() && m.find()) {
                String a = byName.get(m.group(1));
                String b = byName.get(m.group(2));
                String in = p.partOf().get();
                if (a != null && b != null && (in.equals(a) || in.equals(b))) {
                    borderAreas.put(in + " " + (in.equals(a) ? b : a), p.id());
                }
            }
        }
        for (Country c : data.countries()) {
            String en = c.names().get("en");
            labels.put(key(RefKind.STATE, c.iso3()), en);
            add(en, RefKind.STATE, c.iso3(), en, How.NAME);
            add(c.officialNames().get("en"), RefKind.STATE, c.iso3(), en, How.NAME);
            for (String alt : c.altSpellings()) {
                // Two-letter codes ("IT", "IN", "BE") are words; those that news text uses are aliases.
                if (alt.length() > 3 && alt.chars().allMatch(ch -> ch < 0x250)) {
                    add(alt, RefKind.STATE, c.iso3(), en, How.NAME);
                }
            }
            for (String d : c.demonyms()) {
                add(d, RefKind.STATE, c.iso3(), en, How.DEMONYM);
                add(d + "s", RefKind.STATE, c.iso3(), en, How.DEMONYM);
            }
            for (String capital : c.capitals()) {
                add(capital, RefKind.STATE, c.iso3(), en, How.CAPITAL);
            }
        }
        Set<String> unMembers = new java.util.HashSet<>();
        data.countries().stream().filter(Country::unMember).forEach(c -> unMembers.add(c.iso3()));
        for (List<Entry> list : names.values()) {
            List<Entry> shared = list.stream().filter(e -> e.kind() == RefKind.STATE && e.how() != How.NAME).toList();
            if (shared.size() > 1) {
                // "American" is the demonym of the United States and of four territories: the UN member, or none
                List<Entry> members = shared.stream().filter(e -> unMembers.contains(e.id())).toList();
                list.removeAll(shared);
                if (members.size() == 1) {
                    list.add(members.get(0));
                }
            }
        }
        for (Organisation o : data.organisations()) {
            if (o.type().equals("MilitaryAlliance")) {
                alliances.add(o.id());
            }
            labels.put(key(RefKind.ORGANISATION, o.id()), o.id());
            add(o.name(), RefKind.ORGANISATION, o.id(), o.id(), How.NAME);
            addExact(o.id(), RefKind.ORGANISATION, o.id(), o.id(), How.NAME);
            o.commonName().ifPresent(n -> add(n, RefKind.ORGANISATION, o.id(), o.id(), How.NAME));
        }
        for (OrganisationName n : data.organisationNames()) {
            add(n.name(), RefKind.ORGANISATION, n.organisation(), n.organisation(), How.NAME);
            n.abbreviation().ifPresent(a -> addExact(a, RefKind.ORGANISATION, n.organisation(), n.organisation(), How.NAME));
        }
        Map<String, Integer> surnames = new HashMap<>();
        for (Actor a : data.actors()) {
            if (a.type().equals("Person")) {
                surnames.merge(surname(a.label()), 1, Integer::sum);
            }
        }
        for (Actor a : data.actors()) {
            if (a.type().equals("Person")) {
                persons.add(a.id());
            } else if (a.onBehalfOf().size() == 1) {
                groupFor.put(a.id(), a.onBehalfOf().get(0));
            }
            labels.put(key(RefKind.ACTOR, a.id()), a.label());
            add(a.label(), RefKind.ACTOR, a.id(), a.label(), How.NAME);
            if (a.type().equals("Person") && surnames.get(surname(a.label())) == 1) {
                add(surname(a.label()), RefKind.ACTOR, a.id(), a.label(), How.SURNAME);
            }
        }
        for (Place p : data.places()) {
            labels.put(key(RefKind.PLACE, p.id()), p.label());
            add(p.label(), RefKind.PLACE, p.id(), p.label(), How.NAME);
        }
        for (Asset a : data.assets()) {
            labels.put(key(RefKind.ASSET, a.id()), a.label());
            a.category().ifPresent(c -> assetCategory.put(a.id(), c));
            String label = a.label().replaceAll("\\s*\\(.*\\)", "");
            add(label, RefKind.ASSET, a.id(), label, How.NAME);
            add(a.id().replace('-', ' '), RefKind.ASSET, a.id(), label, How.NAME);
            add(a.id(), RefKind.ASSET, a.id(), label, How.NAME);
        }
        for (Alias alias : data.aliases()) {
            RefKind kind = switch (alias.kind()) {
                case "state" -> RefKind.STATE;
                case "organisation" -> RefKind.ORGANISATION;
                case "actor" -> RefKind.ACTOR;
                case "place" -> RefKind.PLACE;
                default -> RefKind.ASSET;
            };
            String label = labels.get(key(kind, alias.id()));
            if (label == null) {
                throw new InputException(alias.origin().file(), alias.origin().line(),
                        "alias '" + alias.alias() + "' names " + alias.kind() + " '" + alias.id() + "', which is in no reference table");
            }
            How how = kind == RefKind.STATE && !alias.alias().matches("[A-Z][A-Za-z.]*") && alias.alias().startsWith("the ")
                    || alias.alias().equals("Washington") ? How.SEAT : How.NAME;
            if (kind == RefKind.ASSET) {
                add(alias.alias(), kind, alias.id(), label, how);
            } else {
                addExact(alias.alias(), kind, alias.id(), label, how);
            }
        }
    }

    private static String key(RefKind kind, String id) {
        return kind + " " + id;
    }

    /** The label of an entity, for a fact's label. */
    String label(RefKind kind, String id) {
        return labels.getOrDefault(key(kind, id), id);
    }

    /** The border area on the side of {@code state} of its border with {@code neighbour}, if places.csv has one. */
    java.util.Optional<String> borderArea(String state, String neighbour) {
        return java.util.Optional.ofNullable(borderAreas.get(state + " " + neighbour));
    }

    /** The state or organisation whose office a person held on a day (offices.csv), if one. */
    java.util.Optional<String> officeOf(String actor, java.time.LocalDate day) {
        Set<String> held = new java.util.TreeSet<>();
        for (org.entente.loader.source.OfficeTerm t : offices) {
            if (t.actor().equals(actor) && !t.start().isAfter(day) && (t.end().isEmpty() || !t.end().get().isBefore(day))) {
                held.add(t.state());
            }
        }
        return held.size() == 1 ? java.util.Optional.of(held.iterator().next()) : java.util.Optional.empty();
    }

    /** The one state or organisation a group of people acts for, if actors.csv gives one. */
    java.util.Optional<String> actsFor(String group) {
        return java.util.Optional.ofNullable(groupFor.get(group));
    }

    /** True if the actor is a person (actors.csv type Person). */
    boolean isPerson(String actor) {
        return persons.contains(actor);
    }

    /** True if the organisation is a military alliance (organisations.csv type MilitaryAlliance). */
    boolean isAlliance(String organisation) {
        return alliances.contains(organisation);
    }

    /** True if the asset is, or is a kind of, the category (troops is a kind of forces). */
    boolean assetIsA(String asset, String category) {
        for (String a = asset; a != null; a = assetCategory.get(a)) {
            if (a.equals(category)) {
                return true;
            }
        }
        return false;
    }

    private static String surname(String label) {
        String[] words = label.split(" ");
        return words[words.length - 1];
    }

    private void add(String name, RefKind kind, String id, String label, How how) {
        if (name == null || name.isBlank()) {
            return;
        }
        String k = normalise(name);
        List<Entry> list = names.computeIfAbsent(k, x -> new ArrayList<>());
        Entry e = new Entry(kind, id, label, how);
        if (!list.contains(e)) {
            list.add(e);
        }
        if (name.length() <= 4 && name.equals(name.toUpperCase(Locale.ROOT))) {
            caseSensitive.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(name);
        }
    }

    private void addExact(String name, RefKind kind, String id, String label, How how) {
        add(name, kind, id, label, how);
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            caseSensitive.computeIfAbsent(normalise(name), x -> new java.util.HashSet<>()).add(name);
        } else {
            lowerCaseAliases.add(name);
        }
    }

    /** Lower case, curly apostrophes straight, words separated by one space, a leading "the" kept. */
    static String normalise(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        // as replaceAll("\\s+", " ") would, without a regular expression (this runs for every candidate name)
        StringBuilder b = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!isRegexSpace(c)) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            int j = i + 1;
            while (j < lower.length() && isRegexSpace(lower.charAt(j))) {
                j++;
            }
            if (b == null && (c != ' ' || j > i + 1)) {
                b = new StringBuilder(lower.length()).append(lower, 0, i);
            }
            if (b != null) {
                b.append(' ');
            }
            i = j - 1;
        }
        return (b == null ? lower : b.toString()).strip();
    }

    /** The characters of {@code \\s} in a Java regular expression: [ \\t\\n\\x0B\\f\\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The entries of a name written as it stands ("NATO" of "NATO-Russia"), with the checks of a match. */
    List<Entry> named(String name) {
        List<Entry> entries = names.get(normalise(name));
        if (entries == null) {
            return List.of();
        }
        return entries.stream().filter(e -> e.kind() != RefKind.ASSET && usable(e, name, List.of(new Nlp.Token(name, 0, name.length(), "PROPN", name))))
                .toList();
    }

    /** The asset entries of a name ("anti-tank missiles"), as written or with its last word's plural. */
    List<Entry> assetNamed(String name) {
        List<Entry> entries = names.get(normalise(name));
        return entries == null ? List.of() : entries.stream().filter(e -> e.kind() == RefKind.ASSET).toList();
    }

    /** The token's text without a possessive ("Russia's", "NATO’s"). */
    private static String bare(Nlp.Token t) {
        String s = t.text();
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("s'") && s.length() > 2) {
            return s.substring(0, s.length() - 1);
        }
        if (s.length() > 3 && s.endsWith(".") && Character.isLowerCase(s.charAt(s.length() - 2)) && s.indexOf('.') == s.length() - 1) {
            return s.substring(0, s.length() - 1); // "... around Kyiv and Chernihiv.": the tokenizer left the full stop on the name
        }
        return s;
    }

    /** The names in a sentence, longest first, not overlapping. */
    List<Mention> find(String text, Nlp.Sentence sentence) {
        List<Nlp.Token> tokens = sentence.tokens();
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Mention best = null;
            // long names ("Organization for Security and Co-operation in Europe") start with a capital
            int longest = Character.isUpperCase(tokens.get(i).text().codePointAt(0)) ? MAX_TOKENS_CAPITALISED : MAX_TOKENS;
            for (int n = Math.min(longest, tokens.size() - i); n >= 1 && best == null; n--) {
                best = match(text, tokens, i, n);
            }
            if (best != null && i > 0 && tokens.get(i - 1).end() == tokens.get(i).start()
                    && tokens.get(i - 1).lower().matches("pro-|anti-")) {
                best = null; // "pro-Russian rebels", "anti-Western": not the state
            }
            if (best == null) {
                i++;
            } else {
                found.add(best);
                i = best.to();
            }
        }
        return found;
    }

    private Mention match(String text, List<Nlp.Token> tokens, int from, int n) {
        // Surface forms: the words as written, then with the last word's lemma (a plural).
        List<Nlp.Token> words = tokens.subList(from, from + n);
        int start = words.get(0).start();
        Nlp.Token last = words.get(n - 1);
        int end = last.start() + bare(last).length();
        String surface = text.substring(start, end);
        for (String candidate : List.of(surface, lemmaForm(words))) {
            List<Entry> entries = names.get(normalise(candidate));
            if (entries == null) {
                continue;
            }
            List<Entry> usable = new ArrayList<>();
            for (Entry e : entries) {
                if (usable(e, candidate, words)) {
                    usable.add(e);
                }
            }
            if (!usable.isEmpty()) {
                return new Mention(from, from + n, start, end, surface, List.copyOf(new LinkedHashSet<>(usable)));
            }
        }
        return null;
    }

    private static String lemmaForm(List<Nlp.Token> words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(i == words.size() - 1 ? words.get(i).lemma() : words.get(i).text());
        }
        return sb.toString();
    }

    private boolean usable(Entry e, String candidate, List<Nlp.Token> words) {
        if (e.kind() == RefKind.ASSET) {
            return true;
        }
        // Names of entities are proper names: a word written in lower case is not one ("turkey").
        boolean capitalised = words.stream().anyMatch(w -> Character.isUpperCase(w.text().codePointAt(0)));
        // ... unless aliases.csv writes the name in lower case itself ("the contributing countries", "eastern flank")
        if (!capitalised && !lowerCaseAliases.contains(candidate)) {
            return false;
        }
        // An exact-case name ("US", "UK", "the Kremlin") must be written so; "us" is a pronoun.
        for (String exact : caseSensitive.getOrDefault(normalise(candidate), Set.of())) {
            if (!exact.equals(candidate) && !capitalise(exact).equals(candidate)) {
                return false;
            }
        }
        // A dateline ("BRUSSELS -") or a headline in capitals names a place of writing, not an actor.
        String letters = words.stream().map(Nlp.Token::text).reduce("", String::concat).replaceAll("[^\\p{L}]", "");
        return !(letters.length() > 4 && letters.equals(letters.toUpperCase(Locale.ROOT)) && e.kind() != RefKind.ORGANISATION);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
