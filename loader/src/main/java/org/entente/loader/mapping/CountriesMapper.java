package org.entente.loader.mapping;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.loader.source.Country;
import org.entente.loader.source.CountryIdentifiers;
import org.entente.ontology.ENT;
import org.entente.ontology.GEO;
import org.entente.ontology.IriScheme;

/** Maps world-countries joined with the country identifiers to the countries graph. */
public final class CountriesMapper {
    private CountriesMapper() {}


    public static Model map(List<Country> countries, List<CountryIdentifiers> identifiers, GraphNames graphs) {
        IriScheme scheme = graphs.scheme();
        Model m = ModelFactory.createDefaultModel();
        DataSources.describe(m, graphs.countries(), "Countries and territories",
                "The 250 countries and territories of the world-countries data set (codes, names in many languages, "
                        + "region, coordinates, area, land borders), joined with Our World in Data's table of "
                        + "Wikidata items and Correlates of War codes.",
                new Resource[] {DataSources.ODBL, DataSources.CC_BY_4},
                DataSources.WORLD_COUNTRIES, DataSources.OWID_COUNTRIES);

        Set<String> codes = countries.stream().map(Country::iso3).collect(Collectors.toSet());
        Map<String, CountryIdentifiers> ids = new HashMap<>();
        identifiers.forEach(i -> ids.put(i.iso3(), i));

        for (Country c : countries) {
            Resource s = scheme.state(c.iso3());
            m.add(s, RDF.type, ENT.State);
            c.independent().ifPresent(ind -> m.add(s, RDF.type, ind ? ENT.SovereignState : ENT.DependentTerritory));
            c.names().forEach((lang, name) -> m.add(s, RDFS.label, name, lang));
            c.officialNames().forEach((lang, name) -> m.add(s, ENT.officialName, name, lang));
            m.add(s, ENT.iso3166Alpha3, Rdf.string(c.iso3()));
            m.add(s, ENT.iso3166Alpha2, Rdf.string(c.iso2()));
            if (!c.numeric().isEmpty()) {
                m.add(s, ENT.iso3166Numeric, Rdf.string(c.numeric()));
            }
            if (!c.region().isEmpty()) {
                m.add(s, ENT.continent, Rdf.string(c.region()));
            }
            if (!c.subregion().isEmpty()) {
                m.add(s, ENT.subregion, Rdf.string(c.subregion()));
            }
            c.latLong().ifPresent(ll -> {
                m.add(s, GEO.lat, decimal(ll[0]));
                m.add(s, GEO.long_, decimal(ll[1]));
            });
            c.areaKm2().ifPresent(a -> m.add(s, ENT.areaKm2, decimal(a)));
            m.addLiteral(s, ENT.landlocked, c.landlocked());
            m.addLiteral(s, ENT.unMember, c.unMember());
            for (String b : c.borders()) {
                if (!codes.contains(b)) {
                    throw c.origin().error("border with unknown country code '" + b + "'");
                }
                m.add(s, ENT.sharesLandBorderWith, scheme.state(b));
            }
            CountryIdentifiers id = ids.get(c.iso3());
            if (id != null) {
                Rdf.sameAsWikidata(m, s, id.wikidata());
                id.cowCode().ifPresent(code -> m.addLiteral(s, ENT.cowStateCode,
                        ResourceFactory.createTypedLiteral(Integer.toString(code), XSDDatatype.XSDinteger)));
                id.cowLetters().ifPresent(l -> m.add(s, ENT.cowStateAbbreviation, Rdf.string(l)));
            }
        }
        return m;
    }

    private static org.apache.jena.rdf.model.Literal decimal(double d) {
        return ResourceFactory.createTypedLiteral(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(),
                XSDDatatype.XSDdecimal);
    }
}
