package org.entente.ontology;

import static org.entente.ontology.ShapesTest.POLAND_AND_NATO;
import static org.entente.ontology.ShapesTest.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The shapes of states, borders, memberships, instruments and offices over time accept what the
 * data should be and reject, each with its message, what it must not be.
 */
class HistoryShapesTest {

    private static Set<String> messages(ValidationReport r) {
        Set<String> out = new TreeSet<>();
        r.getEntries().forEach(e -> out.add(e.message()));
        return out;
    }

    private static void rejectedWith(String turtle, String message) {
        ValidationReport r = validate(turtle);
        Set<String> m = messages(r);
        assertTrue(m.contains(message), () -> "expected \"" + message + "\" among " + m);
    }

    @Test
    void aMembershipBeforeItsOrganisationWasFoundedIsRejected() {
        rejectedWith(POLAND_AND_NATO + """
                ex:m a ent:Membership ; ent:member ex:pol ; ent:organisation ex:nato ;
                    ent:startDate "1948-01-01"^^xsd:date ; dcterms:source <https://www.nato.int/> .
                """, "Membership <http://example.org/m> starts before its organisation was founded (1949-04-04).");
    }

    @Test
    void aMembershipAfterItsOrganisationWasDissolvedIsRejected() {
        rejectedWith(POLAND_AND_NATO + """
                ex:nato ent:dissolutionDate "1991-07-01"^^xsd:date .
                ex:nato-name ent:endDate "1991-07-01"^^xsd:date .
                ex:m a ent:Membership ; ent:member ex:pol ; ent:organisation ex:nato ;
                    ent:startDate "1955-06-04"^^xsd:date ; dcterms:source <https://www.nato.int/> .
                """, "Membership <http://example.org/m> does not end by its organisation's dissolution (1991-07-01).");
    }

    private static final String GDR = """
            ex:ddr a ent:State, ent:FormerState, ent:Actor, ent:Place ; rdfs:label "German Democratic Republic"@en ;
                ent:politicalStatus ent:StatusFormer ; ent:hasPeriod ex:ddr-period .
            ex:ddr-period a ent:StatePeriod ; ent:periodOf ex:ddr ; ent:startDate "1949-10-07"^^xsd:date ;
                ent:earliestStartDate "1949-10-07"^^xsd:date ; ent:latestStartDate "1949-10-07"^^xsd:date ;
                ent:endDate "1990-10-02"^^xsd:date ; ent:earliestEndDate "1990-10-02"^^xsd:date ;
                ent:latestEndDate "1990-10-02"^^xsd:date ; dcterms:source <https://correlatesofwar.org/> .
            """;

    @Test
    void aMembershipOutsideItsMembersExistenceIsRejected() {
        String message = "Membership <http://example.org/m> lies outside every period of existence of its member"
                + " <http://example.org/ddr> (only a membership whose organisation admitted the member's forerunner,"
                + " ent:admittedAs, may start before it).";
        // Open-ended although the GDR ended on 1990-10-02.
        rejectedWith(POLAND_AND_NATO + GDR + """
                ex:m a ent:Membership ; ent:member ex:ddr ; ent:organisation ex:nato ;
                    ent:startDate "1973-09-18"^^xsd:date ; dcterms:source <https://www.un.org/> .
                """, message);
        // Before the GDR existed.
        rejectedWith(POLAND_AND_NATO + GDR + """
                ex:m a ent:Membership ; ent:member ex:ddr ; ent:organisation ex:nato ;
                    ent:startDate "1949-05-01"^^xsd:date ; ent:endDate "1990-10-02"^^xsd:date ; dcterms:source <https://www.un.org/> .
                """, message);
        // Within it.
        ValidationReport ok = validate(POLAND_AND_NATO + GDR + """
                ex:m a ent:Membership ; ent:member ex:ddr ; ent:organisation ex:nato ;
                    ent:startDate "1973-09-18"^^xsd:date ; ent:endDate "1990-10-02"^^xsd:date ; dcterms:source <https://www.un.org/> .
                """);
        assertTrue(ok.conforms(), () -> messages(ok).toString());
    }

    @Test
    void aMembershipOfAForerunnerMayStartBeforeItsMemberExisted() {
        String belarus = """
                ex:blr a ent:State, ent:SovereignState, ent:Actor, ent:Place ; ent:iso3166Alpha3 "BLR" ; rdfs:label "Belarus"@en ;
                    ent:politicalStatus ent:StatusUnMember ; ent:hasPeriod ex:blr-period .
                ex:blr-period a ent:StatePeriod ; ent:periodOf ex:blr ; ent:startDate "1991-12-26"^^xsd:date ;
                    ent:earliestStartDate "1991-12-26"^^xsd:date ; ent:latestStartDate "1991-12-26"^^xsd:date ;
                    dcterms:source <https://correlatesofwar.org/> .
                """;
        String membership = """
                ex:m a ent:Membership ; ent:member ex:blr ; ent:organisation ex:nato ;
                    ent:startDate "1955-01-01"^^xsd:date ; dcterms:source <https://www.un.org/> .
                """;
        assertEquals(false, validate(POLAND_AND_NATO + belarus + membership).conforms());
        ValidationReport r = validate(POLAND_AND_NATO + belarus + membership + "ex:m ent:admittedAs \"Byelorussian SSR\"@en .");
        assertTrue(r.conforms(), () -> messages(r).toString());
    }

    @Test
    void anAccederIsNotASignatory() {
        String treaty = POLAND_AND_NATO + """
                ex:nat a ent:Treaty, ent:Instrument ; rdfs:label "North Atlantic Treaty"@en ;
                    ent:signingDate "1949-04-04"^^xsd:date ; dcterms:source <https://www.nato.int/> .
                ex:p a ent:TreatyParticipation ; ent:party ex:pol ; ent:treaty ex:nat ; ent:participationMode ent:ByAccession ;
                    ent:startDate "1999-03-12"^^xsd:date ; dcterms:source <https://www.nato.int/> .
                """;
        assertTrue(validate(treaty).conforms(), () -> messages(validate(treaty)).toString());
        rejectedWith(treaty + "ex:nat ent:signatory ex:pol .",
                "<http://example.org/pol> is a signatory of <http://example.org/nat> but did not sign it: only a state or"
                        + " organisation that signed the instrument itself is its signatory; one that acceded or succeeded is not.");
        rejectedWith(treaty + "ex:p ent:signatureDate \"1997-12-16\"^^xsd:date .",
                "Participation <http://example.org/p> is by accession, succession or continuation but has a signature date:"
                        + " the state did not sign the instrument.");
    }

    @Test
    void aLandBorderOutsideTheExistenceOfAStateIsRejected() {
        String border = POLAND_AND_NATO + GDR + """
                ex:b a ent:LandBorder ; ent:borderState ex:ddr , ex:pol ; ent:startDate "1949-10-07"^^xsd:date ;
                    ent:earliestStartDate "1949-10-07"^^xsd:date ; ent:latestStartDate "1949-10-07"^^xsd:date ;
                    dcterms:source <https://correlatesofwar.org/> .
                """;
        rejectedWith(border, "Land border <http://example.org/b> lies outside every period of existence of <http://example.org/ddr>.");
        ValidationReport ok = validate(border + "ex:b ent:endDate \"1990-10-02\"^^xsd:date ; ent:earliestEndDate \"1990-10-02\"^^xsd:date ;"
                + " ent:latestEndDate \"1990-10-02\"^^xsd:date .");
        assertTrue(ok.conforms(), () -> messages(ok).toString());
    }

    @Test
    void aPeriodHasItsBounds() {
        rejectedWith(POLAND_AND_NATO + "ex:b a ent:LandBorder ; ent:borderState ex:pol ; dcterms:source <https://example.org/> .",
                "A period has exactly one latest start date, the day by which it had certainly begun.");
        rejectedWith(POLAND_AND_NATO + "ex:pol-period ent:earliestStartDate \"1950-01-01\"^^xsd:date .",
                "A period's earliest start date is not after its latest start date.");
    }

    @Test
    void theDeprecatedCurrentMembershipShortcutIsRejected() {
        rejectedWith(POLAND_AND_NATO + "ex:pol ent:isMemberOf ex:nato .",
                "ent:isMemberOf is deprecated and no longer derived: ask the ent:Membership nodes with a date.");
    }
}
