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

import static org.entente.loader.extract.Syntax.*;

/**
 * The patterns that find events in one article's sentences: a trigger word (by lemma), its
 * agent (the nearest name before it that is not the object of a preposition, with the names
 * coordinated with it), its destination, place or origin (names after the prepositions of the
 * role), its assets, its modality (from cue lemmas and the trigger's tense and aspect), its time
 * and the shortest passage that holds them. Negated and refused actions, and actions that are only
 * the content of a demand, a warning or an assurance, are no events. A fact whose required field
 * cannot be filled from the text is left out, with a note.
 */
final class EventRules {


    private final Gazetteer gazetteer;
    private final String text;
    private final ArticleMeta meta;
    private final List<String> notes;
    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final Discourse discourse;
    /** The agents found for the triggers of the current sentence, by token: a conjoined verb phrase shares its subject. */
    private final Map<Integer, List<Mention>> agentsOf = new LinkedHashMap<>();

    EventRules(Gazetteer gazetteer, String text, ArticleMeta meta, List<String> notes) {
        this.gazetteer = gazetteer;
        this.text = text;
        this.meta = meta;
        this.notes = notes;
        this.discourse = new Discourse(gazetteer, text);
    }

    /** A trigger found in a sentence: its token and what it starts. */
    private record Found(int at, Trigger trigger) {}

    List<DraftFact> draft(List<Sentence> sentences) {
        List<DraftFact> facts = new ArrayList<>();
        allSentences = sentences;
        int firstLineEnd = text.indexOf('\n');
        boolean hasHeadline = firstLineEnd > 0 && !text.substring(firstLineEnd).isBlank();
        for (Sentence s : sentences) {
            if (hasHeadline && s.end() <= firstLineEnd) {
                continue; // the headline repeats the report's lead
            }
            sentenceIndex++;
            List<Mention> mentions = gazetteer.find(text, s);
            currentMentions = mentions;
            List<Mention> actors = mentions.stream().filter(m -> !m.isAsset() && actorOk(m)).toList();
            discourse.sentence(actors, actors.stream().map(m -> !objectOfPreposition(s.tokens(), m)).toList());
            previousTokens = currentTokens;
            currentTokens = s.tokens();
            agentsOf.clear();
            List<Found> triggers = triggers(s.tokens(), mentions);
            for (int k = 0; k < triggers.size(); k++) {
                Found f = triggers.get(k);
                int next = k + 1 < triggers.size() ? triggers.get(k + 1).at() : s.tokens().size();
                boolean governed = false;
                for (int j = 0; j < k; j++) {
                    if (triggers.get(j).trigger().isSpeech() && !f.trigger().isSpeech()
                            && !insideRelative(s.tokens(), triggers.get(j).at(), f.at())) {
                        governed = true;
                    }
                }
                if (governed && !afterEvent(s.tokens(), f.at(), f.trigger())) {
                    continue; // "demanded that NATO withdraw its forces": the action is what is demanded
                }
                int end = f.trigger().isSpeech() ? s.tokens().size() : Math.min(next, clauseEnd(s.tokens(), mentions, f.at()));
                int previous = k > 0 ? triggers.get(k - 1).at() : -1;
                gaps.clear();
                objectGaps.clear();
                Optional<DraftFact> one = draftOne(s, mentions, f, end, previous);
                if (one.isPresent()) {
                    for (DraftFact d : separately(s.tokens(), f.at(), Coordination.respectively(one.get(), s.tokens(), this::relabel))
                            .stream().flatMap(x -> eachTheirOwn(x).stream()).toList()) {
                        add(facts, d);
                        sentenceOf.put(d, sentenceIndex);
                    }
                    for (Gap g : gaps) {
                        gapped(one.get(), g).ifPresent(d -> add(facts, d));
                    }
                    for (ObjectGap g : objectGaps) {
                        objectGapped(one.get(), g).ifPresent(d -> add(facts, d));
                    }
                    secondStatement(s, one.get(), f.at()).ifPresent(d -> add(facts, d));
                    if (one.get().type() == FactType.ArmsTransfer) {
                        rememberRecipient(one.get());
                    }
                    if (one.get().type() == FactType.Deployment) {
                        lastDeployment = new Antecedent(one.get(), sentenceIndex);
                    }
                    if (one.get().type().kind() == FactType.Kind.ACTION) {
                        lastAction = new Antecedent(one.get(), sentenceIndex);
                    }
                }
            }
        }
        return withoutRestatements(withoutHostedRetold(facts));
    }

    /**
     * "told reporters that Russia had no intention of attacking Ukraine and that there was no
     * reason to fear an escalation": a reporting verb's second "that" clause, when it is another
     * speech act (ReportedSpeech.second), is a fact of its own with the same speaker and time.
     */
    private Optional<DraftFact> secondStatement(Sentence s, DraftFact first, int at) {
        List<Token> tokens = s.tokens();
        if (first.type().kind() != FactType.Kind.SPEECH_ACT || !tokens.get(at).tag().startsWith("VERB")
                || !REPORTING.contains(tokens.get(at).lemma())) {
            return Optional.empty();
        }
        Optional<ReportedSpeech.Second> second = ReportedSpeech.second(tokens, at);
        if (second.isEmpty()) {
            return Optional.empty();
        }
        FactType type = second.get().trigger().type;
        int contentFrom = second.get().at();
        int contentTo = tokens.size();
        while (contentTo > contentFrom && tokens.get(contentTo - 1).tag().equals("PUNCT")) {
            contentTo--;
        }
        if (contentTo - contentFrom < 2) {
            return Optional.empty();
        }
        List<DraftField> fields = new ArrayList<>();
        for (DraftField x : first.fields()) {
            if (x.key().equals("agent") || x.key().equals("time")) {
                fields.add(x);
            }
        }
        String content = passage(tokens, contentFrom, contentTo);
        fields.add(new DraftField("content", Character.toUpperCase(content.charAt(0)) + content.substring(1) + ".",
                span(tokens, contentFrom, contentTo), 0.5));
        return Optional.of(new DraftFact(id(type, fields), type, labelOf(fields, "agent") + verb(type), order(type, fields),
                first.quote(), first.quoteSpan(), confidence(fields)));
    }

    /** The tokens of the sentence before the current one, and of the current one: a quotation may span both. */
    private List<Token> previousTokens = List.of();
    private List<Token> currentTokens = List.of();

    /** The sentence each drafted fact came from (by identity), for the restatement rule. */
    private final Map<DraftFact, Integer> sentenceOf = new java.util.IdentityHashMap<>();

    /**
     * A speech act told first of a state ("Washington had warned against any intervention") and
     * then, in the next sentence, of a named official of that state ("President Barack Obama said
     * ... 'there will be costs'") is one statement: the official's fact stays.
     */
    private List<DraftFact> withoutRestatements(List<DraftFact> facts) {
        Optional<java.time.LocalDate> day = meta.published().flatMap(TimeResolver::parse);
        List<DraftFact> result = new ArrayList<>();
        for (DraftFact f : facts) {
            boolean restated = false;
            if (f.type().kind() == FactType.Kind.SPEECH_ACT && day.isPresent()) {
                List<String> states = f.values("agent");
                for (DraftFact g : facts) {
                    if (g != f && g.type() == f.type() && sentenceOf.containsKey(f) && sentenceOf.containsKey(g)
                            && Math.abs(sentenceOf.get(f) - sentenceOf.get(g)) <= 1
                            && g.values("agent").stream().anyMatch(a -> gazetteer.isPerson(a)
                                    && gazetteer.officeOf(a, day.get()).filter(states::contains).isPresent())
                            && states.stream().allMatch(a -> a.matches("[A-Z]{3}"))) {
                        restated = true;
                    }
                }
            }
            if (!restated) {
                result.add(f);
            }
        }
        return result;
    }

    /** The agents of the last exercise named, and its sentence: "the drills" that follow are that exercise. */
    private record ExerciseAgents(List<Mention> agents, int sentence) {}

    private ExerciseAgents lastExercise;

    /** A definite exercise ("The Zapad 2017 drills", "the exercise") with no agent of its own: the last exercise's agents. */
    private List<Mention> theExercise(List<Token> tokens, int at) {
        if (lastExercise == null || sentenceIndex - lastExercise.sentence() > Discourse.REACH) {
            return List.of();
        }
        for (int i = at - 1; i >= Math.max(0, at - 6); i--) {
            if (tokens.get(i).is("the") && (i == 0 || !tokens.get(i - 1).tag().startsWith("ADP"))) {
                final int det = i;
                return lastExercise.agents().stream().map(m -> new Mention(det, det + 1, m.start(), m.end(), m.surface(), m.entries()))
                        .toList();
            }
        }
        return List.of();
    }

    /** The subject of the sentence: the name nearest before its first verb that is no preposition's object. */
    private List<Mention> sentenceSubject(List<Token> tokens, List<Mention> mentions, int at) {
        int firstVerb = 0;
        while (firstVerb < at && !tokens.get(firstVerb).isVerb()) {
            firstVerb++;
        }
        return agentsBefore(tokens, mentions, firstVerb);
    }

    /** A movement "out of" a named place with no destination: a withdrawal from it. */
    private boolean movedOut(List<Token> tokens, List<Mention> mentions, int at, int windowEnd) {
        List<Mention> right = mentions.stream().filter(m -> m.from() > at && m.to() <= windowEnd).toList();
        if (!attached(tokens, right, DESTINATION).isEmpty()) {
            return false;
        }
        for (Mention m : right) {
            int i = m.from() - 1;
            while (i >= 0 && tokens.get(i).tag().equals("DET")) {
                i--;
            }
            if (i > 0 && tokens.get(i).is("of") && tokens.get(i - 1).is("out") && !m.isAsset()) {
                return true;
            }
        }
        return false;
    }

    private List<Found> triggers(List<Token> tokens, List<Mention> mentions) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String l = progressiveLemma(tokens, i);
            Trigger tr = null;
            if (READINESS.contains(l) || READINESS.contains(t.lower())) {
                tr = Trigger.READINESS;
            } else if (EXERCISE.contains(l) || t.lower().startsWith("drill") || t.lower().equals("exercises")
                    || t.lower().equals("war") && i + 1 < tokens.size() && tokens.get(i + 1).lemma().equals("game")) {
                tr = Trigger.EXERCISE;
            } else if (EVACUATE.contains(l)) {
                tr = Trigger.EVACUATE;
            } else if (l.equals("pull") && followedBy(tokens, i, "out") && peopleAfter(tokens, i)) {
                tr = Trigger.EVACUATE;
            } else if (l.equals("pull") && t.isVerb() && peopleOut(tokens, i)) {
                tr = Trigger.EVACUATE; // "to pull most of its staff out of the embassy"
            } else if (WITHDRAW.contains(l) || l.equals("pull") && nearLemma(tokens, i, 4, "back", "out")
                    || l.equals("return") && nearLemma(tokens, i, 4, "base", "barracks")) {
                tr = Trigger.WITHDRAW;
            } else if (TRANSFER.contains(l)) {
                tr = Trigger.TRANSFER;
            } else if (DEPLOY.contains(l) && (verbLike(tokens, i) || l.equals("deployment") || l.equals("arrival"))) {
                tr = Trigger.DEPLOY;
            } else if (NEGOTIATE.contains(l) || t.lower().equals("talks")) {
                tr = Trigger.NEGOTIATE;
            } else if (DEMAND.contains(l)) {
                tr = Trigger.DEMAND;
            } else if (APPEAL.contains(l) || l.equals("call") && followedBy(tokens, i, "on")
                    || l.equals("press") && t.isVerb() && i + 1 < tokens.size() && (tokens.get(i + 1).is("for")
                            || startsAt(mentions, i + 1))) {
                tr = Trigger.APPEAL;
            } else if (WARN.contains(l) && (t.isVerb() || warningNoun(tokens, i))) {
                tr = Trigger.WARN;
            } else if (DENY.contains(l)) {
                tr = Trigger.DENY;
            } else if (ASSURE.contains(l) || l.equals("pose") && followedBy(tokens, i, "no")
                    || l.equals("defensive") && i > 0 && tokens.get(i - 1).is("purely")) {
                tr = Trigger.ASSURE;
            }
            if (tr == null) {
                tr = moreSpeech(tokens, i); // "asked Berlin for weapons", "promised that ...", "at Kyiv's request"
            }
            if (tr == null && t.is("receive") && t.isVerb()) {
                tr = Trigger.TRANSFER; // "Ukraine has received its first F-16s" (drafted only with assets and a sender)
            }
            if (tr == null && meeting(tokens, i)) {
                tr = Trigger.NEGOTIATE; // "a summit between ...", "are due to speak by telephone", "signed agreements with ..."
            }
            tr = notSpeech(tokens, i, tr);
            if (tr == null && t.tag().startsWith("VERB") && t.is("announce") && nearLemma(tokens, i, 4, "that")) {
                tr = ReportedSpeech.classify(tokens, i).orElse(null); // "announced that it would scale back": reported too
            }
            if (tr == null && t.tag().startsWith("VERB") && REPORTING.contains(l)) {
                tr = ReportedSpeech.classify(tokens, i).orElse(null); // "Obama said 'there will be costs'": a warning
                tr = ReportedSpeech.withOpening(previousTokens, tokens, i).orElse(tr); // a quotation opened a sentence before
            }
            if (tr == null && (t.is("set") && i + 1 < tokens.size() && tokens.get(i + 1).is("up") || t.is("establish") && t.isVerb())
                    && forceWithin(mentions, i + 1, i + 7)) {
                tr = Trigger.DEPLOY; // "agreed to set up four new battlegroups in ..."
            }
            if (tr == null && t.is("lead") && t.isVerb() && forceWithin(mentions, i + 1, i + 4)) {
                tr = Trigger.DEPLOY; // "Britain will lead the battalion in Estonia": it sends its core (FORMAT.md: 'will lead')
            }
            if (tr == null && t.lower().matches("due|expected") && i > 0 && tokens.get(i - 1).is("be") && troopsAt(mentions, i - 2, 12)
                    && i + 1 < tokens.size() && tokens.get(i + 1).is("in", "at", "to")) {
                tr = Trigger.DEPLOY; // "battlegroups led by ... are due in Poland"
            }
            if (tr == null && arrivalOfForces(tokens, mentions, i)) {
                tr = Trigger.DEPLOY; // "French soldiers are due on Monday", "Dutch troops have joined them", "are part of the force"
            }
            if (tr == null && (t.is("have", "keep", "operate") || t.is("be") && i > 0 && troopsAt(mentions, i - 1, 6))
                    && stationedAfter(tokens, mentions, i) && !auxiliaryOfTrigger(tokens, i)) {
                tr = Trigger.DEPLOY; // "has 100,000 troops near Ukraine's borders", "troops are now operating inside Ukraine"
            }
            if (tr == Trigger.WITHDRAW && (peopleAfter(tokens, i) || peopleBefore(tokens, i))) {
                tr = Trigger.EVACUATE; // "staff are being withdrawn from Kyiv": people, not forces
            }
            if (tr == null && l.equals("leave") && i > 0 && tokens.get(i - 1).is("to") && orderBefore(tokens, i) >= 0) {
                tr = Trigger.EVACUATE; // "ordered the families of its staff to leave Ukraine"
            }
            final int here = i;
            if (tr != null && !t.isVerb() && mentions.stream().anyMatch(m -> m.isAsset() && m.from() <= here && here < m.to())) {
                tr = null; // "sending ships": the noun is the asset, not a shipment
            }
            if (tr != null) {
                // Two trigger words of one event ("deploy ... on standby", "drills ... held"): the first counts.
                found.add(new Found(i, tr));
            }
        }
        return found;
    }

    /** "Similar battlegroups led by the United States ...": the assets of the subject before its agents' "by" phrase. */
    private List<Mention> subjectAssets(List<Token> tokens, List<Mention> mentions, int from) {
        if (from < 2 || !tokens.get(from - 1).is("by") && !(tokens.get(from - 1).is("the") && from >= 3 && tokens.get(from - 2).is("by"))) {
            return List.of();
        }
        int by = tokens.get(from - 1).is("by") ? from - 1 : from - 2;
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.isAsset() && m.to() <= by - 1 && m.to() >= by - 2 && tokens.get(by - 1).isVerb()) {
                result.add(m);
            }
        }
        return result;
    }

    private boolean forceWithin(List<Mention> mentions, int from, int to) {
        return mentions.stream().anyMatch(m -> m.isAsset() && m.from() >= from && m.from() <= to && isForce(m));
    }

    private boolean troopsAt(List<Mention> mentions, int to, int window) {
        return mentions.stream().anyMatch(m -> m.isAsset() && m.to() - 1 <= to && m.to() - 1 >= to - window && isForce(m));
    }

    /** Forces, then "near", "in" or "inside" a named place, soon after a verb of being or having. */
    private boolean stationedAfter(List<Token> tokens, List<Mention> mentions, int i) {
        boolean forces = tokens.get(i).is("be", "operate");
        for (int j = i + 1; j < Math.min(tokens.size(), i + 10); j++) {
            final int at = j;
            if (mentions.stream().anyMatch(m -> m.from() == at && m.isAsset() && isForce(m))) {
                forces = true;
            }
            if (forces && tokens.get(j).is("near", "in", "inside", "along", "close")) {
                for (int k = j + 1; k < Math.min(tokens.size(), j + 4); k++) {
                    final int kk = k;
                    if (mentions.stream().anyMatch(m -> m.from() == kk && !m.isAsset())) {
                        return true;
                    }
                }
            }
            if (tokens.get(j).isVerb() && !tokens.get(j).is("operate") || tokens.get(j).tag().equals("PUNCT") && !tokens.get(j).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ one event

    private Optional<DraftFact> draftOne(Sentence s, List<Mention> mentions, Found f, int windowEnd, int previousTrigger) {
        List<Token> tokens = s.tokens();
        int at = f.at();
        Trigger trigger = f.trigger();
        // The agent: the nearest name before the trigger that can act and is no preposition's object.
        if (purposeOnly(tokens, at, trigger)) {
            return Optional.empty();
        }
        if (trigger == Trigger.TRANSFER && receiving(tokens, at)) {
            return received(s, mentions, at, windowEnd); // "Ukraine has taken delivery of American Javelins"
        }
        List<Mention> agents = passiveAgents(tokens, mentions, at);
        if (agents.isEmpty() && trigger.isSpeech()) {
            agents = speechAgent(tokens, mentions, at); // "at Kyiv's request", "X said ..., urging", "a letter from X asking"
        }
        if (agents.isEmpty() && at > 0 && tokens.get(at - 1).text().equals(",") && tokens.get(at).lower().endsWith("ing")) {
            agents = sentenceSubject(tokens, mentions, at); // "The United States ordered ..., warning that ...": its subject's
        }
        if (agents.isEmpty()) {
            agents = agentsBefore(tokens, mentions, at);
            int subject = subjectBefore(tokens, at);
            if (subject >= 0 && (agents.isEmpty() || agents.get(agents.size() - 1).to() <= subject)) {
                List<Mention> instead = subjectAt(tokens, at, subject);
                if (!instead.isEmpty() || anaphorAt(tokens, subject)) {
                    agents = instead; // "Moscow said it had pulled ...", "... and is considering sending ...": not the nearer name
                }
            }
        }
        if (agents.isEmpty()) {
            agents = pronounSubject(tokens, at); // "NATO has indicated that it is sending forces on standby"
        }
        if (agents.isEmpty() && trigger == Trigger.NEGOTIATE) {
            agents = hyphenParties(tokens, at); // "The NATO-Ukraine Commission meets"
        }
        if (agents.isEmpty() && trigger == Trigger.EXERCISE) {
            agents = theExercise(tokens, at); // "Russia and Belarus began exercises ... The drills run until ... in Belarus"
            if (!agents.isEmpty() && venueLent.contains(s)) {
                return Optional.empty(); // the earlier exercise took this sentence's venue: one exercise, one fact
            }
        }
        if (trigger == Trigger.EXERCISE && !agents.isEmpty()) {
            List<Mention> named = agents;
            lastExercise = new ExerciseAgents(named, sentenceIndex);
        }
        agentsOf.put(at, agents);
        boolean agentAfter = false;
        if (agents.isEmpty()) {
            agents = agentsAfter(tokens, mentions, at);
            agentAfter = !agents.isEmpty();
        }
        int eventStart = agents.isEmpty() ? clauseStart(tokens, at) : agentAfter ? at : agents.get(0).from();
        if (!agents.isEmpty() && agents.get(0).from() > at) {
            // a passive's agent after the verb: the event starts with the subject ("The troops were sent ... by Britain")
            int i = subjectBefore(tokens, at);
            while (i > 0 && tokens.get(i - 1).tag().matches("NOUN|PROPN|DET|ADJ|NUM")) {
                i--;
            }
            eventStart = Math.max(clauseStart(tokens, at), Math.max(0, i));
        }
        final int from = eventStart;
        final List<Mention> agentList = agents;
        if (!trigger.isSpeech() && negated(tokens, from, at)) {
            notes.add("left out: '" + Text.clip(passage(tokens, from, Math.min(windowEnd, at + 6))) + "' is negated or refused: no "
                    + trigger.type + " (FORMAT.md: a negated commitment is never an action event)");
            return Optional.empty();
        }
        if (!trigger.isSpeech() && speculative(tokens, from, at)) {
            return Optional.empty();
        }
        List<DraftField> fields = new ArrayList<>();
        int quoteFrom = agentAfter ? at : from;
        int quoteTo = at + 1;
        FactType type = trigger.type;
        if (type == FactType.Deployment && movedOut(tokens, mentions, at, windowEnd)) {
            type = FactType.Withdrawal; // "moving its trainers out of Ukraine": no destination, an origin
        }
        String agentKey = switch (type) {
            case Deployment, ArmsTransfer -> "sender";
            case Negotiation -> "participant";
            default -> "agent";
        };
        if (agents.isEmpty() && (type == FactType.Deployment || type == FactType.Withdrawal)) {
            agents = relativeAntecedent(tokens, mentions, at); // "separate from a U.S. armoured brigade that arrived in Poland"
            if (!agents.isEmpty()) {
                quoteFrom = Math.min(quoteFrom, agents.get(0).from());
            }
        }
        if (agents.isEmpty()) {
            return leftOut(type, agentKey, tokens, from, windowEnd);
        }
        final FactType kindOf = type;
        for (Mention m : agents) {
            actor(m).ifPresent(e -> {
                String id = e.id();
                if (kindOf.kind() == FactType.Kind.ACTION && kindOf != FactType.Negotiation && e.kind() == RefKind.ACTOR) {
                    // "Biden orders troops to Poland": a head of government acts for the state whose office they hold
                    id = meta.published().flatMap(TimeResolver::parse).flatMap(d -> gazetteer.officeOf(e.id(), d)).orElse(id);
                }
                if (kindOf.kind() == FactType.Kind.ACTION && e.kind() == RefKind.ACTOR) {
                    // "U.S. and Russian diplomats ended talks": the parties are the states the diplomats act for
                    id = gazetteer.actsFor(id).orElse(id);
                }
                final String resolved = id;
                if (fields.stream().noneMatch(x -> x.key().equals(agentKey) && x.value().equals(resolved))) {
                    fields.add(field(agentKey, resolved, m, confidence(e)));
                }
            });
            if (agentAfter || m.from() > at) {
                quoteTo = Math.max(quoteTo, m.to());
            }
        }
        if (fields.isEmpty()) {
            return leftOut(type, agentKey, tokens, from, windowEnd);
        }
        List<Mention> right = mentions.stream().filter(m -> m.from() > at && m.to() <= windowEnd).toList();
        // Assets: in the agent's phrase before the trigger ("Russian troops ... arrived"), unless another event comes
        // between; after it, up to the first place, or joined to the last one ("along with 450 soldiers").
        // the first name after a preposition: "U.S.-based troops to Poland" names the sender's state before the assets
        List<Mention> placeMentions = right.stream().filter(m -> !m.isAsset() && !modifiesAsset(m, right) && !basedModifier(tokens, m, right))
                .toList();
        int firstPlace = placeMentions.isEmpty() ? windowEnd : placeMentions.get(0).from();
        List<Mention> assets = mentions.stream().filter(m -> m.isAsset() && m.from() != at && (
                m.from() >= from && m.to() <= at && previousTrigger < m.from() || m.from() > at && m.to() <= firstPlace
                        || m.from() > at && m.to() <= windowEnd && m.from() >= 2 && (tokens.get(m.from() - 1).is("with", "including")
                        || tokens.get(Math.max(0, m.from() - 2)).is("with", "including")))).toList();
        String label;
        switch (type) {
            case Deployment, Withdrawal, ArmsTransfer -> {
                String placeKey = type == FactType.Withdrawal ? "from" : type == FactType.Deployment ? "destination" : "recipient";
                Set<String> preps = type == FactType.Withdrawal ? ORIGIN : type == FactType.Deployment ? DESTINATION : RECIPIENT;
                List<Mention> places = attached(tokens, right, preps);
                if (!places.isEmpty()) {
                    List<Gap> found = findGaps(s, tokens, right, places.get(0), preps, quoteFrom);
                    if (!found.isEmpty()) {
                        gaps.addAll(found);
                        places = List.of(places.get(0)); // "in Estonia, Canada in Latvia": Canada is the next agent, not a place
                    }
                }
                if (type == FactType.Deployment && !places.isEmpty()) {
                    objectGaps.addAll(findObjectGaps(s, tokens, mentions, places.get(places.size() - 1), preps));
                }
                if (type == FactType.Deployment && places.isEmpty()) {
                    // "landed at an air base near Tallinn": near a capital is in its state
                    places = attached(tokens, right.stream().filter(m -> m.entries().stream().anyMatch(e -> e.how() == How.CAPITAL)
                            && m.entries().stream().noneMatch(e -> e.kind() == RefKind.PLACE)).toList(), Set.of("near"));
                }
                if (type != FactType.Withdrawal && places.isEmpty()) {
                    List<Mention> io = indirectObject(tokens, right, at);
                    if (!io.isEmpty() && mentions.stream().anyMatch(m -> m.isAsset() && m.from() > io.get(0).to() && m.from() <= io.get(0).to() + 4)) {
                        places = io; // "send Ukraine anti-tank missiles", "supplying Ukraine with weapons"
                        if (assets.isEmpty()) {
                            assets = assetsAfter(tokens, mentions, io.get(0).to(), windowEnd); // the assets after the indirect object
                        }
                    }
                }
                if (type == FactType.Deployment || type == FactType.Withdrawal) {
                    Optional<DraftField> border = borderArea(tokens, right, fields, placeKey);
                    if (border.isEmpty()) {
                        border = theBorder(tokens, at, windowEnd, fields, placeKey);
                    }
                    if (border.isPresent()) {
                        fields.add(border.get());
                        places = List.of();
                    }
                }
                if (type == FactType.ArmsTransfer && places.isEmpty()) {
                    places = indirectObject(tokens, right, at);
                }
                List<DraftField> placeFields = new ArrayList<>();
                for (Mention m : places) {
                    Optional<Entry> e = type == FactType.ArmsTransfer ? actor(m) : placeOrTerritory(tokens, m);
                    e.ifPresent(x -> placeFields.add(field(placeKey, x.id(), m, confidence(x))));
                }
                boolean hasBorder = fields.stream().anyMatch(x -> x.key().equals("destination"));
                if (type == FactType.Deployment && placeFields.isEmpty() && !hasBorder && !assets.isEmpty()
                        && assets.stream().noneMatch(this::isForce) && implicitRecipient(fields, assets(assets)).isPresent()) {
                    type = FactType.ArmsTransfer; // "Poland is ready to send a company of its own Leopards" in an article on aid
                }
                if (type == FactType.Deployment && placeFields.isEmpty() && !hasBorder && assets.stream().noneMatch(this::isForce)) {
                    return Optional.empty();
                }
                if (assets.isEmpty()) {
                    assets = subjectAssets(tokens, mentions, from);
                }
                List<DraftField> assetFields = assets(assets);
                if (assetFields.isEmpty() && type == FactType.Deployment) {
                    assetFields = elidedAssets(tokens, at); // "sending 2,000 troops to Poland and moving another 1,000 to Romania"
                }
                if (type == FactType.Deployment && !assetFields.isEmpty()
                        && assetFields.stream().noneMatch(a -> isForceId(a.value()))) {
                    // weapons and equipment sent to a state are military aid, not a deployment of forces
                    type = FactType.ArmsTransfer;
                    placeFields.clear();
                    for (Mention m : places) {
                        actor(m).ifPresent(x -> placeFields.add(field("recipient", x.id(), m, confidence(x) * 0.9)));
                    }
                }
                String key = type == FactType.ArmsTransfer ? "recipient" : placeKey;
                hasBorder = fields.stream().anyMatch(x -> x.key().equals(placeKey));
                if (type == FactType.ArmsTransfer && placeFields.isEmpty() && !assetFields.isEmpty()) {
                    implicitRecipient(fields, assetFields).ifPresent(placeFields::add); // "Germany would also supply a field hospital"
                }
                if (type == FactType.Deployment && placeFields.isEmpty() && !hasBorder) {
                    hostOf(tokens, mentions, at).ifPresent(h -> {
                        placeFields.add(h); // "Lithuania welcomed a German-led battalion"
                        hosted.add(h);
                    });
                }
                if (type == FactType.Deployment && placeFields.isEmpty() && !hasBorder) {
                    placeFields.addAll(carriedDestination(tokens, mentions, at, windowEnd, fields, assetFields));
                }
                if (placeFields.isEmpty() && !(hasBorder && type != FactType.ArmsTransfer)) {
                    return leftOut(type, key, tokens, from, windowEnd);
                }
                if (type != FactType.Withdrawal && assetFields.isEmpty()) {
                    return leftOut(type, "asset", tokens, from, windowEnd);
                }
                fields.addAll(placeFields);
                fields.addAll(assetFields);
                for (Mention m : places) {
                    quoteTo = Math.max(quoteTo, m.to());
                }
                for (Mention m : assets) {
                    quoteFrom = Math.min(quoteFrom, m.from());
                    quoteTo = Math.max(quoteTo, m.to());
                }
                label = labelOf(fields, agentKey) + verb(type) + labelOf(fields, key);
            }
            case ForceReadiness -> {
                fields.addAll(assets(assets));
                for (Mention m : assets) {
                    quoteFrom = Math.min(quoteFrom, m.from());
                    quoteTo = Math.max(quoteTo, m.to());
                }
                label = labelOf(fields, agentKey) + " puts forces on higher readiness";
            }
            case MilitaryExercise -> {
                // "sending its forces to Belarus for military drills": the drills are where the forces go
                boolean purpose = false;
                for (int i = at - 1; i >= Math.max(0, at - 3) && !purpose; i--) {
                    purpose = tokens.get(i).is("for");
                }
                Set<String> venue = new java.util.HashSet<>(VENUE);
                if (purpose) {
                    venue.addAll(DESTINATION);
                }
                List<Mention> places = attached(tokens, mentions.stream().filter(m -> m.from() > from && m.to() <= windowEnd
                        && !agentList.contains(m)).toList(), venue);
                for (Mention m : places) {
                    placeOrTerritory(tokens, m).ifPresent(x -> fields.add(field("place", x.id(), m, confidence(x))));
                    quoteTo = Math.max(quoteTo, m.to());
                }
                if (fields.stream().noneMatch(x -> x.key().equals("place"))) {
                    // "Russia and Belarus began exercises on Thursday. The drills run ... at ranges in Belarus"
                    fields.addAll(venueAhead(s, agentList));
                }
                if (fields.stream().noneMatch(x -> x.key().equals("place"))) {
                    // "troops were drilling near Ukraine's eastern border"
                    borderArea(tokens, mentions.stream().filter(m -> m.from() > from && m.to() <= windowEnd).toList(), fields, "place")
                            .ifPresent(fields::add);
                }
                if (fields.stream().noneMatch(x -> x.key().equals("place"))) {
                    return leftOut(type, "place", tokens, from, windowEnd);
                }
                label = labelOf(fields, agentKey) + " holds military exercises in " + labelOf(fields, "place");
            }
            case Evacuation -> {
                int evacueesFrom = at + 1;
                int evacueesTo = evacueesFrom;
                int order = tokens.get(at).is("leave") ? orderBefore(tokens, at) : -1;
                if (order >= 0) {
                    evacueesFrom = order + 1;
                    evacueesTo = at - 1;
                } else {
                    while (evacueesTo < windowEnd && !tokens.get(evacueesTo).is("from", "out") && !tokens.get(evacueesTo).tag().equals("PUNCT")
                            && !tokens.get(evacueesTo).isVerb()) {
                        evacueesTo++;
                    }
                    if (evacueesFrom < evacueesTo && tokens.get(evacueesFrom).is("of")) {
                        evacueesFrom++;
                    }
                    if (tokens.subList(evacueesFrom, evacueesTo).stream().noneMatch(t -> t.tag().startsWith("NOUN"))) {
                        // the passive: "some embassy staff are being withdrawn"
                        int end = at;
                        while (end > 0 && (tokens.get(end - 1).tag().startsWith("AUX") || tokens.get(end - 1).tag().startsWith("ADV"))) {
                            end--;
                        }
                        int begin = end;
                        while (begin > 0 && !tokens.get(begin - 1).tag().equals("PUNCT") && !tokens.get(begin - 1).isVerb()) {
                            begin--;
                        }
                        evacueesFrom = begin;
                        evacueesTo = end;
                        quoteFrom = Math.min(quoteFrom, begin);
                    }
                }
                if (evacueesTo <= evacueesFrom || tokens.subList(evacueesFrom, evacueesTo).stream().noneMatch(t -> t.tag().startsWith("NOUN"))) {
                    return leftOut(type, "evacuees", tokens, from, windowEnd);
                }
                List<Mention> places = order >= 0 ? right.stream().filter(m -> m.from() == at + 1 || m.from() == at + 2 && tokens.get(at + 1).is("the")).limit(1).toList()
                        : attached(tokens, right, ORIGIN);
                if (places.isEmpty()) {
                    places = embassyIn(tokens, right); // "out of the embassy in Kyiv"
                }
                for (Mention m : places) {
                    place(m).ifPresent(x -> fields.add(field("from", x.id(), m, confidence(x))));
                    quoteTo = Math.max(quoteTo, m.to());
                }
                if (fields.stream().noneMatch(x -> x.key().equals("from"))) {
                    return leftOut(type, "from", tokens, from, windowEnd);
                }
                fields.add(new DraftField("evacuees", passage(tokens, evacueesFrom, evacueesTo),
                        span(tokens, evacueesFrom, evacueesTo), 0.6));
                quoteTo = Math.max(quoteTo, evacueesTo);
                label = labelOf(fields, agentKey) + " evacuates " + passage(tokens, evacueesFrom, evacueesTo) + " from " + labelOf(fields, "from");
            }
            case Negotiation -> {
                for (Mention m : right) {
                    if (m.to() <= Math.min(windowEnd, at + 8) && !m.isAsset() && !titleOfPerson(m, right)) {
                        int before = m.from() - 1;
                        // skip the determiner and a title ("with Russian Foreign Minister Sergei Lavrov")
                        while (before > at && (tokens.get(before).tag().equals("DET") || Character.isUpperCase(tokens.get(before).text().charAt(0))
                                && !tokens.get(before).is("with", "between", "and"))) {
                            before--;
                        }
                        if (tokens.get(before).is("with", "between", "and")) {
                            Optional<Entry> e = actor(m);
                            if (e.isPresent() && fields.stream().noneMatch(x -> x.value().equals(e.get().id()))) {
                                fields.add(field("participant", e.get().id(), m, confidence(e.get())));
                                quoteTo = Math.max(quoteTo, m.to());
                            }
                        }
                    }
                }
                quoteTo = Math.max(quoteTo, moreParticipants(tokens, mentions, at, windowEnd, fields));
                List<DraftField> distinct = new ArrayList<>();
                for (DraftField x : fields) {
                    if (distinct.stream().noneMatch(y -> y.value().equals(x.value()))) {
                        distinct.add(x);
                    }
                }
                fields.clear();
                fields.addAll(distinct);
                if (fields.size() < 2) {
                    return leftOut(type, "second participant", tokens, from, windowEnd);
                }
                label = "Talks between " + labelOf(fields, "participant");
            }
            default -> {
                // Speech acts: the agent, an addressee for demands and appeals, and the content.
                if (type == FactType.Demand || type == FactType.Appeal) {
                    int first = at + 1;
                    while (first < tokens.size() && first <= at + 3 && (tokens.get(first).is("that", "on", "upon", "for")
                            || tokens.get(first).tag().equals("DET"))) {
                        first++;
                    }
                    final int addresseeAt = first;
                    for (Mention m : right) {
                        // the addressee stands right after the verb: "demanded that NATO ...", "urged any Russian soldiers"; a
                        // name further on is the content's ("insisting on guarantees that Ukraine will never join")
                        if (m.from() == addresseeAt && !m.isAsset()) {
                            Optional<Entry> e = actor(m);
                            if (e.isPresent() && fields.stream().noneMatch(x -> x.value().equals(e.get().id()))) {
                                fields.add(field("addressee", e.get().id(), m, confidence(e.get()) * 0.8));
                            }
                            break;
                        }
                    }
                }
                int contentFrom = at + 1;
                int contentTo = tokens.size();
                while (contentFrom < contentTo && tokens.get(contentFrom).is("that", ",", ":", "on", "of", "\"")) {
                    contentFrom++;
                }
                while (contentTo > contentFrom && tokens.get(contentTo - 1).tag().equals("PUNCT")) {
                    contentTo--;
                }
                if (agentAfter || contentTo - contentFrom < 3) {
                    // "..., Lavrov warned.": the content is what comes before the speaker
                    int end = agentAfter ? agents.get(0).from() : at;
                    int start = clauseStart(tokens, end);
                    contentFrom = start;
                    contentTo = end;
                    while (contentTo > contentFrom && (tokens.get(contentTo - 1).tag().equals("PUNCT")
                            || tokens.get(contentTo - 1).tag().startsWith("VERB") || tokens.get(contentTo - 1).tag().equals("DET"))) {
                        contentTo--;
                    }
                    while (contentFrom < contentTo && tokens.get(contentFrom).tag().equals("PUNCT")) {
                        contentFrom++;
                    }
                    quoteFrom = Math.min(quoteFrom, contentFrom);
                }
                if (contentTo - contentFrom < 2) {
                    return leftOut(type, "content", tokens, from, windowEnd);
                }
                String content = passage(tokens, contentFrom, contentTo);
                fields.add(new DraftField("content", Character.toUpperCase(content.charAt(0)) + content.substring(1)
                        + (content.endsWith(".") ? "" : "."), span(tokens, contentFrom, contentTo), 0.5));
                quoteTo = Math.max(quoteTo, contentTo);
                label = labelOf(fields, agentKey) + verb(type);
            }
        }
        if (type.kind() == FactType.Kind.ACTION) {
            List<DraftField> modality = modality(tokens, from, at, windowEnd, type);
            if (modality.isEmpty() && at > 0 && (tokens.get(at - 1).is("to") || conjoinedParticiple(tokens, at)) && lastModality != null
                    && lastModality.sentence() == s) {
                // "France has offered to send troops to Romania, Denmark to send jets to Lithuania": the verb is shared
                modality = lastModality.fields();
            }
            if (type == FactType.Negotiation) {
                modality = meetingModality(s, tokens, from, at, windowEnd, modality);
            }
            if (modality.isEmpty() && type == FactType.Deployment && tokens.get(at).is("part") && !negated(tokens, from, at)) {
                // "Dutch troops are already part of the force": a present state, so they are there
                modality = List.of(new DraftField("progress", "carried-out", span(tokens, at - 1, at + 1), 0.6));
            }
            if (!modality.isEmpty()) {
                lastModality = new SharedModality(s, modality);
            }
            if (modality.isEmpty()) {
                notes.add("left out: " + type + " '" + Text.clip(passage(tokens, quoteFrom, quoteTo))
                        + "': no commitment, progress or posture in the text");
                return Optional.empty();
            }
            fields.addAll(modality);
        }
        Optional<DraftField> time = time(s, tokens, from, windowEnd, fields);
        if (time.isPresent()) {
            fields.add(time.get());
            // the quote holds the time when it is next to the event's words ("arrived in Lithuania on Monday")
            for (int i = quoteTo; i < Math.min(tokens.size(), quoteTo + 4); i++) {
                if (text.codePointCount(0, tokens.get(i).end()) == time.get().span().get().end()) {
                    quoteTo = i + 1;
                }
            }
        }
        Optional<Quote> q = quote(s, tokens, quoteFrom, quoteTo);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DraftFact(id(type, fields), type, label, order(type, fields), q.get().text, q.get().span,
                confidence(fields)));
    }

    // ------------------------------------------------------------------ participants

    /**
     * The speaker of a speech act whose words do not put it before the trigger as a subject: the
     * possessor of "at Kyiv's request"; the speaker of "..., Jake Sullivan said on Friday, urging
     * all Americans to leave" (the participle's subject is the one who said); the sender of "a
     * letter from the Ukrainian embassy asking for equipment" (the participle qualifies the noun).
     */
    private List<Mention> speechAgent(List<Token> tokens, List<Mention> mentions, int at) {
        Token t = tokens.get(at);
        if (t.is("request") && !t.isVerb() && at >= 2 && tokens.get(at - 1).text().matches(".*['\u2019]s")) {
            int owner = tokens.get(at - 1).text().matches("['\u2019]s") ? at - 1 : at;
            return mentions.stream().filter(m -> m.to() == owner && !m.isAsset() && actorOk(m)).toList();
        }
        for (int w = at - 1; w > 1; w--) {
            if (tokens.get(w).text().matches("[;:]")) {
                break;
            }
            if (tokens.get(w).is("where") && tokens.get(w - 1).text().equals(",") && w + 1 < at
                    && tokens.get(w + 1).lemma().matches("official|authority|leader")) {
                // "..., an offer that drew scorn in Kyiv, where officials have asked Berlin for weapons"
                final int comma = w - 1;
                return mentions.stream().filter(m -> m.to() == comma && !m.isAsset() && m.entries().stream()
                        .anyMatch(e -> e.kind() == RefKind.STATE && (e.how() == How.CAPITAL || e.how() == How.NAME))).toList();
            }
        }
        Optional<Mention> seat = unnamedOfficialIn(tokens, mentions, at);
        if (seat.isPresent()) {
            return List.of(seat.get());
        }
        if (!t.lower().endsWith("ing") || !(t.isVerb() || t.tag().startsWith("NOUN"))) {
            return List.of();
        }
        if (at > 0 && tokens.get(at - 1).text().equals(",")) {
            for (int v = at - 2; v > 0; v--) {
                Token said = tokens.get(v);
                if (said.text().matches("[;:]")) {
                    break;
                }
                if (said.tag().startsWith("VERB") && REPORTING.contains(said.lemma())) {
                    final int end = v;
                    List<Mention> speaker = mentions.stream().filter(m -> m.to() == end && !m.isAsset() && actorOk(m)).toList();
                    if (!speaker.isEmpty()) {
                        return agentsBefore(tokens, mentions, end);
                    }
                    break;
                }
            }
            return List.of();
        }
        int i = at - 1;
        while (i > 0 && tokens.get(i).tag().matches("NOUN|ADJ") && at - i <= 1) {
            i--;
        }
        final int last = i + 1;
        for (Mention m : mentions) {
            if (m.to() == last && last < at && !m.isAsset() && actorOk(m)) {
                int p = m.from() - 1;
                while (p >= 0 && tokens.get(p).tag().equals("DET")) {
                    p--;
                }
                if (p >= 0 && tokens.get(p).is("from")) {
                    return List.of(m);
                }
            }
        }
        return List.of();
    }

    /**
     * More parties of talks: "their Ukrainian counterpart(s)"; "the NATO-Russia Council" (two names
     * joined by a hyphen); "Biden and Russian President Vladimir Putin" (a party coordinated through
     * the other's title); "a summit between A and B" has only the parties after "between". Returns
     * the last token used, for the quote.
     */
    private int moreParticipants(List<Token> tokens, List<Mention> mentions, int at, int windowEnd, List<DraftField> fields) {
        int quoteTo = at + 1;
        List<Mention> found = new ArrayList<>();
        if (at + 1 < tokens.size() && tokens.get(at + 1).is("between")) {
            List<DraftField> after = fields.stream().filter(f -> f.span().isPresent()
                    && f.span().get().start() > text.codePointCount(0, tokens.get(at).start())).toList();
            fields.retainAll(after);
        }
        if (at + 2 < tokens.size() && tokens.get(at + 1).is("between")) {
            int a = tokens.get(at + 2).is("the") ? at + 3 : at + 2;
            Optional<Mention> one = mentions.stream().filter(m -> m.from() == a && !m.isAsset() && actorOk(m)).findFirst();
            if (one.isPresent() && one.get().to() + 1 < tokens.size() && tokens.get(one.get().to()).is("and")) {
                int b = tokens.get(one.get().to() + 1).is("the") ? one.get().to() + 2 : one.get().to() + 1;
                Optional<Mention> two = mentions.stream().filter(m -> m.from() == b && !m.isAsset() && actorOk(m)).findFirst();
                if (two.isPresent()) {
                    found.add(one.get()); // "a summit between Biden and Putin was ...": "and Putin" opens no clause
                    found.add(two.get());
                }
            }
        }
        for (Mention m : mentions) {
            if (m.from() > at && m.to() <= windowEnd && m.to() < tokens.size() && tokens.get(m.to()).is("counterpart") && !m.isAsset()) {
                found.add(m); // "will meet their Ukrainian counterpart"
            }
        }
        for (Mention m : mentions) {
            int left = m.from() - 1;
            if (m.isAsset() || left < 0 || m.from() > at + 1 || m.to() < at - 4 || !tokens.get(left).text().endsWith("-")
                    || tokens.get(left).end() != m.start() && tokens.get(left).end() != tokens.get(m.from()).start()) {
                continue;
            }
            Token l = tokens.get(left);
            String name = l.text().substring(0, l.text().length() - 1);
            List<Entry> entries = gazetteer.named(name);
            if (!entries.isEmpty()) {
                found.add(new Mention(left, left + 1, l.start(), l.end() - 1, name, entries)); // "the NATO-Russia Council meets"
                found.add(m);
            }
        }
        // "with Turkey and the United Nations": a party coordinated with one after the trigger, however far
        for (int k = 1; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Mention p = mentions.get(k - 1);
            boolean party = fields.stream().anyMatch(x -> x.span().isPresent() && x.span().get().start() == text.codePointCount(0, p.start()))
                    || found.contains(p);
            if (party && p.from() > at && m.to() <= windowEnd && !m.isAsset() && actorOk(m)
                    && passage(tokens, p.to(), m.from()).strip().matches("(,|and|, and)( the)?")) {
                found.add(m);
            }
        }
        Optional<DraftField> first = fields.stream().filter(f -> f.key().equals("participant") && f.span().isPresent()).findFirst();
        if (first.isPresent()) {
            int start = first.get().span().get().start();
            for (int k = mentions.size() - 1; k >= 0; k--) {
                Mention m = mentions.get(k);
                if (text.codePointCount(0, m.start()) != start) {
                    continue;
                }
                int i = m.from() - 1;
                while (i > 0 && (Character.isUpperCase(tokens.get(i).text().charAt(0)) && !tokens.get(i).is("and")
                        || tokens.get(i).tag().equals("ADJ"))) {
                    i--; // "Russian President" before "Vladimir Putin"
                }
                if (i > 0 && i < m.from() - 1 && tokens.get(i).is("and")) {
                    final int before = i;
                    mentions.stream().filter(p -> p.to() == before && !p.isAsset() && actorOk(p)).findFirst().ifPresent(found::add);
                }
                break;
            }
        }
        for (Mention m : found) {
            Optional<Entry> e = actor(m);
            if (e.isPresent() && fields.stream().noneMatch(x -> x.value().equals(e.get().id()))) {
                fields.add(field("participant", e.get().id(), m, confidence(e.get()) * 0.9));
                if (m.from() > at) {
                    quoteTo = Math.max(quoteTo, m.to() + 1);
                }
            }
        }
        return quoteTo;
    }

    /**
     * "Russia and Ukraine signed separate agreements with Turkey and the United Nations": one
     * fact for each party before the trigger, each with the parties after it.
     */
    private List<DraftFact> separately(List<Token> tokens, int at, List<DraftFact> facts) {
        if (facts.size() != 1 || facts.get(0).type() != FactType.Negotiation) {
            return facts;
        }
        boolean separate = false;
        for (int i = Math.max(0, at - 2); i < Math.min(tokens.size(), at + 3); i++) {
            separate |= tokens.get(i).is("separate", "separately");
        }
        if (!separate) {
            return facts;
        }
        DraftFact f = facts.get(0);
        int trigger = text.codePointCount(0, tokens.get(at).start());
        List<DraftField> before = f.fields().stream().filter(x -> x.key().equals("participant") && x.span().isPresent()
                && x.span().get().start() < trigger).toList();
        if (before.size() < 2) {
            return facts;
        }
        List<DraftFact> result = new ArrayList<>();
        for (DraftField one : before) {
            List<DraftField> fields = new ArrayList<>(f.fields());
            fields.removeIf(x -> before.contains(x) && x != one);
            result.add(new DraftFact(id(f.type(), fields), f.type(), f.label(), fields, f.quote(), f.quoteSpan(), f.confidence()));
        }
        return result;
    }

    /** "The NATO-Ukraine Commission meets", "U.S.-Russia talks": one token of two names joined by a hyphen, just before the trigger. */
    private List<Mention> hyphenParties(List<Token> tokens, int at) {
        for (int i = at; i >= Math.max(0, at - 4); i--) {
            Token t = tokens.get(i);
            int dash = t.text().indexOf('-', 1);
            if (dash < 0 || dash == t.text().length() - 1 || t.text().indexOf('-', dash + 1) >= 0) {
                continue;
            }
            String a = t.text().substring(0, dash);
            String b = t.text().substring(dash + 1);
            List<Entry> ea = gazetteer.named(a).stream().filter(e -> e.kind() != RefKind.PLACE).toList();
            List<Entry> eb = gazetteer.named(b).stream().filter(e -> e.kind() != RefKind.PLACE).toList();
            if (!ea.isEmpty() && !eb.isEmpty()) {
                return List.of(new Mention(i, i + 1, t.start(), t.start() + dash, a, ea),
                        new Mention(i, i + 1, t.start() + dash + 1, t.end(), b, eb));
            }
        }
        return List.of();
    }

    /**
     * A transfer told from the recipient's side: "Ukraine has taken delivery of its first American
     * Javelin missiles", "Ukraine received tanks from Poland". The subject is the recipient, the
     * sender is the "from" phrase or the demonym before the assets ("American Javelins"); without
     * a sender or assets nothing is drafted, with a note.
     */
    private Optional<DraftFact> received(Sentence s, List<Mention> mentions, int at, int windowEnd) {
        List<Token> tokens = s.tokens();
        int verb = tokens.get(at).is("delivery") ? at - 1 : at;
        List<Mention> recipients = agentsBefore(tokens, mentions, verb);
        if (recipients.isEmpty() || negated(tokens, recipients.get(0).from(), at) || speculative(tokens, recipients.get(0).from(), at)) {
            return Optional.empty();
        }
        int from = recipients.get(0).from();
        List<Mention> right = mentions.stream().filter(m -> m.from() > at && m.to() <= windowEnd).toList();
        List<Mention> assets = right.stream().filter(Mention::isAsset).toList();
        List<Mention> senders = new ArrayList<>(attached(tokens, right, Set.of("from")));
        if (senders.isEmpty()) {
            for (Mention m : right) {
                if (!m.isAsset() && modifiesAsset(m, right) && m.entries().stream().anyMatch(e -> e.how() == How.DEMONYM)) {
                    senders.add(m); // "American Javelin missiles"
                    break;
                }
            }
        }
        List<DraftField> fields = new ArrayList<>();
        int quoteTo = at + 1;
        for (Mention m : senders) {
            actor(m).ifPresent(e -> fields.add(field("sender", e.id(), m, confidence(e) * 0.9)));
        }
        if (fields.isEmpty()) {
            return leftOut(FactType.ArmsTransfer, "sender", tokens, from, windowEnd);
        }
        for (Mention m : recipients) {
            actor(m).ifPresent(e -> fields.add(field("recipient", e.id(), m, confidence(e))));
        }
        List<DraftField> assetFields = assets(assets);
        if (assetFields.isEmpty() || fields.stream().noneMatch(x -> x.key().equals("recipient"))) {
            return leftOut(FactType.ArmsTransfer, assetFields.isEmpty() ? "asset" : "recipient", tokens, from, windowEnd);
        }
        fields.addAll(assetFields);
        for (Mention m : senders) {
            quoteTo = Math.max(quoteTo, m.to());
        }
        for (Mention m : assets) {
            quoteTo = Math.max(quoteTo, m.to());
        }
        List<DraftField> modality = modality(tokens, from, verb, windowEnd, FactType.ArmsTransfer);
        if (modality.isEmpty()) {
            notes.add("left out: ArmsTransfer '" + Text.clip(passage(tokens, from, quoteTo)) + "': no commitment, progress or posture in the text");
            return Optional.empty();
        }
        fields.addAll(modality);
        time(s, tokens, from, windowEnd, fields).ifPresent(fields::add);
        Optional<Quote> q = quote(s, tokens, from, quoteTo);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        String label = labelOf(fields, "sender") + verb(FactType.ArmsTransfer) + labelOf(fields, "recipient");
        return Optional.of(new DraftFact(id(FactType.ArmsTransfer, fields), FactType.ArmsTransfer, label,
                order(FactType.ArmsTransfer, fields), q.get().text, q.get().span, confidence(fields)));
    }

    /** The one recipient of the last arms transfer drafted, with its sentence: later aid in the article goes there too. */
    private record LastRecipient(DraftField field, int sentence) {}

    private LastRecipient lastRecipient;

    /** The arms transfers drafted so far. */
    private final List<DraftFact> transfers = new ArrayList<>();

    private void rememberRecipient(DraftFact f) {
        transfers.add(f);
        List<DraftField> r = f.fields().stream().filter(x -> x.key().equals("recipient")).toList();
        lastRecipient = r.size() == 1 ? new LastRecipient(r.get(0), sentenceIndex) : null;
    }

    /**
     * "Germany will send helmets to Ukraine ... the minister had said Germany would also supply a
     * field hospital": an arms transfer without a recipient of its own goes to the one recipient of
     * the article's last arms transfer, at most four sentences back (its span points there), unless
     * that is the sender itself.
     */
    private Optional<DraftField> implicitRecipient(List<DraftField> fields, List<DraftField> assets) {
        if (lastRecipient == null || sentenceIndex - lastRecipient.sentence() > 4
                || fields.stream().anyMatch(x -> x.key().equals("sender") && x.value().equals(lastRecipient.field().value()))) {
            return Optional.empty();
        }
        DraftField r = lastRecipient.field();
        List<String> senders = fields.stream().filter(x -> x.key().equals("sender")).map(DraftField::value).toList();
        for (DraftFact t : transfers) {
            // "Denmark will give Ukraine F-16s ... Frederiksen said her country would donate 19 of the jets": told again
            boolean sameSender = t.values("sender").stream().anyMatch(senders::contains);
            // the same assets, or their category ("the jets" after "F-16s"); "other air defences" are others
            boolean sameAssets = t.values("asset").stream().anyMatch(a -> assets.stream().anyMatch(b -> !otherAsset(b)
                    && (a.equals(b.value()) || gazetteer.assetIsA(a, b.value()))));
            if (sameSender && sameAssets && t.values("recipient").contains(r.value())) {
                return Optional.empty();
            }
        }
        return Optional.of(new DraftField("recipient", r.value(), r.span(), r.confidence() * 0.6));
    }

    /** "other air defences", "more tanks", "additional artillery": assets besides those told before. */
    private boolean otherAsset(DraftField asset) {
        if (asset.span().isEmpty()) {
            return false;
        }
        int start = text.offsetByCodePoints(0, asset.span().get().start());
        String before = text.substring(Math.max(0, start - 40), start).toLowerCase(java.util.Locale.ROOT);
        return before.matches("(?s).*\\b(other|more|additional|further|new)\\s+(\\S+\\s+)?$");
    }

    /**
     * The assets after a token up to the window's end, with the elided head of "anti-tank and
     * anti-aircraft missiles" (anti-tank missiles as well).
     */
    private List<Mention> assetsAfter(List<Token> tokens, List<Mention> mentions, int from, int windowEnd) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            if (!m.isAsset() || m.from() < from || m.to() > windowEnd) {
                continue;
            }
            int and = m.from() - 1;
            if (and - 1 >= from && tokens.get(and).is("and", "or") && !result.contains(m)) {
                String head = tokens.get(m.to() - 1).text();
                int first = and - 1;
                while (first > from && tokens.get(first - 1).end() == tokens.get(first).start()) {
                    first--; // "anti-tank" may be several tokens written together
                }
                String modifier = text.substring(tokens.get(first).start(), tokens.get(and - 1).end());
                List<Entry> elided = gazetteer.assetNamed(modifier + " " + head);
                if (!elided.isEmpty()) {
                    result.add(new Mention(first, and, tokens.get(first).start(), tokens.get(and - 1).end(), modifier, elided));
                }
            }
            result.add(m);
        }
        return result;
    }

    /**
     * The modality of talks the text does not mark: "meets in Brussels on Wednesday", "holds talks
     * ... on Thursday" (a present tense with a time after the publication date: planned); "was off
     * the table", "called off" after the trigger: cancelled; "wanted talks", "sought talks": offered.
     */
    private List<DraftField> meetingModality(Sentence s, List<Token> tokens, int from, int at, int windowEnd, List<DraftField> modality) {
        int after = afterAt(tokens, at);
        if (after >= 0 && !tokens.get(at).isVerb()) {
            return List.of(new DraftField("progress", "carried-out", span(tokens, after, after + 1), 0.5)); // "after talks with"
        }
        for (int i = at + 1; i + 2 < Math.min(tokens.size(), at + 12) && !tokens.get(i).text().matches("[;:]"); i++) {
            if (tokens.get(i).is("off") && tokens.get(i + 1).is("the") && tokens.get(i + 2).is("table")) {
                return List.of(new DraftField("progress", "cancelled", span(tokens, i, i + 3), 0.6));
            }
        }
        if (!modality.isEmpty()) {
            return modality;
        }
        for (int i = Math.max(0, from); i < at; i++) {
            if (tokens.get(i).is("want", "seek") && tokens.get(i).tag().startsWith("VERB")) {
                return List.of(new DraftField("commitment", "offered", span(tokens, i, i + 1), 0.5));
            }
        }
        for (int i = Math.max(0, at - 3); i < Math.min(tokens.size(), at + 2); i++) {
            Token v = tokens.get(i);
            boolean present = v.tag().startsWith("VERB") && v.is("meet", "hold", "open", "begin", "start")
                    && v.lower().equals(v.lemma() + "s");
            if (present && meta.published().isPresent()) {
                Optional<DraftField> time = time(s, tokens, from, windowEnd, List.of(new DraftField("progress", "planned", Optional.empty(), 0)));
                if (time.isPresent() && time.get().value().compareTo(meta.published().get()) > 0) {
                    return List.of(new DraftField("progress", "planned", span(tokens, i, i + 1), 0.5));
                }
            }
        }
        return modality;
    }

    /**
     * "In Moscow, a deputy foreign minister said ...": a sentence that opens with "In" and a
     * capital, then an unnamed official as the subject of the reporting verb: the capital's state.
     */
    private Optional<Mention> unnamedOfficialIn(List<Token> tokens, List<Mention> mentions, int at) {
        if (tokens.size() < 6 || !tokens.get(0).is("in") || !tokens.get(at).tag().startsWith("VERB") || !REPORTING.contains(tokens.get(at).lemma())) {
            return Optional.empty();
        }
        Optional<Mention> capital = mentions.stream().filter(m -> m.from() == 1 && m.to() < tokens.size() && tokens.get(m.to()).text().equals(",")
                && m.entries().stream().anyMatch(e -> e.kind() == RefKind.STATE && e.how() == How.CAPITAL)).findFirst();
        if (capital.isEmpty()) {
            return Optional.empty();
        }
        int i = capital.get().to() + 1;
        if (i >= at || !tokens.get(i).tag().equals("DET")) {
            return Optional.empty();
        }
        for (int j = i + 1; j < at; j++) {
            if (!tokens.get(j).tag().matches("ADJ|NOUN") || mentions.stream().anyMatch(m -> m.from() <= at && m.from() > capital.get().to())) {
                return Optional.empty();
            }
        }
        return OFFICIALS.contains(tokens.get(at - 1).lemma()) ? capital : Optional.empty();
    }

    /** An entity a mention names as an actor: a state, an organisation or an actor (never an asset). */
    private Optional<Entry> actor(Mention m) {
        return m.entries().stream().filter(e -> e.kind() == RefKind.STATE || e.kind() == RefKind.ORGANISATION
                || e.kind() == RefKind.ACTOR).findFirst();
    }

    /** A place a mention names: a place id, or a state by its name (not by its demonym or capital). */
    private Optional<Entry> place(Mention m) {
        Optional<Entry> p = m.entries().stream().filter(e -> e.kind() == RefKind.PLACE).findFirst();
        if (p.isPresent()) {
            return p;
        }
        // a capital that has no place of its own lies in its state: "landed at an air base near Tallinn"
        return m.entries().stream().filter(e -> e.kind() == RefKind.STATE && (e.how() == How.NAME || e.how() == How.CAPITAL)).findFirst();
    }

    /** The names before the trigger that act: the nearest one, with those coordinated with it ("Belgian and Dutch troops"). */
    private List<Mention> agentsBefore(List<Token> tokens, List<Mention> mentions, int at) {
        List<Mention> before = mentions.stream().filter(m -> m.to() <= at && !m.isAsset() && actorOk(m)).toList();
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            if (objectOfPreposition(tokens, m) || boundaryBetween(tokens, m.to(), at)) {
                if (boundaryBetween(tokens, m.to(), at)) {
                    break;
                }
                continue;
            }
            if (complementBetween(tokens, m.to(), at)) {
                break; // "NATO estimates that ... troops are in Belarus": NATO is not the subject of the clause
            }
            List<Mention> result = new ArrayList<>();
            result.add(m);
            for (int j = k - 1; j >= 0; j--) {
                Mention p = before.get(j);
                String between = passage(tokens, p.to(), result.get(0).from()).strip();
                if ((between.equals("and") || between.equals(",") || between.equals(", and")) && !objectOfPreposition(tokens, p)) {
                    result.add(0, p);
                } else {
                    break;
                }
            }
            return result;
        }
        return List.of();
    }

    /**
     * The agent of a passive or a participle after the trigger: "troops were sent by Britain",
     * "battlegroups led by the United States, Britain and Canada" (with the names coordinated).
     */
    private List<Mention> passiveAgents(List<Token> tokens, List<Mention> mentions, int at) {
        Token t = tokens.get(at);
        if (!t.isVerb() || t.lower().endsWith("ing") || t.lower().equals(t.lemma())) {
            return List.of();
        }
        int by = at + 1;
        while (by < tokens.size() && tokens.get(by).tag().startsWith("ADV")) {
            by++;
        }
        if (by < tokens.size() && !tokens.get(by).lower().equals("by") && at > 0 && tokens.get(at - 1).is("be")) {
            // "troops were sent to Estonia by Britain": the passive's "by" after its other complements, in the clause
            int end = clauseEnd(tokens, mentions, at);
            while (by < end && !tokens.get(by).lower().equals("by")) {
                by++;
            }
        }
        if (by >= tokens.size() || !tokens.get(by).lower().equals("by")) {
            return List.of();
        }
        List<Mention> result = new ArrayList<>();
        int next = by + 1;
        if (next < tokens.size() && tokens.get(next).is("the")) {
            next++;
        }
        for (Mention m : mentions) {
            if (m.from() < next || m.isAsset()) {
                continue;
            }
            if (m.from() != next || !actorOk(m)) {
                break;
            }
            result.add(m);
            next = m.to();
            String between = "";
            int j = next;
            while (j < tokens.size() && tokens.get(j).text().matches(",|and|the")) {
                between += tokens.get(j).text();
                j++;
            }
            if (between.isEmpty() || between.equals("the")) {
                break;
            }
            next = j;
        }
        return result;
    }

    /**
     * A pronoun ("it", "he", "the alliance") that is the subject of a verb between the clause's
     * start (or a "that" of saying) and the trigger, resolved by the discourse.
     */
    private List<Mention> pronounSubject(List<Token> tokens, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 12); i--) {
            Token t = tokens.get(i);
            if (t.text().matches("[;:]") || t.lower().equals("that") && i > 0 && SAYING.contains(tokens.get(i - 1).lemma())) {
                return List.of();
            }
            if (!t.lower().matches("its|his|her") && anaphorAt(tokens, i) && i + 1 < at && tokens.get(i + 1).isVerb()) {
                return subjectAt(tokens, at, i);
            }
        }
        return List.of();
    }

    /**
     * The subject at a token before the trigger when it is an anaphor ("it", "he", "the alliance",
     * "its" before a nominal trigger), resolved by the discourse; or, when the trigger's verb
     * phrase is conjoined to an earlier one ("Spain is sending ships ... and is considering
     * sending jets"), that one's agents.
     */
    private List<Mention> subjectAt(List<Token> tokens, int at, int subject) {
        Token t = tokens.get(subject);
        Optional<Discourse.Anaphor> a = Discourse.anaphor(t, subject > 0 ? tokens.get(subject - 1) : null);
        boolean possessive = t.lower().matches("its|his|her");
        if (a.isPresent() && (possessive != tokens.get(at).isVerb() || !possessive)) {
            if (possessive && tokens.get(at).isVerb()) {
                return List.of();
            }
            int from = a.get() == Discourse.Anaphor.ALLIANCE || a.get() == Discourse.Anaphor.COUNTRY ? subject - 1 : subject;
            return discourse.resolve(a.get(), t.start()).map(m -> List.of(new Mention(from, subject + 1, m.start(), m.end(),
                    m.surface(), m.entries()))).orElse(List.of());
        }
        if (tokens.get(at).isVerb() && (t.lower().equals("and") || t.text().equals(",")) && subject + 1 < at) {
            List<Mention> shared = List.of();
            for (Map.Entry<Integer, List<Mention>> e : agentsOf.entrySet()) {
                if (e.getKey() < subject && !e.getValue().isEmpty()) {
                    shared = e.getValue();
                }
            }
            return shared;
        }
        return List.of();
    }

    /** ", Lavrov warned" / "warned Lavrov": the speaker right after a speech verb at the end of a clause. */
    private List<Mention> agentsAfter(List<Token> tokens, List<Mention> mentions, int at) {
        if (at == 0 || !tokens.get(at - 1).tag().equals("PUNCT")) {
            return List.of(); // only the inverted speaker of a quotation: '..." warned Lavrov'
        }
        for (Mention m : mentions) {
            if (m.from() > at && m.from() <= at + 3 && !m.isAsset() && actorOk(m)) {
                return List.of(m);
            }
        }
        return List.of();
    }

    private boolean actorOk(Mention m) {
        return actor(m).isPresent();
    }

    private boolean objectOfPreposition(List<Token> tokens, Mention m) {
        Token own = tokens.get(m.to() - 1);
        if (m.from() > 0 && tokens.get(m.from() - 1).is("with") && m.to() < tokens.size() && tokens.get(m.to()).isVerb()
                && tokens.get(m.to()).lower().endsWith("ing")) {
            return false; // "with Moscow insisting on guarantees": the subject of the participle
        }
        boolean possessive = own.text().endsWith("'s") || own.text().endsWith("\u2019s")
                || m.to() < tokens.size() && (tokens.get(m.to()).text().equals("'s") || tokens.get(m.to()).text().equals("\u2019s"));
        if (possessive) {
            int j = m.to() < tokens.size() && tokens.get(m.to()).text().matches("['\u2019]s") ? m.to() + 1 : m.to();
            boolean acting = false;
            for (int k = j; k < Math.min(tokens.size(), j + 3); k++) {
                if (ACTING.contains(tokens.get(k).lemma()) || ACTING.contains(tokens.get(k).lower())) {
                    acting = true;
                }
            }
            if (!acting) {
                return true; // "near Ukraine's borders": the name qualifies a noun that does not act
            }
        }
        int i = m.from() - 1;
        while (i >= 0 && (tokens.get(i).tag().equals("DET") || tokens.get(i).tag().equals("ADJ") || tokens.get(i).tag().equals("NUM")
                || quantifier(tokens, i) || compass(tokens.get(i)))) {
            i--;
        }
        if (coordinatedWithObject(tokens, m, i)) {
            return true; // "to Poland and Germany and moving ...": Germany is the preposition's object too
        }
        if (i >= 0 && tokens.get(i).lower().equals("as") && finiteVerbAfter(tokens, m.to())) {
            return false; // "... as the contributing countries are putting their forces on standby": a conjunction's subject
        }
        return i >= 0 && !tokens.get(i).isVerb() && PREPOSITIONS.contains(tokens.get(i).lemma()) && !tokens.get(i).is("by");
    }

    /**
     * A bare number as the object of a deployment verb ("moving another 1,000 from Germany to
     * Romania") stands for the forces of the deployment drafted just before in the same sentence;
     * without one, nothing.
     */
    private List<DraftField> elidedAssets(List<Token> tokens, int at) {
        int i = at + 1;
        while (i < tokens.size() && tokens.get(i).lower().matches("another|about|some|nearly|around|roughly|further")) {
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).tag().equals("NUM") || i + 1 < tokens.size() && tokens.get(i + 1).tag().startsWith("NOUN")) {
            return List.of();
        }
        if (lastAction == null || lastAction.sentence() != sentenceIndex || lastAction.fact().type() != FactType.Deployment) {
            return List.of();
        }
        List<DraftField> result = new ArrayList<>();
        for (DraftField f : lastAction.fact().fields()) {
            if (f.key().equals("asset") && isForceId(f.value())) {
                result.add(new DraftField("asset", f.value(), Optional.empty(), Math.min(f.confidence(), 0.6)));
            }
        }
        return result;
    }

    /** A gapped object after a deployment's place: "send a battalion to Estonia and 150 troops to Poland". */
    private record ObjectGap(List<Mention> assets, Mention place, int from, int to, Sentence sentence) {}

    private final List<ObjectGap> objectGaps = new ArrayList<>();

    /**
     * After the last place of a deployment, "and" (or a comma), a number or determiner and forces,
     * one of the role's prepositions and a place: the same sender and verb send those forces
     * there. Only forces; the first mention that breaks the pattern ends it.
     */
    private List<ObjectGap> findObjectGaps(Sentence s, List<Token> tokens, List<Mention> mentions, Mention lastPlace, Set<String> preps) {
        List<ObjectGap> result = new ArrayList<>();
        int i = lastPlace.to();
        while (i < tokens.size() && tokens.get(i).text().matches("and|,")) {
            int j = i;
            while (j < tokens.size() && tokens.get(j).text().matches("and|,")) {
                j++;
            }
            int start = j;
            while (j < tokens.size() && (tokens.get(j).tag().matches("NUM|DET|ADJ") || quantifier(tokens, j)
                    || tokens.get(j).lower().matches("another|some|about|more|further"))) {
                j++;
            }
            final int at = j;
            Optional<Mention> asset = mentions.stream().filter(m -> m.from() == at && m.isAsset() && isForce(m)).findFirst();
            if (asset.isEmpty() || asset.get().to() + 1 >= tokens.size() || !preps.contains(tokens.get(asset.get().to()).lemma())) {
                break;
            }
            int p = asset.get().to() + 1;
            while (p < tokens.size() && tokens.get(p).tag().equals("DET")) {
                p++;
            }
            final int pp = p;
            Optional<Mention> place = mentions.stream().filter(m -> m.from() == pp && !m.isAsset() && place(m).isPresent()).findFirst();
            if (place.isEmpty()) {
                break;
            }
            result.add(new ObjectGap(List.of(asset.get()), place.get(), start, place.get().to(), s));
            i = place.get().to();
        }
        return result;
    }

    /** The deployment a gapped object makes: the event's sender and modality, its own forces and place. */
    private Optional<DraftFact> objectGapped(DraftFact event, ObjectGap g) {
        if (event.type() != FactType.Deployment) {
            return Optional.empty();
        }
        Optional<Entry> place = place(g.place());
        if (place.isEmpty()) {
            return Optional.empty();
        }
        List<DraftField> fields = new ArrayList<>();
        for (DraftField f : event.fields()) {
            if (f.key().equals("destination") || f.key().equals("asset") || f.key().equals("time")) {
                continue;
            }
            fields.add(f);
        }
        fields.add(field("destination", place.get().id(), g.place(), confidence(place.get()) * 0.9));
        fields.addAll(assets(g.assets()));
        Optional<Quote> q = quote(g.sentence(), g.sentence().tokens(), g.from(), g.to());
        return q.map(x -> relabel(new DraftFact(event.id(), FactType.Deployment, event.label(), order(FactType.Deployment, fields), x.text(),
                x.span(), confidence(fields))));
    }

    /** Forces named right before the token ("some Russian units withdrawing"). */
    private boolean forcesEndAt(int at) {
        return currentMentions.stream().anyMatch(m -> m.isAsset() && m.to() == at && isForce(m));
    }

    /** A name after "and", "or" or a comma that is coordinated with a preposition's object. */
    private boolean coordinatedWithObject(List<Token> tokens, Mention m, int before) {
        if (before < 0 || !tokens.get(before).text().matches("and|or|,")) {
            return false;
        }
        if (m.to() < tokens.size() && (tokens.get(m.to()).isVerb() || tokens.get(m.to()).is("to") && m.to() + 1 < tokens.size()
                && verbLike(tokens, m.to() + 1))) {
            return false; // "to Romania, Denmark to send jets to Lithuania": the next clause's subject
        }
        int end = before > 0 && tokens.get(before).text().equals("and") && tokens.get(before - 1).text().equals(",") ? before - 1 : before;
        return currentMentions.stream().anyMatch(p -> p.to() == end && !p.isAsset() && p != m && objectOfPreposition(tokens, p));
    }

    /** The mentions attached to one of the prepositions, and those coordinated with them ("to the Mediterranean and the Black Sea"). */
    private List<Mention> attached(List<Token> tokens, List<Mention> candidates, Set<String> prepositions) {
        List<Mention> result = new ArrayList<>();
        Mention previous = null;
        for (Mention m : candidates) {
            if (m.isAsset()) {
                continue;
            }
            int i = m.from() - 1;
            while (i >= 0 && (tokens.get(i).tag().equals("DET") || tokens.get(i).tag().equals("ADJ") || possessivePronoun(tokens.get(i))
                    || tokens.get(i).is("around") && i > 0 && tokens.get(i - 1).is("from") // "withdrawing from around Kyiv"
                    || tokens.get(i).lower().matches("(north|south|east|west)(ern)?|central|-|north-?(eastern|western)|south-?(eastern|western)"))) {
                i--;
            }
            boolean byPreposition = i >= 0 && prepositions.contains(tokens.get(i).lemma())
                    && !(tokens.get(i).is("out") && !(i + 1 < tokens.size() && tokens.get(i + 1).is("of")) && false);
            if (i >= 0 && tokens.get(i).is("of") && i > 0 && tokens.get(i - 1).is("out")) {
                byPreposition = prepositions.contains("out");
            } else if (i >= 0 && tokens.get(i).is("of") && !prepositions.contains("of")) {
                byPreposition = false;
            }
            boolean coordinated = previous != null && result.contains(previous)
                    && passage(tokens, previous.to(), m.from()).strip().matches("(,|and|, and|or|as well as)( the)?");
            if (coordinated || byPreposition && result.isEmpty()) {
                result.add(m);
            } else if (!result.isEmpty()) {
                break; // the first group only: "withdrawn from Kyiv ... the threat from Russia"
            }
            previous = m;
        }
        return result;
    }

    /**
     * "massed near Ukraine's border(s)": the sender's side of its border with the neighbour, where
     * places.csv has that border area; "near" a state is never the state itself.
     */
    private Optional<DraftField> borderArea(List<Token> tokens, List<Mention> right, List<DraftField> fields, String key) {
        for (Mention m : right) {
            int i = m.from() - 1;
            while (i >= 0 && tokens.get(i).tag().equals("DET")) {
                i--;
            }
            boolean fromBorder = i >= 0 && tokens.get(i).is("from") && m.to() < tokens.size() && tokens.get(m.to()).is("border", "frontier");
            if (i < 0 || !(fromBorder || tokens.get(i).is("near", "along") || tokens.get(i).is("to") && i > 0 && tokens.get(i - 1).is("close"))) {
                continue;
            }
            // "near Ukraine('s border)", "from the Ukrainian border"
            Optional<Entry> n = m.entries().stream().filter(e -> e.kind() == RefKind.STATE && (e.how() == How.NAME
                    || e.how() == How.DEMONYM && m.to() < tokens.size() && tokens.get(m.to()).is("border", "frontier"))).findFirst();
            if (n.isEmpty()) {
                continue;
            }
            for (DraftField sender : fields) {
                Optional<String> area = gazetteer.borderArea(sender.value(), n.get().id());
                if (area.isPresent()) {
                    return Optional.of(field(key, area.get(), m, 0.6));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "massed near the border": the sender's side of its border with the state the article last
     * named that places.csv gives a border area with the sender.
     */
    private Optional<DraftField> theBorder(List<Token> tokens, int at, int windowEnd, List<DraftField> fields, String key) {
        for (int i = at + 1; i + 2 < Math.min(tokens.size(), windowEnd + 1); i++) {
            boolean near = tokens.get(i).is("near", "along") || tokens.get(i).is("to") && tokens.get(i - 1).is("close");
            if (near && tokens.get(i + 1).is("the") && tokens.get(i + 2).is("border", "frontier")) {
                for (String neighbour : discourse.recentStates(tokens.get(i).start())) {
                    for (DraftField sender : fields) {
                        Optional<String> area = gazetteer.borderArea(sender.value(), neighbour);
                        if (area.isPresent()) {
                            return Optional.of(new DraftField(key, area.get(), span(tokens, i + 1, i + 3), 0.5));
                        }
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "give Ukraine tanks": the actor right after the verb. */
    private List<Mention> indirectObject(List<Token> tokens, List<Mention> right, int at) {
        for (Mention m : right) {
            if (m.from() == at + 1 && !m.isAsset()) {
                return List.of(m);
            }
        }
        return List.of();
    }

    private List<DraftField> assets(List<Mention> assets) {
        List<DraftField> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Mention m : assets) {
            Entry e = m.entries().stream().filter(x -> x.kind() == RefKind.ASSET).findFirst().get();
            if (seen.add(e.id())) {
                result.add(field("asset", e.id(), m, 0.7));
            }
        }
        // "four F-16 fighter jets": the type says more than its category
        result.removeIf(a -> result.stream().anyMatch(b -> b != a && gazetteer.assetIsA(b.value(), a.value())));
        return result;
    }

    private boolean isForce(Mention m) {
        return m.entries().stream().anyMatch(e -> e.kind() == RefKind.ASSET && isForceId(e.id()));
    }

    /** Forces (troops, jets, ships, units) as opposed to weapons and equipment handed over. */
    private boolean isForceId(String asset) {
        return gazetteer.assetIsA(asset, "troops") || gazetteer.assetIsA(asset, "fighter-jets") || gazetteer.assetIsA(asset, "warships")
                || asset.equals("forces") || gazetteer.assetIsA(asset, "helicopters");
    }

    private List<Mention> currentMentions = List.of();

    /** The last action drafted and its sentence: "the remaining 450 will arrive ..." continues it. */
    private record Antecedent(DraftFact fact, int sentence) {}

    private Antecedent lastAction;
    private int sentenceIndex = -1;

    /** A gapped clause after an event: ", Canada in Latvia": another agent, another place, the same predicate. */
    private record Gap(Mention agent, Mention place, int to, Sentence sentence, int quoteFrom) {}

    private final List<Gap> gaps = new ArrayList<>();

    /**
     * The gapped clauses after the first place of an event: ", Canada in Latvia, Germany in
     * Lithuania and the United States in Poland" after "Britain will lead the force in Estonia".
     * Each is a name that can act, at most three words, one of the role's prepositions and a
     * place; the first mention that breaks the pattern ends them.
     */
    private List<Gap> findGaps(Sentence s, List<Token> tokens, List<Mention> right, Mention firstPlace, Set<String> preps, int quoteFrom) {
        List<Gap> result = new ArrayList<>();
        int i = firstPlace.to();
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && (tokens.get(j).text().equals(",") || tokens.get(j).is("and", "the"))) {
                j++;
            }
            if (j == i || j >= tokens.size() || tokens.get(j - 1).text().equals("the") && j - 1 == i) {
                break;
            }
            final int a = j;
            Optional<Mention> agent = right.stream().filter(m -> m.from() == a && !m.isAsset() && actorOk(m)).findFirst();
            if (agent.isEmpty()) {
                break;
            }
            int k = agent.get().to();
            while (k < tokens.size() && k <= agent.get().to() + 3 && !preps.contains(tokens.get(k).lemma())) {
                if (tokens.get(k).isVerb() || tokens.get(k).tag().equals("PUNCT")) {
                    return result;
                }
                k++;
            }
            if (k >= tokens.size() || !preps.contains(tokens.get(k).lemma())) {
                break;
            }
            final int p = tokens.get(k + 1 < tokens.size() ? k + 1 : k).is("the") ? k + 2 : k + 1;
            Optional<Mention> place = right.stream().filter(m -> m.from() == p && !m.isAsset()).findFirst();
            if (place.isEmpty() || place(place.get()).isEmpty()) {
                break;
            }
            result.add(new Gap(agent.get(), place.get(), place.get().to(), s, quoteFrom));
            i = place.get().to();
        }
        return result;
    }

    /** The fact of a gapped clause: the event's fact with the gap's agent and place. */
    private Optional<DraftFact> gapped(DraftFact event, Gap g) {
        FactType type = event.type();
        String agentKey = Evaluation.agentKey(type);
        String placeKey = Evaluation.placeKey(type).orElseThrow();
        Optional<Entry> agent = actor(g.agent());
        Optional<Entry> place = type == FactType.ArmsTransfer ? actor(g.place()) : place(g.place());
        if (agent.isEmpty() || place.isEmpty()) {
            return Optional.empty();
        }
        List<DraftField> fields = new ArrayList<>();
        for (DraftField f : event.fields()) {
            if (f.key().equals(agentKey)) {
                if (fields.stream().noneMatch(x -> x.key().equals(agentKey))) {
                    fields.add(field(agentKey, agent.get().id(), g.agent(), confidence(agent.get()) * 0.9));
                }
            } else if (f.key().equals(placeKey)) {
                if (fields.stream().noneMatch(x -> x.key().equals(placeKey))) {
                    fields.add(field(placeKey, place.get().id(), g.place(), confidence(place.get()) * 0.9));
                }
            } else if (!f.key().equals("time")) {
                fields.add(f);
            }
        }
        List<Token> tokens = g.sentence().tokens();
        Optional<Quote> q = quote(g.sentence(), tokens, g.quoteFrom(), g.to());
        return q.map(x -> relabel(new DraftFact(event.id(), type, event.label(), order(type, fields), x.text(), x.span(),
                confidence(fields))));
    }

    /** A fact with a fresh id and label for its (changed) fields. */
    DraftFact relabel(DraftFact f) {
        String agentKey = Evaluation.agentKey(f.type());
        String label = switch (f.type()) {
            case Deployment, Withdrawal, ArmsTransfer -> labelOf(f.fields(), agentKey) + verb(f.type())
                    + labelOf(f.fields(), Evaluation.placeKey(f.type()).orElseThrow());
            case MilitaryExercise -> labelOf(f.fields(), agentKey) + " holds military exercises in " + labelOf(f.fields(), "place");
            default -> f.label();
        };
        return new DraftFact(id(f.type(), f.fields()), f.type(), label, f.fields(), f.quote(), f.quoteSpan(), f.confidence());
    }

    /** The modality of the last action drafted, with its sentence: a gapped infinitive shares it. */
    private record SharedModality(Sentence sentence, List<DraftField> fields) {}

    private SharedModality lastModality;

    private Optional<DraftFact> leftOut(FactType type, String field, List<Token> tokens, int from, int to) {
        List<String> unresolved = new ArrayList<>();
        for (int i = from; i < to; i++) {
            final int at = i;
            boolean known = currentMentions.stream().anyMatch(m -> m.from() <= at && at < m.to())
                    || tokens.get(i).text().matches("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December");
            if (!known && tokens.get(i).tag().startsWith("PROPN") && Character.isUpperCase(tokens.get(i).text().charAt(0))) {
                int j = i;
                while (j < to && tokens.get(j).tag().startsWith("PROPN")) {
                    j++;
                }
                unresolved.add("'" + passage(tokens, i > 0 && tokens.get(i - 1).is("the") ? i - 1 : i, j) + "' could not be resolved");
                i = j;
            }
        }
        notes.add("left out: " + type + " '" + Text.clip(passage(tokens, from, to)) + "': no " + field + " resolved"
                + (unresolved.isEmpty() ? "" : "; " + String.join("; ", unresolved)));
        return Optional.empty();
    }

    // ------------------------------------------------------------------ negation, modality, time

    private List<DraftField> modality(List<Token> tokens, int from, int at, int windowEnd, FactType type) {
        if (at > 0 && conjoinedParticiple(tokens, at)) {
            from = at - 1; // "are putting forces on standby and sending ships": the cues before "and" are the first verb's
        }
        int commitment = -1;
        int cIndex = -1;
        int progress = -1;
        int pIndex = -1;
        boolean cancelled = false;
        int cancelIndex = -1;
        String posture = null;
        int postureIndex = -1;
        Token trig = tokens.get(at);
        boolean scheduleVerb = trig.is("arrive", "begin", "start", "land", "meet", "take", "hold", "be") || type == FactType.Negotiation
                || type == FactType.MilitaryExercise;
        for (int i = Math.max(0, from); i < Math.min(windowEnd, at + 1); i++) {
            Token t = tokens.get(i);
            int c = -1;
            if (t.is("consider", "weigh", "mull", "may", "option")) {
                c = 0;
            } else if (t.is("offer", "propose", "ready", "willing")) {
                c = 1;
            } else if (t.is("pledge", "promise", "plan", "vow", "intend", "announce", "commit") || t.is("will", "would", "'ll") && !scheduleVerb) {
                c = 2;
            } else if (t.is("decide", "approve", "order", "authorise", "authorize", "agree", "decision")) {
                c = 3;
            }
            if (c > commitment) {
                commitment = c;
                cIndex = i;
            }
            int p = -1;
            if (t.is("schedule", "due", "expect", "prepare") || t.is("will") && scheduleVerb || t.is("to") && i + 1 < tokens.size()
                    && tokens.get(i + 1).is("be") && i > 0 && tokens.get(i - 1).is("be")) {
                p = 0;
            } else if (t.is("begin", "start", "continue", "keep", "launch")) {
                p = t.text().equalsIgnoreCase(t.lemma()) ? 0 : 1;
            } else if (t.is("complete", "finish", "conclude") || t.is("end") && t.tag().startsWith("VERB") && !t.lower().equals("end")) {
                p = 2;
            }
            if (p > progress) {
                progress = p;
                pIndex = i;
            }
            if (t.is("cancel", "scrap", "postpone") || t.is("call") && followedBy(tokens, i, "off")) {
                cancelled = true;
                cancelIndex = i;
            }
        }
        // The trigger's own tense and aspect: "is sending" (under way), "sent", "has sent" (done).
        int own = trig.is("have", "keep", "be", "operate") ? 2 : trig.lower().matches("due|expected") ? -1 : tenseOfTrigger(tokens, at);
        if (own < 0 && at > 0 && trig.isVerb() && trig.lower().endsWith("ing") && forcesEndAt(at)) {
            own = 1; // "noticed some Russian units withdrawing from ...": what the forces are doing, under way
        }
        if (own < 0 && at > 0 && conjoinedParticiple(tokens, at)) {
            own = sharedProgressive(tokens, at); // "are putting ... and sending": the auxiliary is shared
        }
        if (own < 0 && type == FactType.MilitaryExercise) {
            own = exerciseVerbForm(tokens, from, at); // "are taking part in exercises", "sending its forces ... for drills"
        }
        if (own > progress && !(own == 1 && futureTime(tokens, at, windowEnd))) {
            progress = own;
            pIndex = at;
        } else if (own == 1 && futureTime(tokens, at, windowEnd) && progress < 0) {
            progress = 0;
            pIndex = at;
        }
        for (int i = Math.max(0, from); i < Math.min(windowEnd, at + 4) && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("standby", "stand-by") || t.lower().equals("standby")) {
                posture = "on-standby";
                postureIndex = i;
            } else if (t.is("alert", "readiness")) {
                posture = "on-alert";
                postureIndex = i;
            }
        }
        if (type == FactType.ForceReadiness) {
            // "put on alert" says nothing of progress: the posture is the event
            if (own >= 0 && pIndex == at) {
                progress = -1;
            }
        }
        List<DraftField> result = new ArrayList<>();
        if (commitment >= 0) {
            result.add(new DraftField("commitment", COMMITMENTS.get(commitment), span(tokens, cIndex, cIndex + 1), 0.6));
        }
        if (cancelled) {
            result.add(new DraftField("progress", "cancelled", span(tokens, cancelIndex, cancelIndex + 1), 0.7));
        } else if (progress >= 0 && !(commitment >= 0 && progress == 0 && cIndex > 0 && tokens.get(cIndex).is("will"))) {
            result.add(new DraftField("progress", PROGRESSES.get(progress), span(tokens, pIndex, pIndex + 1), 0.6));
        }
        if (posture != null) {
            result.add(new DraftField("posture", posture, span(tokens, postureIndex, postureIndex + 1), 0.8));
        }
        return result;
    }

    private Optional<DraftField> time(Sentence s, List<Token> tokens, int from, int windowEnd, List<DraftField> fields) {
        boolean future = fields.stream().anyMatch(f -> f.value().equals("planned") || f.value().equals("announced")
                || f.value().equals("cancelled") || f.value().equals("decided"));
        int start = tokens.get(Math.max(0, Math.min(from, tokens.size() - 1))).start();
        int end = tokens.get(Math.min(windowEnd, tokens.size()) - 1).end();
        List<TimeResolver.Time> times = TimeResolver.find(text.substring(start, end), start, meta.published(), future);
        if (times.isEmpty()) {
            times = TimeResolver.find(s.text(text), s.start(), meta.published(), future);
            if (times.size() != 1) {
                return Optional.empty();
            }
        }
        TimeResolver.Time t = times.get(0);
        return Optional.of(new DraftField("time", t.value(), Span.ofChars(text, t.start(), t.end()), 0.6));
    }

    // ------------------------------------------------------------------ quote, ids, labels

    private record Quote(String text, Span span) {}

    /** The passage from one token to another, if it occurs once in the text; else the sentence, if that occurs once. */
    private Optional<Quote> quote(Sentence s, List<Token> tokens, int from, int to) {
        int start = tokens.get(from).start();
        int end = tokens.get(Math.min(to, tokens.size()) - 1).end();
        String q = text.substring(start, end);
        if (occursOnce(q)) {
            return Optional.of(new Quote(q, Span.ofChars(text, start, end)));
        }
        String sentence = s.text(text);
        if (occursOnce(sentence)) {
            return Optional.of(new Quote(sentence, Span.ofChars(text, s.start(), s.end())));
        }
        notes.add("left out: '" + Text.clip(q) + "': its sentence occurs more than once in the text, so no quote can point to it");
        return Optional.empty();
    }

    private boolean occursOnce(String q) {
        try {
            new org.entente.loader.source.QuoteLocator(text).locate(FactsFileWriter.oneLine(q));
            return true;
        } catch (org.entente.loader.source.QuoteLocator.NotLocated e) {
            return false;
        }
    }

    private String passage(List<Token> tokens, int from, int to) {
        if (to <= from) {
            return "";
        }
        return text.substring(tokens.get(from).start(), tokens.get(Math.min(to, tokens.size()) - 1).end());
    }

    private Span span(List<Token> tokens, int from, int to) {
        return Span.ofChars(text, tokens.get(from).start(), tokens.get(to - 1).end());
    }

    private DraftField field(String key, String id, Mention m, double confidence) {
        return new DraftField(key, id, Span.ofChars(text, m.start(), m.end()), confidence);
    }

    private String id(FactType type, List<DraftField> fields) {
        StringBuilder sb = new StringBuilder(type.name().toLowerCase(java.util.Locale.ROOT));
        fields.stream().filter(f -> Set.of("sender", "agent", "participant").contains(f.key())).limit(2)
                .forEach(f -> sb.append('-').append(f.value().toLowerCase(java.util.Locale.ROOT)));
        fields.stream().filter(f -> Set.of("destination", "from", "recipient", "place").contains(f.key())).limit(1)
                .forEach(f -> sb.append('-').append(f.value().toLowerCase(java.util.Locale.ROOT)));
        String base = sb.toString().replaceAll("[^a-z0-9-]", "-").replaceAll("-+", "-");
        if (base.length() > 58) {
            base = base.substring(0, 58).replaceAll("-$", "");
        }
        int n = ids.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    private String labelOf(List<DraftField> fields, String key) {
        List<String> labels = new ArrayList<>();
        for (DraftField f : fields) {
            if (f.key().equals(key)) {
                RefKind kind = key.equals("destination") || key.equals("from") || key.equals("place")
                        ? (f.value().matches("[A-Z]{3}") ? RefKind.STATE : RefKind.PLACE)
                        : f.value().matches("[A-Z]{3}") ? RefKind.STATE : f.value().matches("[A-Z]+") ? RefKind.ORGANISATION : RefKind.ACTOR;
                labels.add(gazetteer.label(kind, f.value()));
            }
        }
        return String.join(labels.size() == 2 ? " and " : ", ", labels);
    }

    // ------------------------------------------------------------------ exercises and territories (recall rules)

    private List<Sentence> allSentences = List.of();
    /** Sentences whose definite exercise lent its venue to an earlier exercise without one. */
    private final Set<Sentence> venueLent = new java.util.HashSet<>();

    /** A place a mention names, or the state of a demonym before "territory" or "soil" ("on Belarusian territory"). */
    private Optional<Entry> placeOrTerritory(List<Token> tokens, Mention m) {
        Optional<Entry> p = place(m);
        if (p.isPresent() || m.to() >= tokens.size() || !TERRITORY.contains(tokens.get(m.to()).lemma())) {
            return p;
        }
        return m.entries().stream().filter(e -> e.kind() == RefKind.STATE && e.how() == How.DEMONYM).findFirst();
    }

    /**
     * An exercise named without a place ("Russia and Belarus began joint exercises on Thursday")
     * whose next sentences continue it as a definite exercise with a venue ("The Zapad 2017
     * drills run until Sept. 20 at six ranges in Belarus", "The Aurora 23 drills ... are being
     * held across Sweden"): the venue is the exercise's, and the later mention is no second fact.
     * Only within the discourse's reach, only a definite exercise ("the", "these", "its" before
     * it, nothing but names, numbers and modifiers between), and only the first group of places
     * after a venue preposition.
     */
    private List<DraftField> venueAhead(Sentence current, List<Mention> agents) {
        int here = allSentences.indexOf(current);
        if (here < 0 || agents.isEmpty()) {
            return List.of();
        }
        for (int k = here + 1; k < Math.min(allSentences.size(), here + 1 + Discourse.REACH); k++) {
            Sentence next = allSentences.get(k);
            List<Token> tokens = next.tokens();
            List<Mention> mentions = gazetteer.find(text, next);
            for (int i = 0; i < tokens.size(); i++) {
                if (!EXERCISE.contains(tokens.get(i).lemma()) && !tokens.get(i).lower().matches("drills|exercises") || !definiteAt(tokens, i)) {
                    continue;
                }
                final int noun = i;
                List<Mention> after = mentions.stream().filter(m -> m.from() > noun && !m.isAsset()).toList();
                List<DraftField> result = new ArrayList<>();
                for (Mention m : attached(tokens, after, VENUE)) {
                    placeOrTerritory(tokens, m).ifPresent(x -> result.add(field("place", x.id(), m, confidence(x) * 0.8)));
                }
                if (!result.isEmpty()) {
                    venueLent.add(next);
                    return result;
                }
                return List.of(); // the first definite exercise of the sentence decides
            }
            if (tokens.stream().anyMatch(t -> EXERCISE.contains(t.lemma()))) {
                return List.of(); // another exercise is named: it is not the same one
            }
        }
        return List.of();
    }

    /**
     * "The United States and Britain have started evacuating the families of their diplomats":
     * states evacuate their own people, so coordinated states with "their" evacuees are one
     * evacuation each. A joint operation of organisations ("an evacuation organised by the United
     * Nations and the Red Cross") or evacuees without "their" stay one fact.
     */
    private List<DraftFact> eachTheirOwn(DraftFact f) {
        if (f.type() != FactType.Evacuation) {
            return List.of(f);
        }
        List<DraftField> agents = f.fields().stream().filter(x -> x.key().equals("agent")).toList();
        String evacuees = f.values("evacuees").stream().findFirst().orElse("");
        if (agents.size() < 2 || !evacuees.matches("(?i).*\\btheir\\b.*")
                || agents.stream().anyMatch(a -> gazetteer.label(RefKind.STATE, a.value()).equals(a.value()))) {
            return List.of(f);
        }
        List<DraftFact> result = new ArrayList<>();
        for (DraftField agent : agents) {
            List<DraftField> fields = f.fields().stream().filter(x -> !x.key().equals("agent") || x == agent).toList();
            String label = labelOf(fields, "agent") + " evacuates " + evacuees + " from " + labelOf(fields, "from");
            result.add(new DraftFact(id(f.type(), fields), f.type(), label, fields, f.quote(), f.quoteSpan(), f.confidence()));
        }
        return result;
    }

    /** Short passages for notes. */
    /**
     * Forces whose arrival the sentence tells without a verb of sending: "are due / expected" +
     * a time or "to" ("A French contingent is due on Monday", "a Croatian contingent is expected to
     * follow"), "have joined" ("Romanian troops have joined them"), "go to" ("helicopters will go to Poland"), "are (already) part of the
     * force / battalion". The forces must end right before the verb (its subject); where they go
     * is their own place or, for another sender, the last deployment's (carriedDestination).
     */
    private boolean arrivalOfForces(List<Token> tokens, List<Mention> mentions, int i) {
        Token t = tokens.get(i);
        if (t.lower().matches("due|expected") && i > 1 && tokens.get(i - 1).is("be") && troopsAt(mentions, i - 2, 3)
                && i + 1 < tokens.size() && tokens.get(i + 1).is("on", "by", "later", "soon", "next", "this")) {
            return true;
        }
        if (t.is("go") && t.isVerb() && i + 1 < tokens.size() && tokens.get(i + 1).is("to", "into") && i > 0
                && (troopsAt(mentions, i - 1, 0) || tokens.get(i - 1).tag().equals("AUX") && troopsAt(mentions, i - 2, 0))) {
            return true; // "32 attack helicopters would go to Poland"
        }
        if (t.is("join") && t.isVerb() && i > 0 && (troopsAt(mentions, i - 1, 0) || tokens.get(i - 1).is("have") && troopsAt(mentions, i - 2, 0))) {
            return true;
        }
        if (t.is("part") && i + 2 < tokens.size() && tokens.get(i + 1).is("of") && tokens.get(i + 2).is("the")) {
            int j = i - 1;
            if (j >= 0 && tokens.get(j).is("already", "now")) {
                j--;
            }
            return j > 0 && tokens.get(j).is("be") && troopsAt(mentions, j - 1, 0)
                    && i + 3 < tokens.size() && FORCE_UNITS.contains(tokens.get(i + 3).lemma());
        }
        return false;
    }

    /**
     * "The battlegroup is separate from a U.S. armoured brigade of about 3,500 troops that arrived
     * in Poland": a trigger right after "that", "which" or "who" has the forces before it as its
     * subject, and a demonym or name right before those forces' words ("a U.S. armoured brigade",
     * "British troops who") is their sender even when a preposition governs the phrase. Only a
     * name joined to a force (its next word, or the one after an adjective, is a force or its unit)
     * and no verb between it and the relative word.
     */
    private List<Mention> relativeAntecedent(List<Token> tokens, List<Mention> mentions, int at) {
        int rel = at - 1;
        if (rel > 0 && tokens.get(rel).tag().equals("ADV")) {
            rel--; // "that recently arrived"
        }
        if (rel <= 0 || !tokens.get(rel).lower().matches("that|which|who")) {
            return List.of();
        }
        for (int i = rel - 1; i >= Math.max(0, rel - 8); i--) {
            if (tokens.get(i).isVerb() && !participleModifier(tokens, i) || tokens.get(i).text().matches("[,;:]")) {
                return List.of();
            }
            final int here = i;
            Optional<Mention> name = mentions.stream().filter(m -> !m.isAsset() && m.to() == here + 1 && actor(m).isPresent()).findFirst();
            if (name.isPresent()) {
                int next = here + 1;
                if (next < rel && (tokens.get(next).tag().equals("ADJ") || participleModifier(tokens, next))) {
                    next++;
                }
                final int head = next;
                boolean force = mentions.stream().anyMatch(m -> m.isAsset() && m.from() == head && isForce(m))
                        || head < rel && FORCE_UNITS.contains(tokens.get(head).lemma());
                boolean forcesBefore = troopsAt(mentions, rel - 1, 0) || FORCE_UNITS.contains(tokens.get(rel - 1).lemma());
                return force && forcesBefore ? List.of(name.get()) : List.of();
            }
        }
        return List.of();
    }

    /** "a U.S. armoured brigade": an -ed word the tagger calls a verb, between a determiner or name and a noun, modifies the noun. */
    private static boolean participleModifier(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i).lower().endsWith("ed") && tokens.get(i + 1).tag().startsWith("NOUN")
                && tokens.get(i - 1).tag().matches("DET|PROPN|ADJ");
    }

    /**
     * "Poland's leaders formally welcomed a U.S.-led NATO battlegroup": forces that a state
     * welcomes or hosts are deployed to it. The verb "welcome" or "host" must stand right before
     * the forces' phrase (at most four words before the trigger, none a verb or a comma), and its
     * subject a state by its name (its leaders, its government: the name ends at most two words
     * before the verb, with no verb between).
     */
    private Optional<DraftField> hostOf(List<Token> tokens, List<Mention> mentions, int at) {
        for (int v = at - 1; v >= Math.max(0, at - 5); v--) {
            Token t = tokens.get(v);
            if (t.is("welcome", "host") && t.isVerb()) {
                final int verb = v;
                Optional<Mention> host = mentions.stream().filter(m -> !m.isAsset() && m.to() <= verb && m.to() >= verb - 3)
                        .reduce((a, b) -> b);
                if (host.isEmpty()) {
                    return Optional.empty();
                }
                for (int i = host.get().to(); i < verb; i++) {
                    if (tokens.get(i).isVerb() || tokens.get(i).text().equals(",")) {
                        return Optional.empty();
                    }
                }
                return place(host.get()).filter(e -> e.kind() == RefKind.STATE)
                        .map(e -> field("destination", e.id(), host.get(), confidence(e) * 0.8));
            }
            if (v < at - 1 && (t.isVerb() && !participleModifier(tokens, v) || t.text().equals(","))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The destinations that hostOf read. */
    private final Set<DraftField> hosted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * "Lithuania welcomed a German-led battalion ... The German army began sending 450 soldiers to
     * Lithuania": the welcome of forces whose sending the article tells later is that deployment,
     * one fact (the later one, at most two sentences on, with its own destination, stays); told
     * further on ("is separate from a U.S. brigade that arrived in Poland"), it is another.
     */
    private List<DraftFact> withoutHostedRetold(List<DraftFact> facts) {
        List<DraftFact> result = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            DraftFact f = facts.get(i);
            boolean retold = false;
            if (f.fields().stream().anyMatch(hosted::contains)) {
                for (int j = i + 1; j < facts.size(); j++) {
                    DraftFact g = facts.get(j);
                    retold |= g.type() == FactType.Deployment && sentenceOf.containsKey(f) && sentenceOf.containsKey(g)
                            && sentenceOf.get(g) - sentenceOf.get(f) <= 2 && g.values("sender").equals(f.values("sender"))
                            && g.values("destination").equals(f.values("destination"));
                }
            }
            if (!retold) {
                result.add(f);
            }
        }
        return result;
    }

    /** What forces can be "part of". */
    private static final Set<String> FORCE_UNITS = Set.of("force", "battalion", "battlegroup", "brigade", "contingent", "mission",
            "deployment", "group");

    /** The article's last deployment drafted and its sentence. */
    private Antecedent lastDeployment;

    /**
     * "A German-led battalion arrived in Lithuania on Tuesday. ... Norwegian soldiers are expected
     * in May": a deployment of forces whose sender the sentence names but which names no place of
     * its own (no name after the trigger that is not the sender's or an asset's, no "to"/"into" +
     * noun) goes where the article's last deployment went, at most two sentences back, when it is
     * another sender's (a further contributor to the same force); the same sender's forces without
     * a place are that deployment told again, and nothing is carried. The field's span points to
     * the earlier destination.
     */
    private List<DraftField> carriedDestination(List<Token> tokens, List<Mention> mentions, int at, int windowEnd,
            List<DraftField> fields, List<DraftField> assetFields) {
        if (lastDeployment == null || sentenceIndex - lastDeployment.sentence() > 2
                || assetFields.stream().noneMatch(a -> isForceId(a.value()))) {
            return List.of();
        }
        List<String> senders = fields.stream().filter(x -> x.key().equals("sender")).map(DraftField::value).toList();
        List<String> before = lastDeployment.fact().values("sender");
        if (senders.isEmpty() || senders.stream().anyMatch(before::contains)) {
            return List.of();
        }
        for (Mention m : mentions) {
            if (m.from() > at && !m.isAsset() && m.from() < windowEnd && place(m).isPresent()) {
                return List.of(); // a place of its own, even one no preposition of direction governs
            }
        }
        for (int i = at + 1; i < Math.min(windowEnd, tokens.size()); i++) {
            if (tokens.get(i).is("to", "into", "toward", "towards") && i + 1 < tokens.size()
                    && tokens.get(i + 1).tag().matches("DET|PROPN|NOUN|ADJ|NUM")) {
                return List.of(); // "to the front": a direction the text gives but no name resolves
            }
            if (tokens.get(i).is("east", "west", "north", "south", "eastward", "eastwards", "westward", "westwards", "home", "abroad")) {
                return List.of(); // "are also heading east": a direction of its own
            }
        }
        List<DraftField> carried = new ArrayList<>();
        for (DraftField d : lastDeployment.fact().fields()) {
            if (d.key().equals("destination")) {
                carried.add(new DraftField("destination", d.value(), d.span(), d.confidence() * 0.6));
            }
        }
        return carried;
    }

    static final class Text {
        private Text() {}

        static String clip(String s) {
            return org.entente.loader.Text.shorten(FactsFileWriter.oneLine(s), 80).replace("'", "’");
        }
    }
}
