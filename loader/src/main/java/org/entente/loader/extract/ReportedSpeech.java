package org.entente.loader.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;


/**
 * What a reported statement ("X said ...", "..., X told reporters") is, from the cues of what it
 * reports (the dev set's annotation guidelines): consequences foretold are a Warning ("there will
 * be costs", "would face", "countermeasures", "a clear signal"), a fact or an intention disputed
 * is a Denial ("no evidence", "had not seen any sign", "no intention of"), a reassurance is an
 * Assurance ("purely defensive", "no threat", "no cause for concern", "not permanent", "would not
 * fight"). A statement with none of the cues is no speech act this extractor drafts.
 */
final class ReportedSpeech {
    private ReportedSpeech() {}

    private static final Pattern WARNING = Pattern.compile("\\b(costs?|consequences|countermeasures|counter-measures|would face|will face"
            + "|clear (signal|message)|retaliat\\w*|inevitable|dangerous|pay a (heavy |high )?price)\\b");
    private static final Pattern DENIAL = Pattern.compile("\\b(no evidence|no sign|no signs|not (yet )?seen any (sign|evidence)"
            + "|no intention|not true|baseless|groundless)\\b");
    private static final Pattern ASSURANCE = Pattern.compile("\\b(defensive|no threat|no cause for concern|no reason to fear"
            + "|not permanent|not escalatory|(would|will) not fight|not aimed at|at your side|not alone|as planned)\\b");
    /** Demands reported: "would have to address our concerns", "wanted to see a real withdrawal". */
    private static final Pattern DEMAND = Pattern.compile("\\b(would have to|will have to|(want|wants|wanted) to see)\\b");
    /** More consequences foretold: an attack "at any time", relations damaged. */
    private static final Pattern MORE_WARNING = Pattern.compile("\\b(at any (time|moment)|any day now|(leave|left) a lasting mark"
            + "|(damage|harm|hurt|poison|undermine)s? (\\w+ )?relations)\\b");
    /** "no Russian troops had been deployed": a reported claim disputed. */
    private static final Pattern MORE_DENIAL = Pattern.compile("^(that )?no (\\w+ )?(troops|soldiers|forces|units) (had|have|has|were|was|are) ");
    /** Further reassurances: a promise to defend all, to scale back, not to send forces. */
    private static final Pattern MORE_ASSURANCE = Pattern.compile("\\b((protect and )?defend (all|every|each)"
            + "|(would|will) (\\w+ )?(reduce|scale back|scale down|wind down))\\b");
    /** Solidarity ("we are at your side") reassures the one addressed even when called a clear signal. */
    private static final Pattern SOLIDARITY = Pattern.compile("\\b(at your side|not alone|stand (with|by) (you|ukraine))\\b");
    /** "what his country needed most was defensive weapons": a request for defensive arms is no reassurance. */
    private static final Pattern NEEDS_DEFENSIVE = Pattern.compile("\\b(need|needs|needed|want|wants|wanted|ask|asked|asking|request\\w*)\\b.{0,40}\\bdefensive\\b");

    /** The speech act a reporting verb at token {@code at} reports, if its statement has a cue. */
    static Optional<Trigger> classify(List<Nlp.Token> tokens, int at) {
        String after = words(tokens, at + 1, tokens.size());
        // "..., Lavrov said." and "..., Biden said on Friday": the statement comes first
        String statement = after.split(" ").length <= 4 || statementBefore(tokens, at) ? words(tokens, 0, at) : after;
        Optional<Second> second = second(tokens, at);
        if (second.isPresent()) {
            statement = words(tokens, at + 1, second.get().at() - 2); // the first of two statements
        }
        return classify(statement);
    }

    /**
     * The speech act of a statement's words: solidarity first, then consequences foretold, then a
     * reassurance beside a disputed intention ("these are defensive moves, we have no intention of
     * fighting" reassures), then a denial, then a reassurance.
     */
    private static Optional<Trigger> classify(String statement) {
        boolean assurance = assurance(statement);
        if (SOLIDARITY.matcher(statement).find()) {
            return Optional.of(Trigger.ASSURE);
        }
        if (WARNING.matcher(statement).find() || MORE_WARNING.matcher(statement).find()) {
            return Optional.of(Trigger.WARN);
        }
        if (DENIAL.matcher(statement).find() || MORE_DENIAL.matcher(statement.replaceFirst("^.*? that ", "that ")).find()) {
            return Optional.of(assurance ? Trigger.ASSURE : Trigger.DENY);
        }
        if (DEMAND.matcher(statement).find()) {
            return Optional.of(Trigger.DEMAND);
        }
        if (assurance) {
            return Optional.of(Trigger.ASSURE);
        }
        return Optional.empty();
    }

    /**
     * "A Russian invasion could begin at any time, ..., adviser Jake Sullivan said on Friday, urging
     * ...", '"It's not escalatory," President Joe Biden said at a news conference': the speaker
     * stands between a comma or a closing quotation mark and the verb, and what follows the verb
     * up to the next comma is at most a time: the statement is what comes before.
     */
    private static boolean statementBefore(List<Nlp.Token> tokens, int at) {
        int i = at - 1;
        while (i > 0 && at - i <= 10 && tokens.get(i).tag().matches("PROPN|NOUN|ADJ|DET|PART|PROPN\\+PART|NOUN\\+PART")
                && !tokens.get(i).text().matches("[,\"\u201d]")) {
            i--;
        }
        if (i <= 0 || i == at - 1 || !tokens.get(i).text().matches("[,\"\u201d]")) {
            return false;
        }
        boolean quoted = tokens.get(i).text().matches("[\"\u201d]");
        int j = at + 1;
        while (j < tokens.size() && !tokens.get(j).text().matches("[,.;]")) {
            j++;
        }
        return quoted || j - at - 1 <= 4;
    }

    private static boolean assurance(String statement) {
        String s = NEEDS_DEFENSIVE.matcher(statement).find() ? statement.replace("defensive", "") : statement;
        return ASSURANCE.matcher(s).find() || MORE_ASSURANCE.matcher(s).find();
    }

    /**
     * '"These are defensive moves. We have no intention of fighting," Biden said': a quotation
     * that opened in the previous sentence and closes before the reporting verb is classified as a
     * whole; empty when the verb's sentence does not close a quotation opened before it.
     */
    static Optional<Trigger> withOpening(List<Nlp.Token> previous, List<Nlp.Token> tokens, int at) {
        int closing = -1;
        int quotes = 0;
        for (int i = 0; i < at; i++) {
            if (tokens.get(i).text().matches("[\"\u201c\u201d]")) {
                quotes++;
                closing = closing < 0 ? i : closing;
            }
        }
        int opened = -1;
        int before = 0;
        for (int i = 0; i < previous.size(); i++) {
            if (previous.get(i).text().matches("[\"\u201c\u201d]")) {
                before++;
                opened = i;
            }
        }
        if (quotes % 2 == 0 || before % 2 == 0 || closing < 0 || at - closing > 10) {
            return Optional.empty();
        }
        return classify(words(previous, opened + 1, previous.size()) + " " + words(tokens, 0, closing));
    }

    /** A second statement reported by the same verb ("said that A and that B"): where its "that" is and what it is. */
    record Second(int at, Trigger trigger) {}

    /**
     * "told reporters that Russia had no intention of attacking Ukraine and that there was no
     * reason to fear an escalation": the clause after "and that" is a statement of its own; it is
     * returned when it is a different speech act from the clauses before it.
     */
    static Optional<Second> second(List<Nlp.Token> tokens, int at) {
        for (int i = at + 2; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).lower().equals("that") && tokens.get(i - 1).lower().equals("and")) {
                Optional<Trigger> first = classify(words(tokens, at + 1, i - 1));
                Optional<Trigger> next = classify(words(tokens, i + 1, tokens.size()));
                if (first.isPresent() && next.isPresent() && first.get() != next.get()) {
                    return Optional.of(new Second(i + 1, next.get()));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String words(List<Nlp.Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, from); i < to; i++) {
            sb.append(i > from ? " " : "").append(tokens.get(i).lower());
        }
        return sb.toString();
    }
}
