package org.entente.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.entente.loader.extract.Gazetteer.Entry;
import org.entente.loader.extract.Gazetteer.Mention;
import org.entente.loader.mapping.RefKind;

/**
 * What an anaphor refers to, from the names an article has used so far: "it" and "its" (the
 * state or organisation last named as a subject), "he" and "she" (the person last named), "the
 * alliance" (the military alliance last named), "the country" (the state last named as a
 * subject). It resolves only when the antecedent is unambiguous: a pronoun after "Russia and
 * Belarus" (two subjects coordinated) or further back than {@link #REACH} sentences refers to
 * nothing, and the fact is then left out as before.
 */
final class Discourse {

    /** The kinds of anaphor resolved. */
    enum Anaphor {
        /** "it", "its": a state or an organisation. */
        IT,
        /** "he", "she", "his", "her": a person. */
        PERSON,
        /** "the alliance": a military alliance. */
        ALLIANCE,
        /** "the country": a state. */
        COUNTRY
    }

    /** How many sentences back a pronoun may find its antecedent (the sentence itself is 0). */
    static final int REACH = 2;

    /** A name the article used: the mention, its sentence, whether it was a subject, its coordination group. */
    private record Seen(Mention mention, int sentence, boolean subject, int group) {}

    private final Gazetteer gazetteer;
    private final String text;
    private final List<Seen> seen = new ArrayList<>();
    private int sentence = -1;
    private int groups;

    Discourse(Gazetteer gazetteer, String text) {
        this.gazetteer = gazetteer;
        this.text = text;
    }

    /** The anaphor a word (or "the" + a noun) is, if it is one. */
    static Optional<Anaphor> anaphor(Nlp.Token word, Nlp.Token before) {
        String w = word.lower();
        switch (w) {
            case "it", "its" -> {
                return Optional.of(Anaphor.IT);
            }
            case "he", "she", "his", "her" -> {
                return Optional.of(Anaphor.PERSON);
            }
            default -> {
                if (before != null && before.lower().equals("the")) {
                    if (w.equals("alliance")) {
                        return Optional.of(Anaphor.ALLIANCE);
                    }
                    if (w.equals("country")) {
                        return Optional.of(Anaphor.COUNTRY);
                    }
                }
                return Optional.empty();
            }
        }
    }

    /**
     * A new sentence: its actor mentions, each with whether it is a subject (no preposition's
     * object), in order.
     */
    void sentence(List<Mention> actors, List<Boolean> subjects) {
        sentence++;
        Seen previous = null;
        for (int i = 0; i < actors.size(); i++) {
            Mention m = actors.get(i);
            boolean coordinated = previous != null && previous.sentence() == sentence
                    && text.substring(previous.mention().end(), m.start()).strip().matches("(,|and|, and)");
            int group = coordinated ? previous.group() : ++groups;
            Seen s = new Seen(m, sentence, subjects.get(i), group);
            seen.add(s);
            previous = s;
        }
    }

    /** The antecedent of an anaphor that starts at a character offset of the current sentence, if unambiguous. */
    Optional<Mention> resolve(Anaphor anaphor, int offset) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            Seen s = seen.get(i);
            if (s.mention().end() > offset) {
                continue;
            }
            if (anaphor != Anaphor.ALLIANCE && sentence - s.sentence() > REACH) {
                return Optional.empty();
            }
            Optional<Entry> e = actor(s.mention());
            if (e.isEmpty()) {
                continue;
            }
            RefKind kind = e.get().kind();
            switch (anaphor) {
                case IT, COUNTRY -> {
                    boolean fits = anaphor == Anaphor.IT ? kind == RefKind.STATE || kind == RefKind.ORGANISATION : kind == RefKind.STATE;
                    if (!s.subject() || !fits) {
                        continue;
                    }
                    // "Russia and Belarus ... it": two coordinated subjects leave "it" ambiguous
                    final int group = s.group();
                    long members = seen.stream().filter(x -> x.group() == group).map(x -> actor(x.mention()).map(Entry::id).orElse(""))
                            .distinct().count();
                    return members == 1 ? Optional.of(s.mention()) : Optional.empty();
                }
                case PERSON -> {
                    if (kind == RefKind.ACTOR && gazetteer.isPerson(e.get().id())) {
                        return Optional.of(s.mention());
                    }
                }
                case ALLIANCE -> {
                    if (kind == RefKind.ORGANISATION && gazetteer.isAlliance(e.get().id())) {
                        return Optional.of(s.mention());
                    }
                }
                default -> throw new IllegalStateException(anaphor.name());
            }
        }
        return Optional.empty();
    }

    /** The states the article named before a character offset, the latest first, each once. */
    List<String> recentStates(int offset) {
        java.util.LinkedHashSet<String> states = new java.util.LinkedHashSet<>();
        for (int i = seen.size() - 1; i >= 0; i--) {
            Seen s = seen.get(i);
            if (s.mention().end() <= offset) {
                s.mention().entries().stream().filter(e -> e.kind() == RefKind.STATE).findFirst().ifPresent(e -> states.add(e.id()));
            }
        }
        return List.copyOf(states);
    }

    private static Optional<Entry> actor(Mention m) {
        return m.entries().stream().filter(e -> e.kind() == RefKind.STATE || e.kind() == RefKind.ORGANISATION
                || e.kind() == RefKind.ACTOR).findFirst();
    }
}
