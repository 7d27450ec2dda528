package org.entente.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The ontology and the SHACL shapes as resources of this module. */
public final class Ontology {
    private Ontology() {}

    /** Classpath location of the ontology in Turtle. */
    public static final String ONTOLOGY_RESOURCE = "org/entente/ontology/entente.ttl";
    /** Classpath location of the SHACL shapes in Turtle. */
    public static final String SHAPES_RESOURCE = "org/entente/ontology/shapes.ttl";

    /** The ontology, freshly parsed. */
    public static Model ontology() {
        return parse(ONTOLOGY_RESOURCE);
    }

    /** The SHACL shapes, freshly parsed. */
    public static Model shapes() {
        return parse(SHAPES_RESOURCE);
    }

    /** The raw bytes of the ontology document, for serving it as it was written. */
    public static byte[] ontologyBytes() {
        try (InputStream in = open(ONTOLOGY_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Model parse(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = open(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    private static InputStream open(String resource) {
        InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource on the classpath: " + resource);
        }
        return in;
    }
}
