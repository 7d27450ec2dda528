package org.entente.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.entente.loader.mapping.FactType;
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

    // ---------------------------------------------------------------- speech acts told by other words

    private static final Extractor EXTRACTOR = Extractor.load();

    private static List<DraftFact> draft(String body, String published, FactType type) {
        Draft d = EXTRACTOR.extract("Headline\n\n" + body + "\n", new ArticleMeta("test-article", "Headline", published));
        return d.facts().stream().filter(f -> f.type() == type).toList();
    }

    @Test
    void solidarityReassuresEvenWhenCalledASignal() {
        assertEquals(Optional.of(Trigger.ASSURE), classify("The minister said the shipment was a strong signal: you are not alone."));
    }

    @Test
    void defensiveMovesBesideNoIntentionReassure() {
        assertEquals(Optional.of(Trigger.ASSURE), classify("\"Our moves are purely defensive and we have no intention of attacking anyone,\" the president said."));
    }

    @Test
    void askingForDefensiveWeaponsIsNoReassurance() {
        assertEquals(Optional.empty(), classify("The envoy said what Kyiv wanted above all was defensive weapons."));
    }

    @Test
    void promisesToDefendAllAndToScaleBackReassure() {
        assertEquals(Optional.of(Trigger.ASSURE), classify("The secretary-general said the allies would defend every member."));
        assertEquals(Optional.of(Trigger.ASSURE), classify("The ministry said it would gradually scale back its operations in the north."));
    }

    @Test
    void twoThatClausesOfOneVerbAreTwoSpeechActs() {
        List<DraftFact> denials = draft("Russia's envoy told journalists that Moscow had no intention of invading Ukraine and that there was"
                + " no reason to fear a war.", "2022-01-10", FactType.Denial);
        List<DraftFact> assurances = draft("Russia's envoy told journalists that Moscow had no intention of invading Ukraine and that there was"
                + " no reason to fear a war.", "2022-01-10", FactType.Assurance);
        assertEquals(1, denials.size());
        assertEquals(1, assurances.size());
        assertEquals(List.of("RUS"), assurances.get(0).values("agent"));
        assertEquals(List.of("There was no reason to fear a war."), assurances.get(0).values("content"));
    }

    @Test
    void askingSomeoneForSomethingIsAnAppeal() {
        List<DraftFact> a = draft("Poland, Latvia and Estonia asked their nationals to leave Belarus at once.", "2022-02-11", FactType.Appeal);
        assertEquals(1, a.size());
        assertEquals(List.of("POL", "LVA", "EST"), a.get(0).values("agent"));
        assertEquals(List.of(), draft("Reporters asked whether Poland would send more troops.", "2022-02-11", FactType.Appeal));
    }

    @Test
    void theParticipleAfterAReportedStatementIsTheSpeakers() {
        List<DraftFact> a = draft("A Russian attack could come soon, Jens Stoltenberg said on Monday, urging allies to send more air defences.",
                "2022-02-14", FactType.Appeal);
        assertEquals(1, a.size());
        assertEquals(List.of("jens-stoltenberg"), a.get(0).values("agent"));
    }

    @Test
    void atSomeonesRequestIsTheirAppeal() {
        List<DraftFact> a = draft("The shipment was kept secret at Kyiv's request.", "2023-10-18", FactType.Appeal);
        assertEquals(1, a.size());
        assertEquals(List.of("UKR"), a.get(0).values("agent"));
    }

    @Test
    void aPromiseThatIsAnAssurance() {
        List<DraftFact> a = draft("Minsk promised that all Russian units would go home after the drills.", "2022-02-16", FactType.Assurance);
        assertEquals(1, a.size());
        assertEquals(List.of("BLR"), a.get(0).values("agent"));
    }

    @Test
    void insistingThatSomethingIsSoIsNoDemand() {
        assertEquals(List.of(), draft("The Kremlin insists that the peninsula, which it seized in 2014, is Russian territory.", "2022-02-16",
                FactType.Demand));
        assertEquals(1, draft("The Kremlin insisted that NATO withdraw its forces from Romania.", "2022-02-16", FactType.Demand).size());
    }

    @Test
    void aPlanToReassureIsNoAssurance() {
        assertEquals(List.of(), draft("NATO adopted a plan to reassure its eastern members.", "2014-09-05", FactType.Assurance));
    }

    @Test
    void theStatementBeforeACommaAndItsSpeakerIsWhatIsSaid() {
        assertEquals(Optional.of(Trigger.WARN), classify("An attack on Kyiv could come at any moment, the British defence secretary Ben"
                + " Wallace said on Monday, urging calm."));
        assertEquals(Optional.of(Trigger.ASSURE), classify("\"The drills are not escalatory,\" the Swedish minister said at a briefing in"
                + " Stockholm with his Finnish colleague."));
    }

    @Test
    void conditionsAndWishesReportedAreDemands() {
        assertEquals(Optional.of(Trigger.DEMAND), classify("The minister said any deal would have to include a full ceasefire."));
        assertEquals(Optional.of(Trigger.DEMAND), classify("Brussels said it wanted to see the troops go home."));
    }

    @Test
    void damagedRelationsAreAWarningAndNoTroopsThereADenial() {
        assertEquals(Optional.of(Trigger.WARN), classify("Beijing said the sale would damage bilateral relations."));
        assertEquals(Optional.of(Trigger.DENY), classify("The envoy told the council that no Russian soldiers were in Donbas."));
    }

    @Test
    void proposingThatOthersDoSomethingIsAnAppeal() {
        List<DraftFact> a = draft("Finland's delegation proposed that both sides withdraw their heavy weapons.", "2022-03-29", FactType.Appeal);
        assertEquals(1, a.size());
        assertEquals(List.of("FIN"), a.get(0).values("agent"));
    }

    @Test
    void anUnnamedOfficialInACapitalSpeaksForItsState() {
        List<DraftFact> a = draft("In Minsk, a senior defence official said the drills were purely defensive.", "2022-02-10", FactType.Assurance);
        assertEquals(1, a.size());
        assertEquals(List.of("BLR"), a.get(0).values("agent"));
    }

    @Test
    void aDayAfterAMonthsAbbreviationDoesNotEndTheSentence() {
        List<DraftFact> a = draft("Lavrov said on Friday the exercises would end on Feb. 20 as planned.", "2022-02-18", FactType.Assurance);
        assertEquals(1, a.size());
        assertEquals(List.of("sergei-lavrov"), a.get(0).values("agent"));
    }

    @Test
    void anAnnouncementThatIsReportedSpeechToo() {
        List<DraftFact> a = draft("Moscow announced on Tuesday that it would scale back its operations near Kharkiv.", "2022-03-29",
                FactType.Assurance);
        assertEquals(1, a.size());
        assertEquals(List.of("RUS"), a.get(0).values("agent"));
    }

    @Test
    void aQuotationOpenedASentenceBeforeIsClassifiedAsAWhole() {
        String body = "\"Our deployments are purely defensive. We have no intention of attacking Russia,\" Stoltenberg said.";
        assertEquals(1, draft(body, "2022-02-10", FactType.Assurance).size());
        assertEquals(List.of(), draft(body, "2022-02-10", FactType.Denial));
    }
}
