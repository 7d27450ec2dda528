package org.entente.loader.source;

import java.util.List;

/** Reads treaty-parties.csv: one row per signature and period of being party to an instrument. */
public final class TreatyPartiesReader {
    private TreatyPartiesReader() {}

    public static final String[] COLUMNS = {"treaty", "party", "signed", "became_party", "left", "source_url", "note",
        "how", "protocol_signed", "notice_given", "suspended", "suspended_until"};

    /** How a row's party came to the instrument. */
    public static final String HOW = "signature|accession|succession|continuation|signatory-only";

    public static List<TreatyParty> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> {
                    TreatyParty p = new TreatyParty(
                            r.require("treaty", Patterns.SLUG, "a treaty id"),
                            r.require("party", Patterns.ISO3 + "|" + Patterns.ORGANISATION,
                                    "a state code such as POL or an organisation id such as NATO"),
                            r.optionalDate("signed"),
                            r.optionalDate("became_party"),
                            r.optionalDate("left"),
                            r.require("source_url", Patterns.URL, "an http(s) URL"),
                            r.optional("note"),
                            r.require("how", HOW, String.join(", ", HOW.split("\\|"))),
                            r.optionalDate("protocol_signed"),
                            r.optionalDate("notice_given"),
                            r.optionalDate("suspended"),
                            r.optionalDate("suspended_until"),
                            new Origin(r.file(), r.line()));
                    check(r, p);
                    return p;
                })
                .toList();
    }

    private static void check(CsvTable.Row r, TreatyParty p) {
        switch (p.how()) {
            case "signature" -> {
                if (p.signed().isEmpty()) {
                    throw r.error("how is signature but signed is empty");
                }
                if (p.becameParty().isEmpty()) {
                    throw r.error("how is signature but became_party is empty; a signatory that never became a party is signatory-only");
                }
            }
            case "signatory-only" -> {
                if (p.signed().isEmpty()) {
                    throw r.error("how is signatory-only but signed is empty");
                }
                if (p.becameParty().isPresent() || p.left().isPresent()) {
                    throw r.error("how is signatory-only, so became_party and left must be empty");
                }
            }
            case "accession", "succession", "continuation" -> {
                if (p.signed().isPresent()) {
                    throw r.error("how is " + p.how() + " but signed is " + p.signed().get()
                            + "; a state that acceded or succeeded did not sign (the day its protocol was signed goes in protocol_signed)");
                }
                if (p.becameParty().isEmpty() && !p.how().equals("accession")) {
                    throw r.error("how is " + p.how() + " but became_party is empty");
                }
            }
            default -> throw new IllegalStateException(p.how());
        }
        if (p.left().isPresent() && p.becameParty().isEmpty()) {
            throw r.error("left is " + p.left().get() + " but became_party is empty");
        }
        if (p.left().isPresent() && p.left().get().isBefore(p.becameParty().get())) {
            throw r.error("left " + p.left().get() + " is before became_party " + p.becameParty().get());
        }
        if (p.suspendedUntil().isPresent() && p.suspended().isEmpty()) {
            throw r.error("suspended_until is given but suspended is empty");
        }
        if (p.suspendedUntil().isPresent() && p.suspendedUntil().get().isBefore(p.suspended().get())) {
            throw r.error("suspended_until " + p.suspendedUntil().get() + " is before suspended " + p.suspended().get());
        }
    }
}
