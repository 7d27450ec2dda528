package org.entente.loader.source;

import java.util.Optional;

/**
 * A row of former-states.csv: a state (or, once, a territory) that no longer exists and that the
 * period since 1945-10-24 needs.
 *
 * @param id        the id that names it in every table: its former ISO 3166-1 alpha-3 code where
 *                  ISO 3166-3 lists it, else its Correlates of War letter code, else a project id
 * @param iso3166Alpha4 its ISO 3166-3 code (SUHH), if ISO 3166-3 lists it
 * @param name      its English name
 * @param wikidata  its Wikidata item, if the research verified one
 * @param cowCode   its Correlates of War state code, if CoW lists it
 */
public record FormerState(
        String id,
        Optional<String> iso3166Alpha4,
        String name,
        Optional<String> wikidata,
        Optional<Integer> cowCode,
        String sourceUrl,
        Optional<String> note,
        Origin origin) {

    /**
     * True if the id is the state's former ISO 3166-1 alpha-3 code. The ids of former states
     * follow one rule (SOURCES.md): the former alpha-3 code wherever ISO 3166-3 lists the state,
     * so exactly the states with an ISO 3166-3 code have one.
     */
    public boolean idIsIsoAlpha3() {
        return iso3166Alpha4.isPresent();
    }
}
