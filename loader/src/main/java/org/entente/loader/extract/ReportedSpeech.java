package org.entente.loader.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.entente.loader.extract.EventRules.Trigger;

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

    /** The speech act a reporting verb at token {@code at} reports, if its statement has a cue. */
    static Optional<Trigger> classify(List<Nlp.Token> tokens, int at) {
        String after = words(tokens, at + 1, tokens.size());
        // "..., Lavrov said." and "..., Biden said on Friday": the statement comes first
        String statement = after.split(" ").length <= 4 ? words(tokens, 0, at) : after;
        if (WARNING.matcher(statement).find()) {
            return Optional.of(Trigger.WARN);
        }
        if (DENIAL.matcher(statement).find()) {
            return Optional.of(Trigger.DENY);
        }
        if (ASSURANCE.matcher(statement).find()) {
            return Optional.of(Trigger.ASSURE);
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
