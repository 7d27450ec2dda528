package org.entente.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.entente.loader.mapping.FactType;
import org.junit.jupiter.api.Test;

/**
 * The clause and discourse rules of EventRules on made-up sentences: anaphora, conjoined verb
 * phrases, passives, gapping, "respectively", clause coordination, quantifiers, capitals and
 * borders as places. Expected ids are checked by hand against the reference tables.
 */
class EventRulesTest {

    private static final Extractor EXTRACTOR = Extractor.load();

    private static Draft draft(String body, String published) {
        return EXTRACTOR.extract("Headline\n\n" + body + "\n", new ArticleMeta("test-article", "Headline", published));
    }

    private static List<DraftFact> of(Draft d, FactType type) {
        return d.facts().stream().filter(f -> f.type() == type).toList();
    }

    @Test
    void aPronounSubjectIsTheSpeakerNamedBeforeIt() {
        Draft d = draft("Moscow said on Friday it had pulled some troops back from Crimea.", "2022-02-26");
        List<DraftFact> w = of(d, FactType.Withdrawal);
        assertEquals(1, w.size(), d.toFacts());
        assertEquals(List.of("RUS"), w.get(0).values("agent"));
        assertEquals(List.of("crimea"), w.get(0).values("from"));
        // the quote is the clause; the agent's span points at "Moscow"
        assertEquals("it had pulled some troops back from Crimea", w.get(0).quote());
        DraftField agent = w.get(0).fields().stream().filter(f -> f.key().equals("agent")).findFirst().get();
        assertEquals(new Span(10, 16), agent.span().get());
    }

    // ---------------------------------------------------------------- arms transfers told in other words

    @Test
    void laterAidWithoutARecipientGoesWhereTheArticlesLastAidWent() {
        Draft d = draft("France will send Caesar howitzers to Ukraine, the defence minister said on Monday. Paris would also supply"
                + " ammunition, he added.", "2022-04-25");
        List<DraftFact> t = of(d, FactType.ArmsTransfer);
        assertEquals(2, t.size(), d.toFacts());
        assertEquals(List.of("UKR"), t.get(1).values("recipient"));
        assertEquals(List.of("ammunition"), t.get(1).values("asset"));
    }

    @Test
    void theSameAidToldAgainIsNotASecondTransfer() {
        Draft d = draft("Norway will give Ukraine F-16 fighter jets. Its prime minister said the country would donate six of the jets.",
                "2023-08-24");
        assertEquals(1, of(d, FactType.ArmsTransfer).size(), d.toFacts());
    }

    @Test
    void anElidedHeadNamesBothAssets() {
        DraftFact f = of(draft("Canada has agreed to send Ukraine anti-tank and anti-aircraft missiles.", "2022-02-01"),
                FactType.ArmsTransfer).get(0);
        assertEquals(List.of("CAN"), f.values("sender"));
        assertEquals(List.of("UKR"), f.values("recipient"));
        assertEquals(List.of("anti-tank-weapons", "anti-aircraft-missiles"), f.values("asset"));
    }

    @Test
    void aRecipientSubjectWithTheSendersDemonymOnTheAssets() {
        DraftFact f = of(draft("Ukraine has taken delivery of British anti-tank missiles.", "2022-01-19"), FactType.ArmsTransfer).get(0);
        assertEquals(List.of("GBR"), f.values("sender"));
        assertEquals(List.of("UKR"), f.values("recipient"));
        assertEquals(List.of("carried-out"), f.values("progress"));
        Draft none = draft("Ukraine has received its first F-16 fighter jets.", "2024-08-04");
        assertEquals(List.of(), of(none, FactType.ArmsTransfer), none.toFacts()); // no sender in the text: left out
        assertTrue(none.notes().stream().anyMatch(n -> n.contains("no sender resolved")), none.notes().toString());
    }

    @Test
    void weaponsSentWithoutADestinationInAnArticleOnAidAreATransfer() {
        Draft d = draft("Germany will send 14 Leopard 2 tanks to Ukraine, Scholz said on Wednesday. Poland, which had pressed for the"
                + " transfers, is ready to send a company of its own Leopards.", "2023-01-25");
        List<DraftFact> t = of(d, FactType.ArmsTransfer);
        assertEquals(2, t.size(), d.toFacts());
        assertEquals(List.of("POL"), t.get(1).values("sender"));
        assertEquals(List.of("UKR"), t.get(1).values("recipient"));
        assertEquals(List.of("offered"), t.get(1).values("commitment"));
        // the appeal in the relative clause does not make the sending what is appealed for
        assertEquals(1, of(d, FactType.Appeal).size());
    }

    // ---------------------------------------------------------------- talks told in other words

    @Test
    void meetingTheirCounterpartMakesTheCounterpartsStateAParty() {
        DraftFact f = of(draft("EU foreign ministers will meet their Turkish counterpart in Ankara on Monday.", "2022-03-04"),
                FactType.Negotiation).get(0);
        assertEquals(List.of("EU", "TUR"), f.values("participant"));
        assertEquals(List.of("planned"), f.values("progress"));
    }

    @Test
    void twoNamesJoinedByAHyphenAreTheParties() {
        DraftFact f = of(draft("The NATO-Ukraine Commission meets in Vilnius on Wednesday.", "2023-07-10"), FactType.Negotiation).get(0);
        assertTrue(f.values("participant").containsAll(List.of("NATO", "UKR")), f.toString());
        assertEquals(List.of("planned"), f.values("progress")); // a present tense with a day after publication
        assertEquals(List.of("2023-07-12"), f.values("time"));
    }

    @Test
    void aCallBetweenLeadersCoordinatedThroughATitle() {
        DraftFact f = of(draft("Scholz and Russian President Vladimir Putin are due to speak by phone on Tuesday.", "2022-02-13"),
                FactType.Negotiation).get(0);
        assertTrue(f.values("participant").containsAll(List.of("olaf-scholz", "vladimir-putin")), f.toString());
        assertEquals(List.of("planned"), f.values("progress"));
    }

    @Test
    void aSummitBetweenTwoOffTheTableIsCancelledAndTheSpeakerIsNoParty() {
        DraftFact f = of(draft("The Kremlin said a summit between Putin and Biden was off the table.", "2022-02-25"),
                FactType.Negotiation).get(0);
        assertEquals(List.of("vladimir-putin", "joe-biden"), f.values("participant"));
        assertEquals(List.of("cancelled"), f.values("progress"));
    }

    @Test
    void separateAgreementsAreOneFactForEachPartyBeforeTheVerb() {
        List<DraftFact> n = of(draft("Armenia and Azerbaijan signed separate agreements with Russia and the United Nations on Friday.",
                "2022-07-22"), FactType.Negotiation);
        assertEquals(2, n.size(), n.toString());
        assertEquals(List.of("ARM", "RUS", "UN"), n.get(0).values("participant"));
        assertEquals(List.of("AZE", "RUS", "UN"), n.get(1).values("participant"));
    }

    @Test
    void talksAStatementIsDatedByAreNotWhatItSays() {
        List<DraftFact> n = of(draft("Moscow said on Tuesday it would reduce its activity near Kharkiv after talks with Ukraine in Ankara.",
                "2022-03-29"), FactType.Negotiation);
        assertEquals(1, n.size());
        assertEquals(List.of("RUS", "UKR"), n.get(0).values("participant"));
        assertEquals(List.of("carried-out"), n.get(0).values("progress"));
    }

    @Test
    void aProRussianGroupIsNotRussia() {
        List<DraftFact> n = of(draft("Kyiv and pro-Russian fighters were expected to sign a truce on Friday.", "2014-09-05"),
                FactType.Negotiation);
        assertEquals(List.of(), n, n.toString());
    }

    @Test
    void aPronounAfterTwoCoordinatedSubjectsIsAmbiguousAndResolvesToNothing() {
        Draft d = draft("Russia and Belarus held talks on Monday. It had sent troops to Crimea.", "2022-02-26");
        assertEquals(List.of(), of(d, FactType.Deployment), d.toFacts());
    }

    @Test
    void aPronounInAThatClauseOfSayingIsResolvedAcrossTheThat() {
        Draft d = draft("NATO has indicated that it is sending forces to Poland.", "2022-02-26");
        DraftFact f = of(d, FactType.Deployment).get(0);
        assertEquals(List.of("NATO"), f.values("sender"));
        assertEquals(List.of("POL"), f.values("destination"));
        assertEquals(List.of("under-way"), f.values("progress"));
    }

    @Test
    void theSubjectOfAClauseOfSayingIsNotTheSpeaker() {
        // "NATO estimates that about 30,000 Russian troops ...": Russia sends them, not NATO; "about" is no preposition
        Draft d = draft("NATO estimates that about 30,000 Russian troops are in Belarus.", "2022-02-26");
        DraftFact f = of(d, FactType.Deployment).get(0);
        assertEquals(List.of("RUS"), f.values("sender"), d.toFacts());
        assertEquals(List.of("BLR"), f.values("destination"));
    }

    @Test
    void anExerciseWithoutAPlaceTakesTheVenueOfTheDefiniteExerciseThatFollows() {
        Draft d = draft("Hungary and Serbia began joint air-defence exercises on Tuesday. The drills run until Friday at two ranges in Serbia.",
                "2023-05-09");
        List<DraftFact> ex = of(d, FactType.MilitaryExercise);
        assertEquals(1, ex.size(), d.toFacts());
        assertEquals(List.of("HUN", "SRB"), ex.get(0).values("agent"));
        assertEquals(List.of("SRB"), ex.get(0).values("place"));
        assertEquals(List.of("under-way"), ex.get(0).values("progress"));
        // another exercise that follows ("other drills") is not the same one: no venue is lent
        Draft other = draft("Hungary began exercises on Tuesday. Poland held other drills in Lithuania.", "2023-05-09");
        assertTrue(of(other, FactType.MilitaryExercise).stream().noneMatch(f -> f.values("agent").contains("HUN")), other.toFacts());
    }

    @Test
    void aDemonymBeforeTerritoryIsTheStatesTerritory() {
        Draft d = draft("Russian troops held drills on Belarusian territory on Monday.", "2022-02-15");
        DraftFact f = of(d, FactType.MilitaryExercise).get(0);
        assertEquals(List.of("RUS"), f.values("agent"), d.toFacts());
        assertEquals(List.of("BLR"), f.values("place"));
    }

    @Test
    void anExerciseNounTakesItsProgressFromTheVerbThatGovernsIt() {
        Draft d = draft("Poland is sending its troops to Lithuania for military drills.", "2022-02-15");
        DraftFact f = of(d, FactType.MilitaryExercise).get(0);
        assertEquals(List.of("POL"), f.values("agent"), d.toFacts());
        assertEquals(List.of("LTU"), f.values("place"));
        assertEquals(List.of("planned"), f.values("progress")); // what forces are sent for is still to come
        Draft part = draft("Dutch marines are taking part in exercises in Norway.", "2022-02-15");
        DraftFact p = of(part, FactType.MilitaryExercise).get(0);
        assertEquals(List.of("NLD"), p.values("agent"), part.toFacts());
        assertEquals(List.of("NOR"), p.values("place"));
        assertEquals(List.of("under-way"), p.values("progress"));
        // with no verb of taking part or of sending, the noun alone gives no modality
        assertEquals(List.of(), of(draft("Dutch marines and exercises in Norway.", "2022-02-15"), FactType.MilitaryExercise));
    }

    @Test
    void theSubjectAfterTheConjunctionAsIsNoPrepositionsObject() {
        Draft d = draft("Talks resumed in Geneva as Romania was putting its troops on alert.", "2022-01-24");
        DraftFact f = of(d, FactType.ForceReadiness).get(0);
        assertEquals(List.of("ROU"), f.values("agent"), d.toFacts());
        assertEquals(List.of("on-alert"), f.values("posture"));
    }

    @Test
    void aNameAfterACompassWordAndAPrepositionIsNoAgent() {
        Draft d = draft("About 200 Canadian soldiers landed in north-western Latvia on Friday, the first of some 500 troops being sent to Latvia "
                + "for winter exercises.", "2023-02-10");
        DraftFact f = of(d, FactType.MilitaryExercise).get(0);
        assertEquals(List.of("CAN"), f.values("agent"), d.toFacts());
        assertEquals(List.of("LVA"), f.values("place"));
        assertTrue(d.facts().stream().noneMatch(x -> x.values("sender").contains("LVA") || x.values("agent").contains("LVA")), d.toFacts());
    }

    @Test
    void eastEuropeanCountriesAreTheEasternFlankAndNatoAlliesTheContributors() {
        // aliases.csv: "Eastern European countries" and "eastern flank" name eastern-flank, "NATO allies" the contributing countries
        Draft d = draft("NATO is deploying more forces to Eastern European countries. NATO allies are putting jets on standby.", "2022-01-24");
        DraftFact dep = of(d, FactType.Deployment).get(0);
        assertEquals(List.of("NATO"), dep.values("sender"), d.toFacts());
        assertEquals(List.of("eastern-flank"), dep.values("destination"));
        DraftFact ready = of(d, FactType.ForceReadiness).get(0);
        assertEquals(List.of("nato-contributing-countries"), ready.values("agent"), d.toFacts());
    }

    @Test
    void aProgressiveTheTaggerTakesForAnAdjectiveIsStillTheVerb() {
        // the tagger reads "deploying" before "elements" as an adjective with itself as the lemma
        Draft d = draft("NATO is deploying elements of its Response Force to its eastern flank.", "2022-02-25");
        DraftFact f = of(d, FactType.Deployment).get(0);
        assertEquals(List.of("NATO"), f.values("sender"), d.toFacts());
        assertEquals(List.of("eastern-flank"), f.values("destination")); // "its" before the place is its determiner
        assertEquals(List.of("under-way"), f.values("progress"));
    }

    @Test
    void aLowerCaseAliasMatchesOnlyAsWritten() {
        Draft d = draft("Talks opened as the contributing countries were putting their forces on standby.", "2022-01-24");
        assertEquals(List.of("nato-contributing-countries"), of(d, FactType.ForceReadiness).get(0).values("agent"), d.toFacts());
        // a lower-case word of a capitalised name is still no name: "turkey" is no state
        Draft t = draft("Turkey sent troops to Qatar. The soldiers ate turkey in Qatar.", "2022-01-24");
        assertTrue(t.facts().stream().allMatch(f -> f.values("sender").stream().allMatch("TUR"::equals)), t.toFacts());
    }

    @Test
    void coordinatedStatesEvacuatingTheirOwnPeopleAreOneEvacuationEach() {
        Draft d = draft("Canada and Australia have begun evacuating the families of their diplomats from Ukraine.", "2022-02-12");
        List<DraftFact> ev = of(d, FactType.Evacuation);
        assertEquals(2, ev.size(), d.toFacts());
        assertEquals(List.of("CAN"), ev.get(0).values("agent"));
        assertEquals(List.of("AUS"), ev.get(1).values("agent"));
        assertEquals(List.of("UKR"), ev.get(1).values("from"));
        assertTrue(!ev.get(0).id().equals(ev.get(1).id()), d.toFacts());
        // organisations running one operation together stay one fact
        Draft joint = draft("The United Nations and the Red Cross evacuated the civilians from Mariupol on Tuesday.", "2022-05-03");
        assertEquals(1, of(joint, FactType.Evacuation).size(), joint.toFacts());
    }

    @Test
    void theFrontLinesAreThePlaceOfTheConfrontation() {
        Draft d = draft("Ukraine has moved more troops to the front lines.", "2022-01-24");
        DraftFact f = of(d, FactType.Deployment).get(0);
        assertEquals(List.of("UKR"), f.values("sender"), d.toFacts());
        assertEquals(List.of("ukraine-front-lines"), f.values("destination"));
    }

    @Test
    void aSecondVerbWithABareNumberSharesTheSubjectTheForcesAndTheProgressive() {
        Draft d = draft("Ottawa is sending 400 troops to Latvia and Estonia and moving another 200 from Poland to Lithuania.", "2022-02-03");
        List<DraftFact> dep = of(d, FactType.Deployment);
        assertEquals(2, dep.size(), d.toFacts());
        assertEquals(List.of("LVA", "EST"), dep.get(0).values("destination"));
        // Estonia, coordinated with the object of "to", is not the subject of "moving"
        assertEquals(List.of("CAN"), dep.get(1).values("sender"), d.toFacts());
        assertEquals(List.of("LTU"), dep.get(1).values("destination"));
        assertEquals(List.of("troops"), dep.get(1).values("asset"));
        assertEquals(List.of("under-way"), dep.get(1).values("progress"));
        // a bare number with no deployment before it in the sentence stands for nothing
        assertEquals(List.of(), of(draft("Ottawa is moving another 200 to Lithuania.", "2022-02-03"), FactType.Deployment));
    }

    @Test
    void theCuesOfTheFirstVerbStayWithIt() {
        Draft d = draft("Spain and Italy are putting forces on standby and sending more warships to the Black Sea.", "2022-01-24");
        DraftFact f = of(d, FactType.Deployment).get(0);
        assertEquals(List.of("under-way"), f.values("progress"), d.toFacts());
        assertEquals(List.of(), f.values("posture"));
    }

    @Test
    void anInsertedListAndAnAlongWithDoNotEndTheClause() {
        Draft d = draft("The Dutch army began sending 90 vehicles, including 20 tanks, to Lithuania by rail, along with 300 soldiers.", "2022-03-01");
        DraftFact f = of(d, FactType.Deployment).get(0);
        assertEquals(List.of("NLD"), f.values("sender"), d.toFacts());
        assertEquals(List.of("LTU"), f.values("destination"));
        assertTrue(f.values("asset").contains("troops"), d.toFacts());
        assertEquals(List.of(), of(d, FactType.ArmsTransfer), d.toFacts());
    }

    @Test
    void aBasedNameQualifiesTheAssetsAndAnAuxiliaryIsNoTriggerOfItsOwn() {
        Draft d = draft("Paris is sending 500 France-based troops to Romania.", "2022-03-01");
        DraftFact f = of(d, FactType.Deployment).get(0);
        assertEquals(List.of("ROU"), f.values("destination"), d.toFacts());
        assertEquals(List.of("troops"), f.values("asset"));
        Draft op = draft("About 300 Belarusian soldiers are now operating inside Ukraine.", "2022-03-01");
        DraftFact o = of(op, FactType.Deployment).get(0);
        assertEquals(List.of("BLR"), o.values("sender"), op.toFacts());
        assertEquals(List.of("UKR"), o.values("destination"));
        assertEquals(List.of("troops"), o.values("asset"));
    }

    @Test
    void forcesSeenWithdrawingFromAroundTwoCitiesAreAWithdrawalUnderWay() {
        // the tokenizer leaves the full stop on "Mariupol."; the name is still found
        Draft d = draft("Kyiv said it had seen Russian units withdrawing from around Chernihiv and Mariupol.", "2022-05-10");
        DraftFact f = of(d, FactType.Withdrawal).get(0);
        assertEquals(List.of("RUS"), f.values("agent"), d.toFacts());
        assertEquals(List.of("chernihiv", "mariupol"), f.values("from"));
        assertEquals(List.of("under-way"), f.values("progress"));
    }

    @Test
    void pullingStaffOutOfAnEmbassyIsAnEvacuationFromItsCity() {
        Draft d = draft("London was preparing to pull some of its staff out of the embassy in Kyiv.", "2022-02-12");
        DraftFact f = of(d, FactType.Evacuation).get(0);
        assertEquals(List.of("GBR"), f.values("agent"), d.toFacts());
        assertEquals(List.of("kyiv"), f.values("from"));
        assertEquals(List.of("planned"), f.values("progress"));
        // troops pulled out are no evacuation
        assertEquals(List.of(), of(draft("London was preparing to pull some of its troops out of the base in Kyiv.", "2022-02-12"),
                FactType.Evacuation));
    }

    @Test
    void anExerciseNounTakesItsProgressFromTheVerbAfterIt() {
        Draft d = draft("Serbia is a neutral state. Its joint drills with Hungary on Serbian soil continue this week.", "2023-05-09");
        DraftFact f = of(d, FactType.MilitaryExercise).get(0);
        assertEquals(List.of("SRB"), f.values("agent"), d.toFacts());
        assertEquals(List.of("SRB"), f.values("place"));
        assertEquals(List.of("under-way"), f.values("progress"));
        // "would continue" is no progress of its own
        Draft would = draft("Serbia is a neutral state. Its joint drills with Hungary on Serbian soil would continue.", "2023-05-09");
        assertTrue(of(would, FactType.MilitaryExercise).stream().noneMatch(x -> x.values("progress").contains("under-way")), would.toFacts());
    }

    @Test
    void aGappedObjectWithItsOwnPlaceIsADeploymentOfItsOwn() {
        Draft d = draft("Denmark will send a company of soldiers to Latvia and 200 troops to Estonia.", "2022-03-01");
        List<DraftFact> dep = of(d, FactType.Deployment);
        assertEquals(2, dep.size(), d.toFacts());
        assertEquals(List.of("DNK"), dep.get(1).values("sender"));
        assertEquals(List.of("EST"), dep.get(1).values("destination"));
        assertEquals(List.of("announced"), dep.get(1).values("commitment"));
        assertEquals("200 troops to Estonia", dep.get(1).quote());
        // a second place of the same forces is no second object
        assertEquals(1, of(draft("Denmark will send soldiers to Latvia and to Estonia.", "2022-03-01"), FactType.Deployment).size());
    }

    @Test
    void aConjoinedVerbPhraseSharesTheSubjectAndGetsItsOwnModality() {
        Draft d = draft("Spain is sending ships to the Black Sea and is considering sending fighter jets to Bulgaria.", "2022-01-24");
        List<DraftFact> dep = of(d, FactType.Deployment);
        assertEquals(2, dep.size(), d.toFacts());
        assertEquals(List.of("ESP"), dep.get(0).values("sender"));
        assertEquals(List.of("black-sea"), dep.get(0).values("destination"));
        assertEquals(List.of("under-way"), dep.get(0).values("progress"));
        assertEquals(List.of("ESP"), dep.get(1).values("sender"));
        assertEquals(List.of("BGR"), dep.get(1).values("destination"));
        assertEquals(List.of("considering"), dep.get(1).values("commitment"));
    }

    @Test
    void aPassiveTakesItsAgentFromBy() {
        Draft d = draft("The troops were sent to Estonia by Britain.", "2022-02-26");
        DraftFact f = of(d, FactType.Deployment).get(0);
        assertEquals(List.of("GBR"), f.values("sender"));
        assertEquals(List.of("EST"), f.values("destination"));
        assertEquals(List.of("troops"), f.values("asset"));
        assertEquals("The troops were sent to Estonia by Britain", f.quote());
    }

    @Test
    void respectivelyPairsSendersWithDestinations() {
        Draft d = draft("Battlegroups led by the United States, Britain and Canada are due in Poland, Estonia and Latvia respectively.",
                "2017-02-01");
        List<DraftFact> dep = of(d, FactType.Deployment);
        assertEquals(3, dep.size(), d.toFacts());
        assertEquals(List.of("USA", "POL"), List.of(dep.get(0).values("sender").get(0), dep.get(0).values("destination").get(0)));
        assertEquals(List.of("GBR", "EST"), List.of(dep.get(1).values("sender").get(0), dep.get(1).values("destination").get(0)));
        assertEquals(List.of("CAN", "LVA"), List.of(dep.get(2).values("sender").get(0), dep.get(2).values("destination").get(0)));
        for (DraftFact f : dep) {
            assertEquals(1, f.values("sender").size());
            assertEquals(List.of("planned"), f.values("progress"));
            assertEquals(List.of("troops"), f.values("asset"));
        }
    }

    @Test
    void aGappedClauseIsAFactOfItsOwn() {
        Draft d = draft("Britain will lead the force in Estonia, Canada in Latvia and Germany in Lithuania.", "2016-07-09");
        List<DraftFact> dep = of(d, FactType.Deployment);
        assertEquals(3, dep.size(), d.toFacts());
        assertEquals(List.of("GBR"), dep.get(0).values("sender"));
        assertEquals(List.of("EST"), dep.get(0).values("destination"));
        assertEquals(List.of("CAN"), dep.get(1).values("sender"));
        assertEquals(List.of("LVA"), dep.get(1).values("destination"));
        assertEquals(List.of("DEU"), dep.get(2).values("sender"));
        assertEquals(List.of("LTU"), dep.get(2).values("destination"));
        assertEquals(List.of("announced"), dep.get(2).values("commitment"));
        assertEquals("Britain will lead the force in Estonia, Canada in Latvia and Germany in Lithuania", dep.get(2).quote());
    }

    @Test
    void aCommaAndANameWithItsOwnVerbOpenANewClause() {
        Draft d = draft("France has said it will send troops to Romania, and Germany has already sent 350 soldiers to Lithuania.", "2022-02-26");
        List<DraftFact> dep = of(d, FactType.Deployment);
        assertEquals(2, dep.size(), d.toFacts());
        assertEquals(List.of("FRA"), dep.get(0).values("sender"));
        assertEquals(List.of("ROU"), dep.get(0).values("destination"));
        assertEquals(List.of("announced"), dep.get(0).values("commitment"));
        assertEquals(List.of("DEU"), dep.get(1).values("sender"));
        assertEquals(List.of("LTU"), dep.get(1).values("destination"));
        assertEquals(List.of("carried-out"), dep.get(1).values("progress"));
    }

    @Test
    void nearACapitalIsInItsStateAndNearTheBorderIsTheBorderWithTheStateLastNamed() {
        Draft d = draft("About 130 British soldiers landed at an air base near Tallinn on Friday.", "2017-03-20");
        assertEquals(List.of("EST"), of(d, FactType.Deployment).get(0).values("destination"), d.toFacts());
        assertEquals(List.of("GBR"), of(d, FactType.Deployment).get(0).values("sender"));
        d = draft("Ukraine asked for help. NATO said 30,000 Russian troops are massed near the border.", "2022-02-26");
        DraftFact f = of(d, FactType.Deployment).get(0);
        assertEquals(List.of("RUS"), f.values("sender"), d.toFacts());
        assertEquals(List.of("russia-ukraine-border"), f.values("destination"));
    }

    @Test
    void movingOutOfAPlaceIsAWithdrawal() {
        Draft d = draft("Canada said it was moving its trainers out of Ukraine.", "2022-02-13");
        assertEquals(List.of(), of(d, FactType.Deployment), d.toFacts());
        DraftFact f = of(d, FactType.Withdrawal).get(0);
        assertEquals(List.of("CAN"), f.values("agent"));
        assertEquals(List.of("UKR"), f.values("from"));
        assertEquals(List.of("under-way"), f.values("progress"));
    }

    @Test
    void theSubjectOfAnAbsoluteWithIsTheSpeakerAndTheAddresseeStandsAfterTheVerb() {
        Draft d = draft("The talks ended, with Moscow insisting on guarantees that Ukraine will never join NATO.", "2022-01-11");
        DraftFact f = of(d, FactType.Demand).get(0);
        assertEquals(List.of("RUS"), f.values("agent"), d.toFacts());
        assertEquals(List.of(), f.values("addressee"));
    }

    @Test
    void aParticipleAfterACommaTakesTheSentencesSubject() {
        Draft d = draft("The United States on Saturday ordered its diplomats to leave Ukraine, warning that an invasion could begin at any time.",
                "2022-02-13");
        DraftFact f = of(d, FactType.Warning).get(0);
        assertEquals(List.of("USA"), f.values("agent"), d.toFacts());
    }

    @Test
    void aWarningNounThatIsSomeoneElsesIsNoWarning() {
        Draft d = draft("Moscow has called the Western warnings hysteria.", "2022-02-13");
        assertEquals(List.of(), of(d, FactType.Warning), d.toFacts());
    }

    @Test
    void aStatesStatementRestatedByItsOfficialIsOneFact() {
        // Barack Obama held the U.S. presidency on 2014-03-01 (offices.csv)
        Draft d = draft("Washington had warned against any intervention. President Barack Obama said on Friday that there would be "
                + "costs for Russia.", "2014-03-01");
        List<DraftFact> w = of(d, FactType.Warning);
        assertEquals(1, w.size(), d.toFacts());
        assertEquals(List.of("barack-obama"), w.get(0).values("agent"));
        assertEquals(List.of("2014-02-28"), w.get(0).values("time"));
        assertTrue(w.get(0).quote().startsWith("Barack Obama said on Friday"), w.get(0).quote());
    }

    @Test
    void anotherSendersForcesWithoutAPlaceGoWhereTheLastDeploymentWent() {
        Draft d = draft("Canada sent 400 soldiers to Latvia last week. Spanish troops are due on Friday, and Polish troops are "
                + "already part of the battlegroup.", "2019-03-04");
        List<DraftFact> dep = of(d, FactType.Deployment);
        assertEquals(3, dep.size(), d.toFacts());
        for (DraftFact f : dep) {
            assertEquals(List.of("LVA"), f.values("destination"), d.toFacts());
        }
        assertEquals(List.of("ESP"), dep.get(1).values("sender"));
        assertEquals(List.of("planned"), dep.get(1).values("progress"));
        assertEquals(List.of("POL"), dep.get(2).values("sender"));
        assertEquals(List.of("carried-out"), dep.get(2).values("progress"));
    }

    @Test
    void theSameSendersForcesOrAnotherDirectionCarryNoDestination() {
        Draft d = draft("Canada sent 400 soldiers to Latvia last week. More Canadian troops are due on Friday. "
                + "Spanish jets are also heading east.", "2019-03-04");
        assertEquals(1, of(d, FactType.Deployment).size(), d.toFacts());
        Draft far = draft("Canada sent 400 soldiers to Latvia. The talks went on. The ministers met again. Spanish troops are due on "
                + "Friday.", "2019-03-04");
        assertEquals(1, of(far, FactType.Deployment).size(), far.toFacts());
    }

    @Test
    void forcesThatHaveJoinedAnotherSendersDeployment() {
        Draft d = draft("Germany moved 300 troops into Lithuania on Monday. Dutch soldiers have joined them.", "2019-03-04");
        List<DraftFact> dep = of(d, FactType.Deployment);
        assertEquals(2, dep.size(), d.toFacts());
        assertEquals(List.of("NLD"), dep.get(1).values("sender"));
        assertEquals(List.of("LTU"), dep.get(1).values("destination"));
    }

    @Test
    void theDemonymOfForcesBeforeARelativeClauseIsTheirSender() {
        Draft d = draft("The new unit is separate from a British armoured brigade of 2,000 troops that arrived in Estonia in March.",
                "2019-06-04");
        DraftFact f = of(d, FactType.Deployment).get(0);
        assertEquals(List.of("GBR"), f.values("sender"), d.toFacts());
        assertEquals(List.of("EST"), f.values("destination"));
        Draft none = draft("The plan was drawn up by officials who arrived in Estonia in March.", "2019-06-04");
        assertEquals(List.of(), of(none, FactType.Deployment), none.toFacts());
    }

    @Test
    void forcesThatGoToAPlaceAreADeployment() {
        Draft d = draft("Denmark said 20 attack helicopters would go to the Baltic region.", "2022-02-03");
        DraftFact f = of(d, FactType.Deployment).get(0);
        assertEquals(List.of("DNK"), f.values("sender"), d.toFacts());
        assertEquals(List.of("baltic-states"), f.values("destination"));
        Draft talks = draft("Danish diplomats will go to Geneva for talks.", "2022-02-03");
        assertEquals(List.of(), of(talks, FactType.Deployment), talks.toFacts());
    }

    @Test
    void forcesAStateWelcomesGoToThatStateAndTheSendingToldNextIsOneFact() {
        Draft d = draft("Latvia formally welcomed a Canadian-led NATO battlegroup on Monday. A Spanish contingent is expected to follow.",
                "2017-06-19");
        List<DraftFact> dep = of(d, FactType.Deployment);
        assertEquals(2, dep.size(), d.toFacts());
        assertEquals(List.of("CAN"), dep.get(0).values("sender"));
        assertEquals(List.of("LVA"), dep.get(0).values("destination"));
        assertEquals(List.of("ESP"), dep.get(1).values("sender"));
        assertEquals(List.of("LVA"), dep.get(1).values("destination"));
        Draft retold = draft("Latvia welcomed a Canadian-led battalion on Monday. It was a cold day. Canada began sending 450 soldiers to "
                + "Latvia last month.", "2017-06-19");
        assertEquals(1, of(retold, FactType.Deployment).size(), retold.toFacts());
    }
}
