package org.entente.loader.source;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A row of treaty-parties.csv: a state's (or an organisation's) signature of an instrument and
 * the period during which it was a party.
 *
 * @param signed         the day the party itself signed; empty for states that acceded or succeeded
 * @param becameParty    the first day as a party; empty for a signatory that never became one,
 *                       or for an accession whose effective day was not verified
 * @param left           the last day as a party
 * @param how            one of {@link TreatyPartiesReader#HOW}
 * @param protocolSigned the day the instrument that let the party in was signed (an accession protocol)
 * @param noticeGiven    the day the party gave notice of withdrawal
 * @param suspended      the first day of a suspension of the treaty's operation by this party
 * @param suspendedUntil the last day of that suspension, if it ended while the state stayed a party
 */
public record TreatyParty(
        String treaty,
        String party,
        Optional<LocalDate> signed,
        Optional<LocalDate> becameParty,
        Optional<LocalDate> left,
        String sourceUrl,
        Optional<String> note,
        String how,
        Optional<LocalDate> protocolSigned,
        Optional<LocalDate> noticeGiven,
        Optional<LocalDate> suspended,
        Optional<LocalDate> suspendedUntil,
        Origin origin) {
}
