package org.entente.loader.mapping;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.entente.loader.source.ReferenceData;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;

/**
 * Which ids are known, by kind, and the IRI of each: the entities that facts files and reference
 * tables may refer to.
 */
public interface Catalogue {

    /** True if an entity of this kind has this id. */
    boolean contains(RefKind kind, String id);

    /** The IRI of an entity of this kind with this id (whether or not it is known). */
    Resource iri(RefKind kind, String id);

    /**
     * The first of the kinds, in order, under which the id is known, and its IRI; empty if the id
     * is unknown under all of them.
     */
    default Optional<Resource> resolve(String id, List<RefKind> kinds) {
        for (RefKind k : kinds) {
            if (contains(k, id)) {
                return Optional.of(iri(k, id));
            }
        }
        return Optional.empty();
    }

    /**
     * The ids of the entities of a kind that have this name (a label or an alternative label, in
     * any case), such as WP for "Warsaw Pact" or OSCE for "CSCE". Empty where the catalogue keeps
     * no names.
     */
    default java.util.Set<String> idsNamed(RefKind kind, String name) {
        return java.util.Set.of();
    }

    /** The catalogue of reference tables that have been read but not yet loaded. */
    static Catalogue of(ReferenceData data, IriScheme scheme) {
        Map<RefKind, Set<String>> ids = new EnumMap<>(RefKind.class);
        for (RefKind k : RefKind.values()) {
            ids.put(k, new HashSet<>());
        }
        data.countries().forEach(c -> ids.get(RefKind.STATE).add(c.iso3()));
        data.formerStates().forEach(f -> ids.get(RefKind.STATE).add(f.id()));
        data.organisations().forEach(o -> ids.get(RefKind.ORGANISATION).add(o.id()));
        data.actors().forEach(a -> ids.get(RefKind.ACTOR).add(a.id()));
        data.places().forEach(p -> ids.get(RefKind.PLACE).add(p.id()));
        data.assets().forEach(a -> ids.get(RefKind.ASSET).add(a.id()));
        data.treaties().forEach(t -> ids.get(RefKind.TREATY).add(t.id()));
        // The IRI of each known id is minted once and then shared, as every fact of every article
        // of a load refers to these entities (a Resource and its Node are immutable).
        Map<RefKind, Map<String, Resource>> minted = new EnumMap<>(RefKind.class);
        for (RefKind k : RefKind.values()) {
            minted.put(k, new ConcurrentHashMap<>());
        }
        return new Catalogue() {
            @Override
            public boolean contains(RefKind kind, String id) {
                return ids.get(kind).contains(id);
            }

            @Override
            public Resource iri(RefKind kind, String id) {
                if (!ids.get(kind).contains(id)) {
                    return Catalogue.iriOf(scheme, kind, id);
                }
                return minted.get(kind).computeIfAbsent(id, i -> Catalogue.iriOf(scheme, kind, i));
            }
        };
    }

    /** The catalogue of the entities in a graph (such as the union of a store's graphs). */
    static Catalogue of(Graph graph, IriScheme scheme) {
        Map<RefKind, Node> types = Map.of(
                RefKind.STATE, ENT.State.asNode(),
                RefKind.ORGANISATION, ENT.InternationalOrganisation.asNode(),
                RefKind.ACTOR, ENT.Actor.asNode(),
                RefKind.PLACE, ENT.Place.asNode(),
                RefKind.ASSET, ENT.AssetType.asNode(),
                RefKind.TREATY, ENT.Instrument.asNode());
        return new Catalogue() {
            @Override
            public boolean contains(RefKind kind, String id) {
                try {
                    return graph.contains(iri(kind, id).asNode(), RDF.type.asNode(), types.get(kind));
                } catch (IllegalArgumentException notAnIri) {
                    return false;
                }
            }

            @Override
            public Resource iri(RefKind kind, String id) {
                return Catalogue.iriOf(scheme, kind, id);
            }

            @Override
            public java.util.Set<String> idsNamed(RefKind kind, String name) {
                java.util.Set<String> ids = new java.util.TreeSet<>();
                String wanted = name.strip();
                graph.find(Node.ANY, RDF.type.asNode(), types.get(kind)).forEachRemaining(t -> {
                    Node entity = t.getSubject();
                    for (Node p : List.of(org.apache.jena.vocabulary.RDFS.label.asNode(),
                            org.apache.jena.vocabulary.SKOS.altLabel.asNode())) {
                        graph.find(entity, p, Node.ANY).forEachRemaining(l -> {
                            if (l.getObject().isLiteral() && l.getObject().getLiteralLexicalForm().equalsIgnoreCase(wanted)
                                    && entity.isURI()) {
                                scheme.idOf(kind.iriKind(), entity.getURI()).ifPresent(ids::add);
                            }
                        });
                    }
                });
                return ids;
            }
        };
    }

    /** The IRI that the scheme mints for an id of a kind. */
    static Resource iriOf(IriScheme scheme, RefKind kind, String id) {
        return switch (kind) {
            case STATE -> scheme.state(id);
            case ORGANISATION -> scheme.organisation(id);
            case ACTOR -> scheme.actor(id);
            case PLACE -> scheme.place(id);
            case ASSET -> scheme.asset(id);
            case TREATY -> scheme.treaty(id);
        };
    }
}
