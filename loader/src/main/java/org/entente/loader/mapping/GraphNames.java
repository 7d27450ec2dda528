package org.entente.loader.mapping;

import org.apache.jena.rdf.model.Resource;
import org.entente.ontology.IriScheme;

/**
 * The named graphs of the store: one per source, and one of materialised inferences. The default
 * graph for queries is the union of all of them.
 */
public final class GraphNames {
    /** The local names of the graphs, under {@code {base}graph/}. */
    public static final String ONTOLOGY = "ontology";
    public static final String COUNTRIES = "countries";
    public static final String ORGANISATIONS = "organisations";
    public static final String TREATIES = "treaties";
    public static final String GAZETTEER = "gazetteer";
    public static final String INFERRED = "inferred";
    public static final String ARTICLE = "article";

    private final IriScheme scheme;

    public GraphNames(IriScheme scheme) {
        this.scheme = scheme;
    }

    public IriScheme scheme() {
        return scheme;
    }

    public Resource ontology() {
        return scheme.graph(ONTOLOGY);
    }

    public Resource countries() {
        return scheme.graph(COUNTRIES);
    }

    public Resource organisations() {
        return scheme.graph(ORGANISATIONS);
    }

    public Resource treaties() {
        return scheme.graph(TREATIES);
    }

    public Resource gazetteer() {
        return scheme.graph(GAZETTEER);
    }

    public Resource inferred() {
        return scheme.graph(INFERRED);
    }

    /** The graph of one article. */
    public Resource article(String id) {
        return scheme.graph(ARTICLE, id);
    }

    /** True if the graph holds an article. */
    public boolean isArticle(String graphIri) {
        return scheme.parse(graphIri)
                .filter(m -> m.kind() == IriScheme.Kind.GRAPH && m.fragment() == null && m.segments().size() == 2
                        && m.segments().get(0).equals(ARTICLE))
                .isPresent();
    }
}
