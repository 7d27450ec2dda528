package org.entente.loader.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static Input csv(String text) {
        return new Input("memberships.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String HEADER = "organisation,member,start,end,source_url,note,admitted_as\n";

    @Test
    void readsQuotedFieldsAndLines() {
        var rows = MembershipsReader.read(csv(HEADER
                + "NATO,POL,1999-03-12,,https://www.nato.int/x,\"a note, with a comma\",\n"
                + "EU,GBR,1973-01-01,2020-01-31,https://europa.eu/x,,\n"));
        assertEquals(2, rows.size());
        assertEquals("a note, with a comma", rows.get(0).note().get());
        assertEquals(3, rows.get(1).origin().line());
    }

    @Test
    void rejectsImpossibleDatesWithFileAndLine() {
        InputException e = assertThrows(InputException.class, () -> MembershipsReader.read(csv(HEADER
                + "NATO,POL,1999-03-12,,https://www.nato.int/x,,\n"
                + "NATO,EST,2022-02-30,,https://www.nato.int/x,,\n")));
        assertEquals("memberships.csv:3: column 'start' is '2022-02-30', not a date of the form YYYY-MM-DD", e.getMessage());
    }

    @Test
    void rejectsEndBeforeStartWrongHeaderAndBadCodes() {
        assertEquals("memberships.csv:2: end 1990-01-01 is before start 1999-03-12", assertThrows(InputException.class,
                () -> MembershipsReader.read(csv(HEADER + "NATO,POL,1999-03-12,1990-01-01,https://www.nato.int/x,,\n"))).getMessage());
        assertEquals("memberships.csv:1: header is organisation,member,start; expected organisation,member,start,end,source_url,note,admitted_as",
                assertThrows(InputException.class, () -> MembershipsReader.read(csv("organisation,member,start\n"))).getMessage());
        assertEquals("memberships.csv:2: column 'member' is 'Poland'; expected a state code such as POL",
                assertThrows(InputException.class, () -> MembershipsReader.read(csv(HEADER
                        + "NATO,Poland,1999-03-12,,https://www.nato.int/x,,\n"))).getMessage());
    }
}
