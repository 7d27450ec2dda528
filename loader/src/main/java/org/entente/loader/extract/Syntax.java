package org.entente.loader.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.loader.extract.Gazetteer.Entry;
import org.entente.loader.extract.Gazetteer.How;
import org.entente.loader.extract.Gazetteer.Mention;
import org.entente.loader.extract.Nlp.Sentence;
import org.entente.loader.extract.Nlp.Token;
import org.entente.loader.mapping.FactType;
import org.entente.loader.mapping.RefKind;

/**
 * What {@link EventRules} reads off the tokens without the state of an article: the word lists of
 * triggers, cues and prepositions, and the tests of a sentence's shape (clause bounds, negation,
 * speculation, tense and aspect, quantifiers, nouns of people). Pure functions of their arguments.
 */
final class Syntax {
    private Syntax() {}

    static final Set<String> DEPLOY = Set.of("send", "deploy", "dispatch", "redeploy", "station", "move", "arrive",
            "land", "mass", "enter", "head", "pour", "rotate", "deployment", "arrival", "reinforce", "fly", "push");

    static final Set<String> TRANSFER = Set.of("deliver", "supply", "provide", "give", "donate", "pledge", "ship",
            "transfer", "delivery", "shipment");

    static final Set<String> WITHDRAW = Set.of("withdraw", "retreat", "withdrawal", "pullback", "pull-back", "pull-out",
            "pullout");

    static final Set<String> READINESS = Set.of("standby", "stand-by", "alert", "readiness");

    static final Set<String> EXERCISE = Set.of("exercise", "drill", "manoeuvre", "maneuver", "wargame", "war-game");

    static final Set<String> EVACUATE = Set.of("evacuate", "evacuation", "relocate");

    static final Set<String> NEGOTIATE = Set.of("talk", "talks", "negotiate", "negotiation", "meet", "meeting");

    static final Set<String> DEMAND = Set.of("demand", "insist");

    static final Set<String> APPEAL = Set.of("urge", "appeal", "request", "apply");

    static final Set<String> WARN = Set.of("warn", "warning", "threaten");

    static final Set<String> DENY = Set.of("deny", "denial");

    static final Set<String> ASSURE = Set.of("assure", "reassure", "assurance");

    /** Verbs that report speech: what they report is classified by its cues (ReportedSpeech). */
    static final Set<String> REPORTING = Set.of("say", "tell", "add", "stress", "state", "declare", "write", "reply");

    /** Prepositions whose object is never the agent. */
    static final Set<String> PREPOSITIONS = Set.of("to", "into", "in", "from", "near", "with", "of", "for", "toward",
            "towards", "against", "at", "on", "inside", "across", "along", "around", "over", "under", "between", "like", "about",
            "than", "after", "before", "since", "within", "via", "through", "out", "off", "beyond", "among", "including", "as");

    static final Set<String> DESTINATION = Set.of("to", "into", "in", "inside", "toward", "towards", "across");

    static final Set<String> ORIGIN = Set.of("from", "of", "out");

    static final Set<String> VENUE = Set.of("in", "on", "at", "across", "inside", "off");

    static final Set<String> RECIPIENT = Set.of("to", "for");

    static final Set<String> PEOPLE = Set.of("family", "families", "staff", "diplomat", "citizen", "civilian", "national",
            "dependant", "dependent", "employee", "personnel", "resident", "people", "american", "briton");

    static final List<String> COMMITMENTS = List.of("considering", "offered", "announced", "decided");

    static final List<String> PROGRESSES = List.of("planned", "under-way", "carried-out");

    /** Adds a fact unless one of the same type, participants and modality is there already (the same event told twice). */
    static void add(List<DraftFact> facts, DraftFact d) {
        for (DraftFact f : facts) {
            if (f.type() == d.type() && f.fields().stream().filter(x -> !x.key().equals("content") && !x.key().equals("evacuees"))
                    .map(x -> x.key() + "=" + x.value()).toList()
                    .equals(d.fields().stream().filter(x -> !x.key().equals("content") && !x.key().equals("evacuees"))
                            .map(x -> x.key() + "=" + x.value()).toList())) {
                return;
            }
        }
        facts.add(d);
    }

    /** Words that open a new clause after a trigger: its participants end there. */
    static final Set<String> CLAUSE = Set.of("that", "which", "who", "whom", "while", "but", "because", "although",
            "whereas", "when", "where", "after", "before", "since", "as", "if", "unless", ";", ":");

    static int clauseEnd(List<Token> tokens, List<Mention> mentions, int at) {
        for (int i = at + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (CLAUSE.contains(t.lower()) && !(t.lower().equals("as") && i + 2 < tokens.size() && tokens.get(i + 2).is("as"))) {
                return i;
            }
            if (t.text().equals(",") && i + 2 < tokens.size() && tokens.get(i + 1).is("along") && tokens.get(i + 2).is("with")) {
                i += 2; // "..., to Lithuania by train last month, along with 450 soldiers": the assets go on
                continue;
            }
            if (t.text().equals(",") && parentheticalEnd(tokens, i) > i) {
                i = parentheticalEnd(tokens, i); // "about 200 vehicles, including 30 tanks, to Lithuania": the list goes on
                continue;
            }
            if (t.text().equals(",") && i + 1 < tokens.size()) {
                Token n = tokens.get(i + 1);
                final int next = i + 1;
                boolean list = n.tag().startsWith("PROPN") || n.tag().equals("DET") || n.tag().equals("CCONJ") || n.tag().equals("NUM")
                        || mentions.stream().anyMatch(m -> m.from() == next);
                if (!list || newSubject(tokens, mentions, i + 1)) {
                    return i;
                }
            }
            if (t.is("and", "but") && i > 0 && !tokens.get(i - 1).text().equals(",") && newSubject(tokens, mentions, i + 1)) {
                return i;
            }
        }
        return tokens.size();
    }

    /** A name (not an asset) starts at the token. */
    static boolean startsAt(List<Mention> mentions, int i) {
        return mentions.stream().anyMatch(m -> m.from() == i && !m.isAsset());
    }

    /**
     * "a warning from Moscow", "Russia's warning that ...", "issued a warning": the noun is the
     * speaker's warning; "called the Western warnings hysteria" is someone else's about them.
     */
    static boolean warningNoun(List<Token> tokens, int i) {
        if (i + 1 < tokens.size() && tokens.get(i + 1).is("that", "from", "of")) {
            return true;
        }
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            if (tokens.get(j).is("issue", "give", "send", "repeat", "deliver", "renew")) {
                return true;
            }
            if (tokens.get(j).text().endsWith("'s") || tokens.get(j).text().endsWith("\u2019s")) {
                return true;
            }
        }
        return false;
    }

    /** "..., and Germany has already sent ...": after a comma or a conjunction, a name and its own verb open a new clause. */
    static boolean newSubject(List<Token> tokens, List<Mention> mentions, int i) {
        int j = i;
        while (j < tokens.size() && (tokens.get(j).is("and", "but", "while") || tokens.get(j).tag().equals("DET"))) {
            j++;
        }
        final int at = j;
        Optional<Mention> name = mentions.stream().filter(m -> m.from() == at && !m.isAsset()).findFirst();
        if (name.isEmpty() || name.get().to() >= tokens.size()) {
            return false;
        }
        Token after = tokens.get(name.get().to());
        return after.tag().startsWith("AUX") || after.tag().startsWith("VERB") && !after.lower().endsWith("ing");
    }

    /**
     * Speech acts told by other words: "asked Berlin for weapons", "asked their citizens to
     * leave", "a letter asking for equipment" (an appeal); "promised that every soldier would
     * leave", "pledged not to strike" (an assurance); "at Kyiv's request" (the possessor's appeal).
     */
    static Trigger moreSpeech(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if ((t.is("ask") && t.isVerb() || t.lower().equals("asking")) && !(i > 0 && tokens.get(i - 1).is("when", "be"))) {
            for (int j = i + 1; j < Math.min(tokens.size(), i + 7); j++) {
                Token n = tokens.get(j);
                if (n.is("for") || n.is("to") && j + 1 < tokens.size() && tokens.get(j + 1).isVerb()) {
                    return Trigger.APPEAL;
                }
                if (n.isVerb() || n.tag().equals("PUNCT") || n.is("whether", "if", "about", "why", "how", "what", "by")) {
                    return null;
                }
            }
        }
        if (t.is("promise", "pledge", "vow", "guarantee") && t.isVerb() && i + 1 < tokens.size() && (tokens.get(i + 1).is("that")
                || tokens.get(i + 1).is("not") && i + 2 < tokens.size() && tokens.get(i + 2).is("to"))) {
            return Trigger.ASSURE;
        }
        if (t.is("propose") && t.tag().startsWith("VERB") && i + 2 < tokens.size() && tokens.get(i + 1).is("that")) {
            return Trigger.APPEAL; // "proposed that the country adopt a neutral status": what others should do
        }
        if (t.is("request") && !t.isVerb() && i >= 2 && (tokens.get(i - 1).text().matches("['\u2019]s") && i >= 3
                && tokens.get(i - 3).is("at") || tokens.get(i - 1).text().matches(".+['\u2019]s") && tokens.get(i - 2).is("at"))) {
            return Trigger.APPEAL;
        }
        return null;
    }

    /**
     * Words of a speech act that are none: "insists that the region remains part of Russia" is a
     * claim (the demanded clause has a base form or a modal: "insisted that NATO withdraw"); "a
     * plan to reassure eastern allies" is a purpose, not an assurance given.
     */
    static Trigger notSpeech(List<Token> tokens, int i, Trigger tr) {
        Token t = tokens.get(i);
        if (tr == Trigger.DEMAND && t.is("insist") && i + 1 < tokens.size() && tokens.get(i + 1).is("that")) {
            for (int j = i + 2; j < tokens.size(); j++) {
                Token v = tokens.get(j);
                if (v.text().equals(",") && j + 1 < tokens.size() && tokens.get(j + 1).is("which", "who", "where")) {
                    while (j + 1 < tokens.size() && !tokens.get(j + 1).text().equals(",")) {
                        j++; // ", which Russia claimed to annex in September,": a relative clause
                    }
                    continue;
                }
                if (v.isVerb()) {
                    boolean demanded = v.is("must", "should", "shall") || v.tag().startsWith("VERB") && v.lower().equals(v.lemma());
                    return demanded ? tr : null;
                }
            }
        }
        return tr;
    }

    /** "a plan to reassure eastern allies": an infinitive of purpose after a noun or "designed to" (the trigger still ends the clause before it). */
    static boolean purposeOnly(List<Token> tokens, int i, Trigger tr) {
        return tr == Trigger.ASSURE && tokens.get(i).is("reassure", "assure") && i > 1 && tokens.get(i - 1).is("to")
                && (tokens.get(i - 2).tag().startsWith("NOUN") || tokens.get(i - 2).is("design", "aim", "mean", "intend"));
    }

    /** A verb, or a word the tagger took for a noun after "to" or a modal ("agreed to deploy"): it is a verb. */
    static boolean verbLike(List<Token> tokens, int i) {
        return tokens.get(i).isVerb() || i > 0 && tokens.get(i - 1).lower().matches("to|will|would|can|must|should|shall")
                && !tokens.get(i).tag().equals("DET") && tokens.get(i).lemma().equals(tokens.get(i).lower())
                || progressiveAfterBe(tokens, i);
    }

    static boolean followedBy(List<Token> tokens, int i, String lemma) {
        return i + 1 < tokens.size() && tokens.get(i + 1).lemma().equals(lemma)
                || i + 2 < tokens.size() && tokens.get(i + 2).lemma().equals(lemma) && !tokens.get(i + 1).isVerb();
    }

    static boolean nearLemma(List<Token> tokens, int i, int window, String... lemmas) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + window); j++) {
            if (tokens.get(j).is(lemmas)) {
                return true;
            }
        }
        return false;
    }

    static boolean peopleBefore(List<Token> tokens, int i) {
        for (int j = Math.max(0, i - 6); j < i; j++) {
            String w = tokens.get(j).lower().replaceAll("'s?$", "");
            if (PEOPLE.contains(w) || PEOPLE.contains(tokens.get(j).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** The token of "ordered" / "told" before "to leave", with people between, or -1. */
    static int orderBefore(List<Token> tokens, int i) {
        for (int j = i - 2; j >= Math.max(0, i - 12); j--) {
            if (tokens.get(j).is("order", "tell", "instruct", "direct")) {
                for (int k = j + 1; k < i; k++) {
                    if (PEOPLE.contains(tokens.get(k).lemma()) || PEOPLE.contains(tokens.get(k).lower())) {
                        return j;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    static boolean peopleAfter(List<Token> tokens, int i) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 8); j++) {
            String w = tokens.get(j).lower().replaceAll("'s?$", "");
            if (PEOPLE.contains(w) || PEOPLE.contains(tokens.get(j).lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Other words of talks: "a summit", "speak by telephone", "held a phone call", "signed an
     * agreement / a deal / a ceasefire".
     */
    static boolean meeting(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.is("summit") && !t.isVerb()) {
            return true;
        }
        if (t.is("speak", "talk") && t.isVerb()) {
            for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
                if (tokens.get(j).lower().matches("telephone|phone|videoconference|video")) {
                    return true;
                }
            }
        }
        if (t.is("call") && !t.isVerb() && i > 0 && tokens.get(i - 1).lower().matches("telephone|phone|video")) {
            return true;
        }
        if (t.is("sign") && t.isVerb()) {
            for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
                if (tokens.get(j).is("agreement", "deal", "accord", "ceasefire", "memorandum")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Poland, which had pressed Berlin to allow the transfers, has said it is ready to send ...": a
     * speech act in a relative clause closed by a comma before the action does not govern it.
     */
    static boolean insideRelative(List<Token> tokens, int speech, int action) {
        int open = -1;
        for (int i = speech - 1; i > 0; i--) {
            if (tokens.get(i).is("which", "who") && tokens.get(i - 1).text().equals(",")) {
                open = i;
                break;
            }
            if (tokens.get(i).text().matches("[,;:]")) {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = speech + 1; i < action; i++) {
            if (tokens.get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "has received", "took delivery of": the subject is the recipient. */
    static boolean receiving(List<Token> tokens, int at) {
        Token t = tokens.get(at);
        return t.is("receive") && t.isVerb() || t.is("delivery") && at > 0 && tokens.get(at - 1).is("take", "accept");
    }

    /** "after face-to-face peace talks with Ukraine": the talks before which something was said or done; "after" before them, their modifiers between. */
    static int afterAt(List<Token> tokens, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 6); i--) {
            Token t = tokens.get(i);
            if (t.is("after", "following")) {
                return i;
            }
            if (!(t.tag().matches("NOUN|ADJ|NUM|DET|PUNCT") && !t.text().equals(","))) {
                return -1;
            }
        }
        return -1;
    }

    /** Talks that a statement is dated by ("said ... it would reduce its activity after talks with Ukraine") are not what it says. */
    static boolean afterEvent(List<Token> tokens, int at, Trigger trigger) {
        return trigger == Trigger.NEGOTIATE && afterAt(tokens, at) >= 0;
    }

    /** Officials news text leaves unnamed. */
    static final Set<String> OFFICIALS = Set.of("minister", "official", "spokesman", "spokeswoman", "spokesperson",
            "diplomat", "envoy", "ambassador", "negotiator", "aide", "adviser", "advisor");

    static double confidence(Entry e) {
        return switch (e.how()) {
            case NAME -> 0.9;
            case DEMONYM -> 0.8;
            case SEAT, CAPITAL -> 0.75;
            case SURNAME -> 0.7;
        };
    }

    /** Verbs and nouns of saying and thinking whose "that" opens a clause with its own subject ("NATO estimates that ..."). */
    static final Set<String> SAYING = Set.of("say", "tell", "announce", "estimate", "report", "believe", "think", "claim",
            "confirm", "state", "add", "acknowledge", "know", "assess", "conclude", "fear", "suspect", "allege", "insist",
            "argue", "note", "stress", "show", "suggest", "indicate");

    /**
     * The token before the trigger's verb group ("had pulled", "began supplying", "is to send") or
     * before a nominal trigger's modifiers ("its joint drills"): where its subject or determiner
     * stands; -1 if there is none.
     */
    static int subjectBefore(List<Token> tokens, int at) {
        int i = at - 1;
        if (tokens.get(at).isVerb()) {
            while (i >= 0 && (tokens.get(i).tag().startsWith("AUX") || tokens.get(i).tag().startsWith("ADV")
                    || tokens.get(i).tag().startsWith("PART") || tokens.get(i).tag().startsWith("VERB") && !SAYING.contains(tokens.get(i).lemma()))) {
                i--;
            }
        } else {
            while (i >= 0 && at - i <= 3 && (tokens.get(i).tag().startsWith("ADJ") || tokens.get(i).tag().startsWith("NUM")
                    || tokens.get(i).tag().startsWith("NOUN") && !TRIGGER_NOUNS.contains(tokens.get(i).lemma()))) {
                i--;
            }
        }
        return i;
    }

    static final Set<String> TRIGGER_NOUNS = Set.of("deployment", "arrival", "exercise", "drill", "withdrawal");

    static boolean anaphorAt(List<Token> tokens, int i) {
        return Discourse.anaphor(tokens.get(i), i > 0 ? tokens.get(i - 1) : null).isPresent();
    }

    /** Nouns after a possessive name that make the name the actor: "Russia's forces", "Britain's defence ministry". */
    static final Set<String> ACTING = Set.of("government", "ministry", "president", "minister", "military", "army",
            "navy", "leader", "official", "spokesman", "spokeswoman", "foreign", "defence", "defense", "prime", "secretary",
            "chancellor", "parliament", "delegation", "envoy", "ambassador", "embassy", "force", "troops", "soldier", "air",
            "armed", "general", "commander", "administration", "cabinet", "state", "security", "top", "chief", "head");

    /** "north-western", "eastern", "central": a compass word or its hyphen before a name ("in north-western Poland"). */
    static boolean compass(Token t) {
        return t.lower().matches("(north|south|east|west)(ern)?|central|-|north-?(eastern|western)|south-?(eastern|western)");
    }

    /** "to its eastern flank", "from their bases": a possessive pronoun before a place is its determiner. */
    static boolean possessivePronoun(Token t) {
        return t.lower().matches("its|their|our|his|her");
    }

    /**
     * The lemma of a token, or, when the tagger took a progressive for an adjective and kept it as
     * its own lemma ("is deploying/ADJ elements"), the action verb it is the -ing form of.
     */
    static String progressiveLemma(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean aspectual = i > 0 && tokens.get(i - 1).is("begin", "start", "continue", "keep", "resume") && t.lower().endsWith("ing");
        if (!(progressiveAfterBe(tokens, i) || aspectual) || !t.lemma().equals(t.lower())) {
            return t.lemma(); // "have begun evacuating/evacuating": the lemmatizer kept the -ing form too
        }
        String stem = t.lower().substring(0, t.lower().length() - 3);
        for (String v : List.of(stem, stem + "e", stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                ? stem.substring(0, stem.length() - 1) : stem)) {
            if (DEPLOY.contains(v) || TRANSFER.contains(v) || WITHDRAW.contains(v) || EVACUATE.contains(v)) {
                return v;
            }
        }
        return t.lemma();
    }

    /** "is sending ... and moving another 1,000": an -ing verb right after "and" shares the auxiliary of the verb before. */
    static boolean conjoinedParticiple(List<Token> tokens, int at) {
        return tokens.get(at - 1).is("and") && tokens.get(at).lower().endsWith("ing") && tokens.get(at).isVerb();
    }

    /** 1 when the verb phrase before a conjoined -ing verb is a progressive ("are putting ... and sending"), else -1. */
    static int sharedProgressive(List<Token> tokens, int at) {
        for (int i = at - 2; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.text().matches("[;:]") || t.is("that")) {
                return -1;
            }
            if (t.isVerb() && t.lower().endsWith("ing") && i > 0 && tokens.get(i - 1).tag().startsWith("AUX") && tokens.get(i - 1).is("be")) {
                return 1;
            }
        }
        return -1;
    }

    /** "pull most of its staff out": people, then "out", within the next few words of the verb. */
    static boolean peopleOut(List<Token> tokens, int i) {
        boolean people = false;
        for (int j = i + 1; j < Math.min(tokens.size(), i + 8); j++) {
            Token t = tokens.get(j);
            if (PEOPLE.contains(t.lemma()) || PEOPLE.contains(t.lower())) {
                people = true;
            } else if (t.is("out") && people) {
                return true;
            } else if (t.isVerb() || t.tag().equals("PUNCT")) {
                return false;
            }
        }
        return false;
    }

    /** "out of the embassy in Kyiv", "from its embassy in Kabul": the place the embassy is in. */
    static List<Mention> embassyIn(List<Token> tokens, List<Mention> right) {
        for (Mention m : right) {
            if (!m.isAsset() && m.from() >= 3 && tokens.get(m.from() - 1).is("in") && tokens.get(m.from() - 2).lemma().matches("embassy|consulate")) {
                int k = m.from() - 3;
                while (k >= 0 && (tokens.get(k).tag().equals("DET") || possessivePronoun(tokens.get(k)) || tokens.get(k).tag().equals("ADJ"))) {
                    k--;
                }
                if (k >= 0 && (tokens.get(k).is("from") || tokens.get(k).is("of") && k > 0 && tokens.get(k - 1).is("out"))) {
                    return List.of(m);
                }
            }
        }
        return List.of();
    }

    /** "U.S.-based troops": a name joined to the assets by "-based" qualifies them; it is no place. */
    static boolean basedModifier(List<Token> tokens, Mention m, List<Mention> mentions) {
        return m.to() + 1 < tokens.size() && tokens.get(m.to()).text().equals("-") && tokens.get(m.to() + 1).lower().equals("based")
                && mentions.stream().anyMatch(a -> a.isAsset() && a.from() == m.to() + 2);
    }

    /** The closing comma of ", including 30 tanks," / ", such as ...," after a comma at i; -1 if there is none. */
    static int parentheticalEnd(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).lower().matches("including|notably|mostly|among")) {
            return -1;
        }
        for (int j = i + 2; j < Math.min(tokens.size(), i + 8); j++) {
            if (tokens.get(j).text().equals(",")) {
                return j;
            }
            if (tokens.get(j).isVerb() || tokens.get(j).text().matches("[.;:]")) {
                return -1;
            }
        }
        return -1;
    }

    /** "troops are now operating inside Ukraine": the "are" is the auxiliary of the trigger verb after it, not a trigger of its own. */
    static boolean auxiliaryOfTrigger(List<Token> tokens, int i) {
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).tag().startsWith("ADV")) {
            j++;
        }
        return j < tokens.size() && tokens.get(i).tag().startsWith("AUX") && (tokens.get(j).tag().startsWith("VERB")
                || progressiveAfterBe(tokens, j)) && (DEPLOY.contains(tokens.get(j).lemma()) || tokens.get(j).is("operate"));
    }

    /** "is deploying elements of ...": an -ing word right after a form of "be" is the progressive, whatever the tagger says. */
    static boolean progressiveAfterBe(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).tag().startsWith("AUX") && tokens.get(i - 1).is("be") && tokens.get(i).lower().endsWith("ing")
                && !tokens.get(i).tag().equals("PROPN");
    }

    /** A finite verb group right after a name ("are putting", "has sent", "began"): the name is its subject. */
    static boolean finiteVerbAfter(List<Token> tokens, int i) {
        while (i < tokens.size() && tokens.get(i).tag().startsWith("ADV")) {
            i++;
        }
        if (i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        return t.tag().startsWith("AUX") || t.tag().startsWith("VERB") && !t.lower().endsWith("ing") && !t.lower().equals(t.lemma() + "ed")
                || t.tag().startsWith("VERB") && t.lower().endsWith("ed") && !(i + 1 < tokens.size() && tokens.get(i + 1).is("by"));
    }

    static final Set<String> QUANTIFIERS = Set.of("about", "around", "some", "nearly", "almost", "over", "roughly",
            "approximately", "up", "to", "than", "more", "less", "fewer", "least", "at", "an", "estimated", "another", "additional");

    /** "About 130 British soldiers", "more than 1,000 Russian troops": a number's qualifier, not a preposition. */
    static boolean quantifier(List<Token> tokens, int i) {
        if (!QUANTIFIERS.contains(tokens.get(i).lower())) {
            return false;
        }
        for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
            if (tokens.get(j).tag().equals("NUM")) {
                return true;
            }
            if (!QUANTIFIERS.contains(tokens.get(j).lower())) {
                return false;
            }
        }
        return false;
    }

    /** A clause boundary between the agent and the trigger: a semicolon, or a relative clause closed by a comma. */
    static boolean boundaryBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).text().equals(";") || tokens.get(i).text().equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** A "that" of a verb or noun of saying between two tokens: the clause after it has its own subject. */
    static boolean complementBetween(List<Token> tokens, int from, int to) {
        for (int i = Math.max(1, from); i < to; i++) {
            if (tokens.get(i).lower().equals("that") && SAYING.contains(tokens.get(i - 1).lemma())) {
                return true;
            }
        }
        return false;
    }

    static int clauseStart(List<Token> tokens, int at) {
        int i = at;
        while (i > 0 && !tokens.get(i - 1).text().equals(";") && !tokens.get(i - 1).text().equals(":")) {
            i--;
        }
        return i;
    }

    /** "Russian Foreign Minister Sergei Lavrov": the demonym is the person's title, the person takes part. */
    static boolean titleOfPerson(Mention m, List<Mention> mentions) {
        return m.entries().stream().anyMatch(e -> e.how() == How.DEMONYM) && mentions.stream().anyMatch(p -> p.from() >= m.to()
                && p.from() <= m.to() + 3 && p.entries().stream().anyMatch(e -> e.kind() == RefKind.ACTOR));
    }

    /** A name right before an asset ("U.S. F-16s", "British tanks"): it qualifies the asset, it is no place. */
    static boolean modifiesAsset(Mention m, List<Mention> mentions) {
        return mentions.stream().anyMatch(a -> a.isAsset() && a.from() >= m.to() && a.from() <= m.to() + 1);
    }

    static boolean negated(List<Token> tokens, int from, int at) {
        for (int i = Math.max(0, from); i <= at && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("not", "never", "no", "n't", "neither", "nor") || t.lower().equals("n't") || t.lower().equals("not")
                    || t.is("refuse", "decline", "reject", "deny", "oppose") || t.is("rule") && followedBy(tokens, i, "out")) {
                return true;
            }
        }
        return false;
    }

    static boolean speculative(List<Token> tokens, int from, int at) {
        for (int i = Math.max(0, from); i < at; i++) {
            if (tokens.get(i).is("could", "might", "if", "whether")) {
                return true;
            }
        }
        return false;
    }

    /** 1 for a progressive ("is sending", "are arriving"), 2 for a past or perfect ("sent", "has sent", "were deployed"), -1 otherwise. */
    static int tenseOfTrigger(List<Token> tokens, int at) {
        Token t = tokens.get(at);
        if (!t.isVerb() && !progressiveAfterBe(tokens, at)) {
            // A noun trigger: "held drills", "the drills began" are read from the verbs around it.
            for (int i = Math.max(0, at - 3); i < Math.min(tokens.size(), at + 4); i++) {
                Token v = tokens.get(i);
                if (i != at && v.tag().startsWith("VERB") && v.is("hold", "conduct", "stage", "complete", "launch", "begin", "start")) {
                    int own = verbForm(tokens, i);
                    if (own >= 0) {
                        return v.is("begin", "start", "launch") && own == 2 ? 1 : own;
                    }
                }
            }
            return -1;
        }
        return verbForm(tokens, at);
    }

    static int verbForm(List<Token> tokens, int at) {
        Token t = tokens.get(at);
        String w = t.lower();
        for (int i = at - 1; i >= Math.max(0, at - 3); i--) {
            Token b = tokens.get(i);
            if (b.is("will", "would", "to", "may", "can", "could", "should", "must", "might")) {
                return -1;
            }
            if (!b.tag().startsWith("AUX") && !b.tag().startsWith("ADV") && !b.tag().startsWith("PART")) {
                break;
            }
        }
        if (w.endsWith("ing")) {
            for (int i = at - 1; i >= Math.max(0, at - 3); i--) {
                if (tokens.get(i).is("be")) {
                    return 1;
                }
                if (!tokens.get(i).tag().startsWith("ADV")) {
                    return -1; // "is considering sending": the progressive is the commitment's, not the sending's
                }
            }
            return -1;
        }
        boolean past = !w.equals(t.lemma()) && !w.equals(t.lemma() + "s") && !w.equals(t.lemma() + "es")
                && !w.equals(t.lemma().replaceAll("y$", "ies"));
        return past ? 2 : -1;
    }

    static boolean futureTime(List<Token> tokens, int at, int windowEnd) {
        for (int i = at; i < Math.min(tokens.size(), windowEnd + 3); i++) {
            Token t = tokens.get(i);
            if (t.is("next", "tomorrow", "later", "soon", "coming") || t.is("from", "by", "in") && i + 1 < tokens.size()
                    && tokens.get(i + 1).text().matches("January|February|March|April|May|June|July|August|September|October|November|December|next")) {
                return true;
            }
        }
        return false;
    }

    static String verb(FactType type) {
        return switch (type) {
            case Deployment -> " sends forces to ";
            case Withdrawal -> " withdraws forces from ";
            case ArmsTransfer -> " supplies weapons or equipment to ";
            case Demand -> " makes a demand";
            case Appeal -> " makes an appeal";
            case Warning -> " issues a warning";
            case Denial -> " issues a denial";
            case Assurance -> " gives an assurance";
            default -> " " + type;
        };
    }

    static final List<String> ORDER = List.of("sender", "agent", "participant", "accused", "addressee", "recipient",
            "destination", "from", "place", "asset", "evacuees", "commitment", "progress", "posture", "time", "content");

    /** The fields in the order FORMAT.md's examples give them. */
    static List<DraftField> order(FactType type, List<DraftField> fields) {
        List<DraftField> sorted = new ArrayList<>(fields);
        sorted.sort(java.util.Comparator.comparingInt(f -> ORDER.indexOf(f.key())));
        List<DraftField> known = new ArrayList<>();
        for (DraftField f : sorted) {
            if (type.fields().containsKey(f.key())) {
                known.add(f);
            }
        }
        return known;
    }

    static double confidence(List<DraftField> fields) {
        return fields.stream().mapToDouble(DraftField::confidence).min().orElse(0.5) * 0.9;
    }

    static final Set<String> TERRITORY = Set.of("territory", "soil", "land", "waters", "airspace");

    /** "The Zapad (West) 2017 drills", "the exercise", "its drills": a definite determiner before the noun, with no verb between. */
    static boolean definiteAt(List<Token> tokens, int noun) {
        for (int j = noun - 1; j >= Math.max(0, noun - 6); j--) {
            Token t = tokens.get(j);
            if (t.lower().matches("the|these|this|its|their")) {
                return j == 0 || !tokens.get(j - 1).tag().startsWith("ADP");
            }
            if (t.isVerb() || t.lower().matches("a|an|other|more|new|similar|further")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The progress of an exercise named by a noun from the verb that governs it: "are taking part
     * in exercises" (under way), "took part in drills" (done), and "is sending its forces to
     * Belarus for military drills", where the drills are what the forces are sent for and share
     * the sending's tense; -1 when there is no such verb.
     */
    static int exerciseVerbForm(List<Token> tokens, int from, int at) {
        if (tokens.get(at).isVerb()) {
            return -1;
        }
        int i = at - 1;
        while (i >= 0 && at - i <= 5 && (tokens.get(i).tag().matches("ADJ|NUM|DET|PROPN|NOUN") || tokens.get(i).is("-")
                || tokens.get(i).lower().matches("its|their|his|her"))) {
            i--;
        }
        for (int j = at + 1; j < Math.min(tokens.size(), at + 10); j++) {
            Token v = tokens.get(j);
            if (v.tag().startsWith("VERB") && v.is("continue", "begin", "start", "run", "resume") && !v.lower().endsWith("ing")) {
                // "Its joint drills with Belarus ... continue until Sunday", "the drills began": under way; "would continue": the cues decide
                return tokens.get(j - 1).lower().matches("will|would|may|might|could|should|must|to") ? -1 : 1;
            }
            if (v.isVerb() || v.tag().equals("PUNCT")) {
                break;
            }
        }
        if (i >= 0 && tokens.get(i).tag().startsWith("VERB") && tokens.get(i).is("begin", "start", "launch", "hold", "conduct", "stage")) {
            int own = verbForm(tokens, i); // "Sweden began its largest military exercise"
            return tokens.get(i).is("begin", "start", "launch") && own == 2 ? 1 : own;
        }
        if (i >= 1 && tokens.get(i).is("in") && tokens.get(i - 1).is("part") && i >= 2 && tokens.get(i - 2).is("take")) {
            return verbForm(tokens, i - 2);
        }
        if (i >= 1 && tokens.get(i).is("in") && tokens.get(i - 1).is("participate", "engage")) {
            return verbForm(tokens, i - 1);
        }
        if (i >= 0 && tokens.get(i).is("for")) {
            for (int j = i - 1; j >= Math.max(0, from); j--) {
                Token v = tokens.get(j);
                if (v.tag().startsWith("VERB") && DEPLOY.contains(v.lemma())) {
                    return 0; // the drills are what the forces are sent for: they are still to come (planned)
                }
                if (v.tag().startsWith("VERB") || v.text().matches("[,;:]")) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
