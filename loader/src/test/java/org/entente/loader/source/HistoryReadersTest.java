package org.entente.loader.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The readers of the tables over time accept what the files hold and say, with file and line, what is wrong. */
class HistoryReadersTest {

    private static Input csv(String name, String text) {
        return new Input(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String error(Runnable read) {
        return assertThrows(InputException.class, read::run).getMessage();
    }

    @Test
    void aStartOrEndMayBeADayAMonthOrAYear() {
        var rows = LandBordersReader.read(csv("land-borders.csv", "a,b,start,end,source_url,note\n"
                + "CHN,NPL,1950-10,,https://correlatesofwar.org/x,\n"
                + "FIN,SUN,,1991-12-25,https://correlatesofwar.org/x,\n"
                + "ANT,MAF,2007,2010-10-09,https://example.org/x,\n"));
        assertEquals(new DayRange("1950-10", LocalDate.of(1950, 10, 1), LocalDate.of(1950, 10, 31)), rows.get(0).start().get());
        assertEquals(Optional.empty(), rows.get(1).start());
        assertEquals(LocalDate.of(2007, 12, 31), rows.get(2).start().get().last());
        assertEquals("land-borders.csv:2: column 'start' is '1950-13', not a date of the form YYYY-MM-DD, YYYY-MM or YYYY",
                error(() -> LandBordersReader.read(csv("land-borders.csv", "a,b,start,end,source_url,note\n"
                        + "CHN,NPL,1950-13,,https://correlatesofwar.org/x,\n"))));
    }

    @Test
    void aBorderNamesItsStatesInAlphabeticalOrderAndEndsAfterItStarts() {
        assertEquals("land-borders.csv:2: a is RUS and b is FIN; a must come before b in alphabetical order",
                error(() -> LandBordersReader.read(csv("land-borders.csv", "a,b,start,end,source_url,note\n"
                        + "RUS,FIN,,,https://correlatesofwar.org/x,\n"))));
        assertEquals("land-borders.csv:2: end 1940 is before 1945-10-24, where the data begins; an empty start means the"
                + " period began before that day", error(() -> LandBordersReader.read(csv("land-borders.csv",
                        "a,b,start,end,source_url,note\nFIN,SUN,,1940,https://correlatesofwar.org/x,\n"))));
        assertEquals("state-periods.csv:2: end 1990-01-01 is before start 1991-12-26",
                error(() -> StatePeriodsReader.read(csv("state-periods.csv", "state,start,end,source_url,note\n"
                        + "RUS,1991-12-26,1990-01-01,https://example.org/x,\n"))));
    }

    @Test
    void aStatusNamesTheStateItDependsOn() {
        var rows = StateStatusReader.read(csv("state-status.csv", "state,status,basis,source_url,note\n"
                + "GIB,dependent-territory,British Overseas Territory of the United Kingdom (GBR).,https://example.org/x,\n"
                + "POL,un-member,Member state of the United Nations.,https://www.un.org/x,\n"));
        assertEquals(Optional.of("GBR"), rows.get(0).relatedState());
        assertEquals(Optional.empty(), rows.get(1).relatedState());
        assertEquals("state-status.csv:2: status is integral-part, so the basis must name its state by code in parentheses, such as (FRA)",
                error(() -> StateStatusReader.read(csv("state-status.csv", "state,status,basis,source_url,note\n"
                        + "GUF,integral-part,Part of France.,https://example.org/x,\n"))));
        assertEquals("state-status.csv:2: column 'status' is 'independent'; expected un-member, un-observer-state,"
                + " limited-recognition, associated-state, non-self-governing-territory, dependent-territory, integral-part,"
                + " no-sovereignty, former", error(() -> StateStatusReader.read(csv("state-status.csv",
                        "state,status,basis,source_url,note\nPOL,independent,x,https://www.un.org/x,\n"))));
    }

    private static final String PARTIES = "treaty,party,signed,became_party,left,source_url,note,how,protocol_signed,"
            + "notice_given,suspended,suspended_until\n";

    @Test
    void anAccederDidNotSignAndASignatoryOnlyWasNeverAParty() {
        var rows = TreatyPartiesReader.read(csv("treaty-parties.csv", PARTIES
                + "north-atlantic-treaty,POL,,1999-03-12,,https://www.nato.int/x,,accession,1997-12-16,,,\n"
                + "cfe-treaty,SUN,1990-11-19,,,https://example.org/x,,signatory-only,,,,\n"
                + "minsk-ii,OSCE,2015-02-12,2015-02-12,,https://example.org/x,,signature,,,,\n"));
        assertEquals(Optional.empty(), rows.get(0).signed());
        assertEquals(Optional.of(LocalDate.of(1997, 12, 16)), rows.get(0).protocolSigned());
        assertEquals(Optional.empty(), rows.get(1).becameParty());
        assertEquals("OSCE", rows.get(2).party());
        assertEquals("treaty-parties.csv:2: how is accession but signed is 1997-12-16; a state that acceded or succeeded did"
                + " not sign (the day its protocol was signed goes in protocol_signed)", error(() -> TreatyPartiesReader.read(
                        csv("treaty-parties.csv", PARTIES
                                + "north-atlantic-treaty,POL,1997-12-16,1999-03-12,,https://www.nato.int/x,,accession,,,,\n"))));
        assertEquals("treaty-parties.csv:2: how is signatory-only, so became_party and left must be empty",
                error(() -> TreatyPartiesReader.read(csv("treaty-parties.csv", PARTIES
                        + "cfe-treaty,SUN,1990-11-19,1992-11-09,,https://example.org/x,,signatory-only,,,,\n"))));
        assertEquals("treaty-parties.csv:2: suspended_until 2010-01-01 is before suspended 2012-12-19",
                error(() -> TreatyPartiesReader.read(csv("treaty-parties.csv", PARTIES
                        + "csto-charter,UZB,,,,https://example.org/x,,accession,,,2012-12-19,2010-01-01\n"))));
    }

    @Test
    void treatiesCheckTheirDepositariesAndTermination() {
        String header = String.join(",", TreatiesReader.COLUMNS) + "\n";
        var rows = TreatiesReader.read(csv("treaties.csv", header
                + "open-skies-treaty,Open Skies,1992-03-24,Helsinki,,2002-01-01,,,,https://example.org/x,treaty,CAN HUN,,,,,\n"
                + "inf-treaty,INF,1987-12-08,Washington,,1988-06-01,,,,https://example.org/x,treaty,none,,2019-08-01,withdrawal,,\n"));
        assertEquals(Optional.of(List.of("CAN", "HUN")), rows.get(0).depositaries());
        assertEquals(Optional.of(List.of()), rows.get(1).depositaries());
        assertEquals("treaties.csv:2: terminated and termination_cause go together: give both or neither",
                error(() -> TreatiesReader.read(csv("treaties.csv", header
                        + "inf-treaty,INF,1987-12-08,Washington,,1988-06-01,,,,https://example.org/x,treaty,none,,2019-08-01,,,\n"))));
        assertEquals("treaties.csv:2: depositary_iso3 is USA but depositaries is 'CAN HUN'; depositary_iso3 is given only for"
                + " a single depositary, the same in both", error(() -> TreatiesReader.read(csv("treaties.csv", header
                        + "open-skies-treaty,Open Skies,1992-03-24,Helsinki,,2002-01-01,,,USA,https://example.org/x,treaty,CAN HUN,,,,,\n"))));
    }

    @Test
    void articleNumbersMayBeRomanNumerals() {
        var rows = TreatyArticlesReader.read(csv("treaty-articles.csv", "treaty,article,title,summary,provides,source_url\n"
                + "cfe-treaty,XIX,Duration and withdrawal,It lasts.,withdrawal,https://example.org/x\n"
                + "cfe-treaty,XXII,Entry into force,It enters into force.,entry-into-force,https://example.org/x\n"
                + "north-atlantic-treaty,5,Collective defence,All for one.,collective-defence,https://example.org/x\n"));
        assertEquals(List.of(19, 22, 5), rows.stream().map(TreatyArticle::number).toList());
        assertEquals(List.of("XIX", "XXII", "5"), rows.stream().map(TreatyArticle::designation).toList());
        assertEquals("treaty-articles.csv:2: column 'article' is 'XVIIII', not a Roman numeral in standard form",
                error(() -> TreatyArticlesReader.read(csv("treaty-articles.csv", "treaty,article,title,summary,provides,source_url\n"
                        + "cfe-treaty,XVIIII,Duration,It lasts.,,https://example.org/x\n"))));
    }
}
