package org.entente.loader.source;

import java.time.LocalDate;
import java.util.List;

/** All reference tables, read and checked for form (not yet for cross-references). */
public record ReferenceData(
        List<Country> countries,
        List<CountryIdentifiers> identifiers,
        List<FormerState> formerStates,
        List<StatePeriod> statePeriods,
        List<StateRelation> stateRelations,
        List<LandBorder> landBorders,
        List<StateStatus> stateStatuses,
        List<Organisation> organisations,
        List<OrganisationName> organisationNames,
        List<Membership> memberships,
        List<Treaty> treaties,
        List<TreatyParty> treatyParties,
        List<TreatyArticle> treatyArticles,
        List<Place> places,
        List<Actor> actors,
        List<OfficeTerm> offices,
        List<Asset> assets,
        List<Alias> aliases) {

    /**
     * The first day the historical tables cover: 1945-10-24, the UN Charter's entry into force.
     * States, borders and memberships before that day are not recorded; an empty start in
     * state-periods.csv or land-borders.csv means "before this day".
     */
    public static final LocalDate COVERAGE_START = LocalDate.of(1945, 10, 24);

    /** The file names of the reference tables, relative to the reference data folder. */
    public static final String COUNTRIES = "world-countries/countries.json";
    public static final String IDENTIFIERS = "country-identifiers.csv";
    public static final String FORMER_STATES = "former-states.csv";
    public static final String STATE_PERIODS = "state-periods.csv";
    public static final String STATE_RELATIONS = "state-relations.csv";
    public static final String LAND_BORDERS = "land-borders.csv";
    public static final String STATE_STATUS = "state-status.csv";
    public static final String ORGANISATIONS = "organisations.csv";
    public static final String ORGANISATION_NAMES = "organisation-names.csv";
    public static final String MEMBERSHIPS = "memberships.csv";
    public static final String TREATIES = "treaties.csv";
    public static final String TREATY_PARTIES = "treaty-parties.csv";
    public static final String TREATY_ARTICLES = "treaty-articles.csv";
    public static final String PLACES = "places.csv";
    public static final String ACTORS = "actors.csv";
    public static final String OFFICES = "offices.csv";
    public static final String ASSETS = "assets.csv";
    /** Other names of the entities, for kg extract (not loaded into the graph). */
    public static final String ALIASES = "aliases.csv";

    /** Reads every table through a function that opens a file of the reference folder by name. */
    public static ReferenceData read(java.util.function.Function<String, Input> open) {
        return new ReferenceData(
                WorldCountriesReader.read(open.apply(COUNTRIES)),
                CountryIdentifiersReader.read(open.apply(IDENTIFIERS)),
                FormerStatesReader.read(open.apply(FORMER_STATES)),
                StatePeriodsReader.read(open.apply(STATE_PERIODS)),
                StateRelationsReader.read(open.apply(STATE_RELATIONS)),
                LandBordersReader.read(open.apply(LAND_BORDERS)),
                StateStatusReader.read(open.apply(STATE_STATUS)),
                OrganisationsReader.read(open.apply(ORGANISATIONS)),
                OrganisationNamesReader.read(open.apply(ORGANISATION_NAMES)),
                MembershipsReader.read(open.apply(MEMBERSHIPS)),
                TreatiesReader.read(open.apply(TREATIES)),
                TreatyPartiesReader.read(open.apply(TREATY_PARTIES)),
                TreatyArticlesReader.read(open.apply(TREATY_ARTICLES)),
                PlacesReader.read(open.apply(PLACES)),
                ActorsReader.read(open.apply(ACTORS)),
                OfficesReader.read(open.apply(OFFICES)),
                AssetsReader.read(open.apply(ASSETS)),
                AliasesReader.read(open.apply(ALIASES)));
    }
}
