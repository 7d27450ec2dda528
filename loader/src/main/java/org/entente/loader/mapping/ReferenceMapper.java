package org.entente.loader.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.entente.loader.source.ReferenceData;

/** Maps all reference tables to their graphs, checking every cross-reference. */
public final class ReferenceMapper {
    private ReferenceMapper() {}

    /** The reference graphs by name, in a stable order. */
    public static Map<Resource, Model> map(ReferenceData data, GraphNames graphs) {
        Catalogue catalogue = Catalogue.of(data, graphs.scheme());
        Map<Resource, Model> out = new LinkedHashMap<>();
        out.put(graphs.countries(), CountriesMapper.map(data, graphs));
        out.put(graphs.organisations(), OrganisationsMapper.map(data.organisations(), data.organisationNames(),
                data.memberships(), catalogue, graphs));
        out.put(graphs.treaties(),
                TreatiesMapper.map(data.treaties(), data.treatyParties(), data.treatyArticles(), catalogue, graphs));
        out.put(graphs.gazetteer(),
                GazetteerMapper.map(data.places(), data.actors(), data.offices(), data.assets(), catalogue, graphs));
        return out;
    }
}
