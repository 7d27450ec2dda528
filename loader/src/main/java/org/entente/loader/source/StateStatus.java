package org.entente.loader.source;

import java.util.Optional;

/**
 * A row of state-status.csv: today's status of a state or territory, from a sourced basis.
 *
 * @param status       one of {@link StateStatusReader#STATUSES}
 * @param basis        why, in the data's words
 * @param relatedState the state the basis names in parentheses: the administering state of a
 *                     dependent territory, the state an integral part belongs to, the state an
 *                     associated state is associated with
 */
public record StateStatus(
        String state,
        String status,
        String basis,
        Optional<String> relatedState,
        String sourceUrl,
        Optional<String> note,
        Origin origin) {
}
