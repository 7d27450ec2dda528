package org.entente.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.entente.loader.extract.EventRules.Trigger;
import org.junit.jupiter.api.Test;

/** The cues that make a reported statement a warning, a denial, an assurance, or nothing drafted. */
class ReportedSpeechTest {

    private static Optional<Trigger> classify(String sentence) {
        List<Nlp.Token> tokens = Nlp.analyse(sentence).get(0).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("say", "tell", "add", "stress")) {
                return ReportedSpeech.classify(tokens, i);
            }
        }
        throw new AssertionError("no reporting verb in: " + sentence);
    }

    @Test
    void consequencesForetoldAreAWarning() {
        assertEquals(Optional.of(Trigger.WARN), classify("She said an invasion would bring severe costs for Russia."));
        assertEquals(Optional.of(Trigger.WARN), classify("The spokesman said the order sent a very clear signal to Moscow."));
    }

    @Test
    void aDisputedFactIsADenial() {
        assertEquals(Optional.of(Trigger.DENY), classify("Rasmussen said NATO had seen no evidence of it."));
        assertEquals(Optional.of(Trigger.DENY), classify("Russia had no intention of attacking Ukraine, the envoy said."));
    }

    @Test
    void aReassuranceIsAnAssurance() {
        assertEquals(Optional.of(Trigger.ASSURE), classify("Wallace stressed that the weapons were short-range and defensive."));
        assertEquals(Optional.of(Trigger.ASSURE), classify("A spokesman said the moves were not permanent."));
    }

    @Test
    void aStatementWithoutCuesIsNoSpeechActDrafted() {
        assertEquals(Optional.empty(), classify("The minister said earlier that Russia had sent 6,000 troops into Crimea."));
    }
}
