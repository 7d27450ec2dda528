package org.entente.queries;

import static org.entente.queries.QueryFixture.column;
import static org.entente.queries.QueryFixture.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.entente.loader.query.ParameterException;
import org.junit.jupiter.api.Test;

/**
 * The competency questions, each with its exact expected answer written out here and checked by
 * hand against the sources named in loader/data/reference/SOURCES.md (NATO's member list and
 * accession dates, europa.eu, the CSTO treaty history) and against the article's text. "Today" is
 * fixed at 2026-11-25.
 */
class CompetencyQuestionsTest {

    @Test
    void natoMembersBorderingRussiaToday() {
        // Finland joined NATO on 2023-04-04; Norway is a founding member (1949-08-24); Poland joined
        // 1999-03-12 and borders Russia's Kaliningrad oblast; the Baltic states joined 2004-03-29.
        var rows = rows("nato-members-bordering-russia", Map.of());
        assertEquals(List.of("Estonia", "Finland", "Latvia", "Lithuania", "Norway", "Poland"), column(rows, "name"));
        assertEquals(List.of("state/EST", "state/FIN", "state/LVA", "state/LTU", "state/NOR", "state/POL"),
                column(rows, "state"));
        assertEquals(List.of("2004-03-29", "2023-04-04", "2004-03-29", "2004-03-29", "1949-08-24", "1999-03-12"),
                column(rows, "memberSince"));
    }

    @Test
    void natoMembersBorderingRussiaOn25January2022() {
        var rows = rows("nato-members-bordering-russia", Map.of("asOf", "2022-01-25"));
        assertEquals(List.of("Estonia", "Latvia", "Lithuania", "Norway", "Poland"), column(rows, "name"));
    }

    @Test
    void natoMembersBorderingRussiaAtEarlierDates() {
        assertEquals(List.of("Norway"), column(rows("nato-members-bordering-russia", Map.of("asOf", "1990-01-01")), "name"));
        // The day before and the day of the 2004 enlargement: the start date counts as membership.
        assertEquals(List.of("Norway", "Poland"),
                column(rows("nato-members-bordering-russia", Map.of("asOf", "2004-03-28")), "name"));
        assertEquals(List.of("Estonia", "Latvia", "Lithuania", "Norway", "Poland"),
                column(rows("nato-members-bordering-russia", Map.of("asOf", "2004-03-29")), "name"));
        assertEquals(List.of(), column(rows("nato-members-bordering-russia", Map.of("asOf", "1949-08-23")), "name"));
    }

    @Test
    void russiasNeighboursOutsideNato() {
        // Russia's 14 land neighbours (world-countries) minus the six NATO members above.
        assertEquals(List.of("Azerbaijan", "Belarus", "China", "Georgia", "Kazakhstan", "Mongolia", "North Korea", "Ukraine"),
                column(rows("russia-neighbours-outside-nato", Map.of()), "name"));
        assertEquals(List.of("Azerbaijan", "Belarus", "China", "Finland", "Georgia", "Kazakhstan", "Mongolia", "North Korea",
                "Ukraine"), column(rows("russia-neighbours-outside-nato", Map.of("asOf", "2022-01-25")), "name"));
    }

    @Test
    void natoMembersToday() {
        var rows = rows("alliance-members-on-date", Map.of("alliance", "NATO"));
        assertEquals(Set.of("ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
                "ISL", "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
                "SWE", "TUR", "GBR", "USA"), codes(rows));
        assertEquals(32, rows.size());
    }

    @Test
    void csto() {
        assertEquals(Set.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"),
                codes(rows("alliance-members-on-date", Map.of("alliance", "CSTO"))));
        // Uzbekistan rejoined in 2006 and left in 2012.
        assertEquals(Set.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB"),
                codes(rows("alliance-members-on-date", Map.of("alliance", "CSTO", "asOf", "2010-01-01"))));
        // Azerbaijan, Georgia and Uzbekistan were parties until the treaty's first term ended on 1999-04-20.
        assertEquals(Set.of("ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB"),
                codes(rows("alliance-members-on-date", Map.of("alliance", "CSTO", "asOf", "1999-04-20"))));
        assertEquals(Set.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"),
                codes(rows("alliance-members-on-date", Map.of("alliance", "CSTO", "asOf", "1999-04-21"))));
    }

    @Test
    void euAroundBrexit() {
        var lastDay = rows("alliance-members-on-date", Map.of("alliance", "EU", "asOf", "2020-01-31"));
        var after = rows("alliance-members-on-date", Map.of("alliance", "EU", "asOf", "2020-02-01"));
        assertEquals(28, lastDay.size());
        assertEquals(27, after.size());
        Set<String> left = new TreeSet<>(codes(lastDay));
        left.removeAll(codes(after));
        assertEquals(Set.of("GBR"), left);
        assertEquals(List.of("2020-01-31"), lastDay.stream().filter(r -> r.get("state").equals("state/GBR"))
                .map(r -> r.get("memberUntil")).toList());
        // The Six of 1958.
        assertEquals(Set.of("BEL", "DEU", "FRA", "ITA", "LUX", "NLD"),
                codes(rows("alliance-members-on-date", Map.of("alliance", "EU", "asOf", "1960-01-01"))));
    }

    @Test
    void northAtlanticTreatyParties() {
        var rows = rows("treaty-parties", Map.of("treaty", "north-atlantic-treaty"));
        Map<String, String> becameParty = rows.stream().collect(Collectors.toMap(r -> r.get("state").substring(6),
                r -> r.get("partySince")));
        assertEquals(Map.ofEntries(
                Map.entry("BEL", "1949-08-24"), Map.entry("CAN", "1949-08-24"), Map.entry("DNK", "1949-08-24"),
                Map.entry("FRA", "1949-08-24"), Map.entry("ISL", "1949-08-24"), Map.entry("ITA", "1949-08-24"),
                Map.entry("LUX", "1949-08-24"), Map.entry("NLD", "1949-08-24"), Map.entry("NOR", "1949-08-24"),
                Map.entry("PRT", "1949-08-24"), Map.entry("GBR", "1949-08-24"), Map.entry("USA", "1949-08-24"),
                Map.entry("GRC", "1952-02-18"), Map.entry("TUR", "1952-02-18"), Map.entry("DEU", "1955-05-06"),
                Map.entry("ESP", "1982-05-30"), Map.entry("CZE", "1999-03-12"), Map.entry("HUN", "1999-03-12"),
                Map.entry("POL", "1999-03-12"), Map.entry("BGR", "2004-03-29"), Map.entry("EST", "2004-03-29"),
                Map.entry("LVA", "2004-03-29"), Map.entry("LTU", "2004-03-29"), Map.entry("ROU", "2004-03-29"),
                Map.entry("SVK", "2004-03-29"), Map.entry("SVN", "2004-03-29"), Map.entry("ALB", "2009-04-01"),
                Map.entry("HRV", "2009-04-01"), Map.entry("MNE", "2017-06-05"), Map.entry("MKD", "2020-03-27"),
                Map.entry("FIN", "2023-04-04"), Map.entry("SWE", "2024-03-07")), becameParty);
        // The twelve original signatories signed in Washington on 4 April 1949.
        assertEquals(12, rows.stream().filter(r -> "1949-04-04".equals(r.get("signed"))).count());
    }

    @Test
    void collectiveSecurityTreatyParties() {
        var rows = rows("treaty-parties", Map.of("treaty", "collective-security-treaty"));
        assertEquals(Set.of("ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB"), codes(rows));
        assertEquals(Set.of("AZE", "GEO", "UZB"), rows.stream().filter(r -> "1999-04-20".equals(r.get("partyUntil")))
                .map(r -> r.get("state").substring(6)).collect(Collectors.toSet()));
    }

    /** A row's modality: its three columns, "-" where the article gives none. */
    private static String modality(Map<String, String> r) {
        return dash(r.get("commitment")) + " / " + dash(r.get("progress")) + " / " + dash(r.get("posture"));
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    @Test
    void articleDeployments() {
        var rows = rows("article-deployments", Map.of());
        // Checked against the text: "France has offered to send troops to Romania, Denmark to send F-16 fighter jets to
        // Lithuania, Netherland is offering F-35 jets to Bulgaria" (offers, no progress); "NATO has indicated that it is ...
        // sending more forces to Eastern European countries" (what NATO says: announced; its eastern flank, not the UN
        // region); "In February, Russia is sending its forces to Belarus" (scheduled: planned); "Ukraine has pushed its
        // forces to the front lines" (done). "The advancement of troops to Eastern Europe" names no sender and Spain's
        // "contributing its bit" no deployment: neither is one.
        assertEquals(Set.of(
                "Denmark | F-16 Fighting Falcon | Lithuania | offered / - / - | -",
                "France | troops | Romania | offered / - / - | -",
                "Netherlands | F-35 Lightning II | Bulgaria | offered / - / - | -",
                "North Atlantic Treaty Organization | military forces (unspecified) | NATO's eastern flank | announced / - / - | -",
                "Russia | military forces (unspecified) | Belarus | - / planned / - | February 2022",
                "Ukraine | military forces (unspecified) | front lines (Ukrainian–Russian border area) | - / carried out / - | -"),
                rows.stream().map(r -> r.get("senderName") + " | " + r.get("assetName") + " | " + r.get("destinationName")
                        + " | " + modality(r) + " | " + dash(r.get("time"))).collect(Collectors.toSet()));
        assertEquals(6, rows.size());
        assertEquals("France has offered to send troops to Romania",
                rows.stream().filter(r -> r.get("senderName").equals("France")).findFirst().get().get("quote"));
    }

    @Test
    void deploymentsBorderingRussiaOrBelarus() {
        var rows = rows("deployments-bordering-russia", Map.of());
        // Lithuania borders both Russia (Kaliningrad) and Belarus; Belarus borders Russia; Ukraine's front lines lie
        // in Ukraine, which borders both. Romania, Bulgaria and NATO's eastern flank (a region, no state) do not qualify.
        assertEquals(Set.of(
                "Denmark -> Lithuania (offered / - / -) [Belarus, Russia]",
                "Russia -> Belarus (- / planned / -) [Russia]",
                "Ukraine -> front lines (Ukrainian–Russian border area) (- / carried out / -) [Belarus, Russia]"),
                rows.stream().map(r -> r.get("senderName") + " -> " + r.get("destinationName") + " (" + modality(r)
                        + ") " + new TreeSet<>(Arrays.asList(r.get("borders").split(", ")))).collect(Collectors.toSet()));
        assertEquals(3, rows.size());
    }

    @Test
    void evacuations() {
        var rows = rows("evacuations", Map.of());
        // "The United States and Britain have also started evacuating the families of their diplomats from Ukraine":
        // begun, so under way; no commitment is reported.
        assertEquals(List.of(
                "United Kingdom | families of British diplomats | Ukraine | - | under way",
                "United States | families of United States diplomats | Ukraine | - | under way"),
                rows.stream().map(r -> r.get("agentName") + " | " + r.get("evacuees") + " | " + r.get("fromName") + " | "
                        + dash(r.get("commitment")) + " | " + r.get("progress")).toList());
    }

    @Test
    void claimsAreKeptApartFromEvents() {
        var rows = rows("article-claims", Map.of());
        // In the order of the text: claim id and kind, one row per supporting quote. Spain's "contributing its bit
        // towards the Black Sea security" is the author's statement, not a deployment.
        assertEquals(List.of(
                "nato-second-life assessment", "war-seen-as-inevitable assessment",
                "nato-defies-russian-demands assessment", "no-one-backs-off assessment",
                "denials-typical-of-autocracy assessment", "troop-advance-shows-severity assessment",
                "situation-will-escalate prediction", "nato-second-life assessment",
                "countries-join-forces-against-russia assessment", "countries-join-forces-against-russia assessment",
                "spain-black-sea-security assessment",
                "nato-troops-will-be-based-in-eastern-europe prediction", "aggression-is-imminent assessment",
                "poland-was-right assessment", "west-may-change-policy assessment",
                "defending-ukraine-would-breach-nato-rules assessment", "defending-ukraine-would-breach-nato-rules assessment",
                "why-russia-opposes-ukraine-membership assessment", "nato-second-life assessment",
                "mutual-de-escalation proposal", "no-one-backs-off assessment", "mutual-withdrawal proposal",
                "proportional-withdrawal proposal", "war-likelihood-will-grow prediction"),
                rows.stream().map(r -> r.get("claim").substring(r.get("claim").lastIndexOf('/') + 1) + " " + r.get("kind"))
                        .toList());
        assertEquals("a mutual withdrawal is necessary to stop the situation from going to a dangerous end",
                rows.stream().filter(r -> r.get("claim").endsWith("/mutual-withdrawal")).findFirst().get().get("quote"));
        assertEquals("For every one percent of American withdrawal, a similar number of Russian soldiers should leave the "
                + "Ukrainian border.", rows.stream().filter(r -> r.get("claim").endsWith("/proportional-withdrawal")).findFirst()
                        .get().get("content"));
    }

    @Test
    void everyStatementHasItsQuoteAndOffsets() {
        var rows = rows("fact-evidence", Map.of());
        // Offsets in Unicode code points, start inclusive, end exclusive, found independently of the loader.
        List<String> expected = List.of(
                "nato-second-life 0 46", "talks-failed 86 124", "war-seen-as-inevitable 130 226",
                "ukraine-forces-to-front-lines 236 324", "nato-defies-russian-demands 326 430",
                "nato-forces-on-standby 433 488", "nato-forces-to-eastern-europe 433 542",
                "contributing-countries-forces-on-standby 546 650", "no-one-backs-off 653 715",
                "russia-objects-to-nato-involvement 717 793", "russia-demands-limit-on-nato 794 999",
                "west-rejects-buffer-zone 1003 1050",
                "uk-evacuates-diplomats-families 1052 1201", "us-evacuates-diplomats-families 1052 1201",
                "russia-drills-in-belarus 1203 1275", "russia-forces-to-belarus 1203 1275",
                "west-sees-warmongering 1277 1391", "russia-denies-invasion-plans 1395 1526",
                "denials-typical-of-autocracy 1528 1570", "us-accused-of-paranoia 1581 1616",
                "troop-advance-shows-severity 1618 1701", "situation-will-escalate 1704 1843",
                "nato-second-life 1845 1900", "countries-join-forces-against-russia 1902 1983",
                "countries-join-forces-against-russia 1984 2054", "france-troops-to-romania 2056 2100",
                "denmark-f16-to-lithuania 2102 2148", "netherlands-f35-to-bulgaria 2150 2194",
                "spain-black-sea-security 2202 2267", "nato-troops-will-be-based-in-eastern-europe 2270 2315",
                "aggression-is-imminent 2317 2370", "poland-warns-of-war 2373 2413", "poland-was-right 2415 2500",
                "poland-borders-russia 2434 2532", "eastern-flank-speculates-about-war 2534 2618",
                "eastern-flank-calls-for-forces 2619 2672",
                "no-military-engagement 2681 2811", "west-may-change-policy 2813 2860", "ukraine-not-in-nato 2892 2921",
                "defending-ukraine-would-breach-nato-rules 2927 3021",
                "defending-ukraine-would-breach-nato-rules 3023 3050", "russia-opposes-ukraine-membership 3075 3137",
                "why-russia-opposes-ukraine-membership 3139 3215", "nato-second-life 3218 3342",
                "mutual-de-escalation 3361 3434", "no-one-backs-off 3478 3546", "mutual-withdrawal 3554 3638",
                "proportional-withdrawal 3641 3825", "war-likelihood-will-grow 3828 3922");
        assertEquals(expected, rows.stream().map(r -> r.get("fact").substring(r.get("fact").lastIndexOf('/') + 1) + " "
                + r.get("start") + " " + r.get("end")).toList());
        assertEquals("Ukraine is not a part of NATO", rows.stream()
                .filter(r -> r.get("fact").endsWith("/ukraine-not-in-nato")).findFirst().get().get("quote"));
        assertEquals("the US is accused of being paranoid", rows.stream()
                .filter(r -> r.get("fact").endsWith("/us-accused-of-paranoia")).findFirst().get().get("quote"));
    }

    @Test
    void articleStatementsAreCorroboratedByReferenceData() {
        var rows = rows("corroborated-statements", Map.of());
        assertEquals(Set.of(
                "Poland shares a border with Russia corroborated graph/countries",
                "Ukraine is not a member of NATO corroborated graph/organisations"),
                rows.stream().map(r -> r.get("label") + " " + r.get("verdict") + " " + r.get("dataset"))
                        .collect(Collectors.toSet()));
    }

    @Test
    void membershipsOfPoland() {
        var rows = rows("state-memberships", Map.of("state", "POL"));
        assertEquals(List.of("NATO 1999-03-12", "EU 2004-05-01"),
                rows.stream().map(r -> r.get("acronym") + " " + r.get("memberSince")).toList());
    }

    @Test
    void badParametersAreRejectedWithTheirName() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> rows("nato-members-bordering-russia", Map.of("asOf", "2022-02-30")));
        assertEquals("asOf", e.parameter());
        assertEquals("alliance", assertThrows(ParameterException.class,
                () -> rows("alliance-members-on-date", Map.of("alliance", "NATO> } ; DROP ALL ; #"))).parameter());
        assertEquals("alliance", assertThrows(ParameterException.class,
                () -> rows("alliance-members-on-date", Map.of("alliance", "WARSAW"))).parameter());
        assertEquals("alliance", assertThrows(ParameterException.class,
                () -> rows("alliance-members-on-date", Map.of())).parameter());
        assertEquals("colour", assertThrows(ParameterException.class,
                () -> rows("evacuations", Map.of("colour", "red"))).parameter());
    }

    private static Set<String> codes(List<Map<String, String>> rows) {
        return rows.stream().map(r -> r.get("state").substring("state/".length())).collect(Collectors.toCollection(TreeSet::new));
    }
}
