package org.entente.server.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.entente.loader.query.ParameterType;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;
import org.entente.server.ld.Links;
import org.entente.server.service.EntitySearch;

/**
 * {@code /api/config}: what a client needs to know to query this server and to show its answers:
 * the base IRI, the endpoint, the standard prefixes, where an IRI links to (the rules of the Linked
 * Data pages, {@link Links}), and, for each parameter type that names an entity, its class, its
 * kind in {@code /api/entities} and the namespace whose local names are its values. The web form
 * knows nothing of the IRI scheme but this.
 */
@Path("/config")
public final class ConfigResource {

    /**
     * Where links to IRIs go. {@code match} is {@code prefix} (an IRI that starts with {@code iri}
     * links to {@code href} followed by the rest of the IRI), {@code start} (every such IRI links to
     * {@code href}), {@code document} ({@code iri} itself and {@code iri#fragment} link to
     * {@code href}) or {@code exact} (only {@code iri} itself). The longest {@code iri} that matches
     * wins; an http(s) IRI that no rule matches links to itself, any other IRI nowhere.
     */
    public record LinkRule(String iri, String href, String match) {}

    /**
     * A parameter type that names an entity: the entity's class, its kind in {@code /api/entities}
     * ({@code type=}), and the namespace under which a value ({@code POL}) is the local name of the
     * entity's IRI.
     */
    public record EntityType(String classIri, String search, String namespace) {}

    public record Config(String baseIri, String endpoint, Map<String, String> prefixes, List<LinkRule> links,
            Map<String, EntityType> entityTypes) {}

    /** The configuration for a base IRI, endpoint path and prefixes. */
    public static Config config(String baseIri, String endpoint, PrefixMapping prefixes) {
        IriScheme scheme = IriScheme.of(baseIri);
        return new Config(baseIri, endpoint, new TreeMap<>(prefixes.getNsPrefixMap()),
                linkRules(new Links("", scheme, prefixes)), entityTypes(scheme));
    }

    /**
     * The link rules, read off {@link Links} for the namespaces it may treat specially: those of the
     * prefixes, the graphs, the ontology and the VoID document. A namespace whose IRIs link to
     * themselves needs no rule.
     */
    static List<LinkRule> linkRules(Links links) {
        Set<String> candidates = new LinkedHashSet<>(links.prefixes().getNsPrefixMap().values());
        candidates.add(links.scheme().graph().getURI());
        candidates.add(ENT.ONTOLOGY_IRI);
        candidates.add(links.scheme().voidDocument().getURI());
        String probe = "x";
        List<LinkRule> rules = new ArrayList<>();
        for (String iri : candidates) {
            String href = links.href(iri);
            String longer = links.href(iri + probe);
            if (href == null || longer == null) {
                continue;
            }
            if (href.equals(iri) && longer.equals(iri + probe)) {
                continue; // links to itself, as any http(s) IRI does
            }
            String match = longer.equals(href + probe) ? "prefix" : longer.equals(href) ? "start"
                    : href.equals(links.href(iri + "#" + probe)) ? "document" : "exact";
            rules.add(new LinkRule(iri, href, match));
        }
        rules.sort(Comparator.comparing((LinkRule r) -> -r.iri().length()).thenComparing(LinkRule::iri));
        return List.copyOf(rules);
    }

    /** The parameter types that name entities (state, organisation, treaty), by the name /api/queries gives them. */
    static Map<String, EntityType> entityTypes(IriScheme scheme) {
        Map<String, EntityType> out = new LinkedHashMap<>();
        out.put(name(ParameterType.STATE), new EntityType(ENT.State.getURI(), EntitySearch.Kind.STATE.label(),
                namespace(scheme::state)));
        out.put(name(ParameterType.ORGANISATION), new EntityType(ENT.InternationalOrganisation.getURI(),
                EntitySearch.Kind.ORGANISATION.label(), namespace(scheme::organisation)));
        out.put(name(ParameterType.TREATY), new EntityType(ENT.Treaty.getURI(), EntitySearch.Kind.TREATY.label(),
                namespace(scheme::treaty)));
        return out;
    }

    private static String name(ParameterType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** The namespace the scheme mints an id into: the IRI of a probe id without the probe. */
    private static String namespace(Function<String, Resource> mint) {
        String probe = "PROBE";
        String iri = mint.apply(probe).getURI();
        if (!iri.endsWith("/" + probe)) {
            throw new IllegalStateException("the IRI scheme no longer ends an entity's IRI with its id: " + iri);
        }
        return iri.substring(0, iri.length() - probe.length());
    }

    private final Config config;

    @Inject
    public ConfigResource(Config config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Config config() {
        return config;
    }
}
