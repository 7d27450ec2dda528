package org.entente.loader.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One country or territory of the world-countries data set.
 *
 * @param iso3 ISO 3166-1 alpha-3 code (Kosovo has the user-assigned code UNK there)
 * @param iso2 ISO 3166-1 alpha-2 code
 * @param numeric ISO 3166-1 numeric code, empty if it has none
 * @param names common names by BCP 47 language tag ("en" first)
 * @param officialNames official names by BCP 47 language tag
 * @param independent true, false, or empty if the data set leaves it open (Kosovo)
 * @param borders alpha-3 codes of the land neighbours
 * @param capitals the names of the capital cities in English (most have one)
 * @param demonyms the English demonyms (adjective and noun, such as "American"), without duplicates
 * @param altSpellings other names and abbreviations the data set gives ("US", "United States of America")
 */
public record Country(
        String iso3,
        String iso2,
        String numeric,
        Map<String, String> names,
        Map<String, String> officialNames,
        String region,
        String subregion,
        Optional<double[]> latLong,
        Optional<Double> areaKm2,
        Optional<Boolean> independent,
        boolean unMember,
        boolean landlocked,
        List<String> borders,
        List<String> capitals,
        List<String> demonyms,
        List<String> altSpellings,
        Origin origin) {
}
