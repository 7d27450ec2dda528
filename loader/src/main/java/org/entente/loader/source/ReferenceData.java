package org.entente.loader.source;

import java.util.List;

/** All reference tables, read and checked for form (not yet for cross-references). */
public record ReferenceData(
        List<Country> countries,
        List<CountryIdentifiers> identifiers,
        List<Organisation> organisations,
        List<Membership> memberships,
        List<Treaty> treaties,
        List<TreatyParty> treatyParties,
        List<TreatyArticle> treatyArticles,
        List<Place> places,
        List<Actor> actors,
        List<Asset> assets) {

    /** The file names of the reference tables, relative to the reference data folder. */
    public static final String COUNTRIES = "world-countries/countries.json";
    public static final String IDENTIFIERS = "country-identifiers.csv";
    public static final String ORGANISATIONS = "organisations.csv";
    public static final String MEMBERSHIPS = "memberships.csv";
    public static final String TREATIES = "treaties.csv";
    public static final String TREATY_PARTIES = "treaty-parties.csv";
    public static final String TREATY_ARTICLES = "treaty-articles.csv";
    public static final String PLACES = "places.csv";
    public static final String ACTORS = "actors.csv";
    public static final String ASSETS = "assets.csv";

    /** Reads every table through a function that opens a file of the reference folder by name. */
    public static ReferenceData read(java.util.function.Function<String, Input> open) {
        return new ReferenceData(
                WorldCountriesReader.read(open.apply(COUNTRIES)),
                CountryIdentifiersReader.read(open.apply(IDENTIFIERS)),
                OrganisationsReader.read(open.apply(ORGANISATIONS)),
                MembershipsReader.read(open.apply(MEMBERSHIPS)),
                TreatiesReader.read(open.apply(TREATIES)),
                TreatyPartiesReader.read(open.apply(TREATY_PARTIES)),
                TreatyArticlesReader.read(open.apply(TREATY_ARTICLES)),
                PlacesReader.read(open.apply(PLACES)),
                ActorsReader.read(open.apply(ACTORS)),
                AssetsReader.read(open.apply(ASSETS)));
    }
}
