package org.entente.server.ld;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The Linked Data face of the server: every IRI the project mints dereferences, with content
 * negotiation between an HTML page and RDF; the ontology and its documentation; the VoID
 * description; and dumps of the store. (The pages' style sheet and icon under {@code /assets/} are
 * the server's static files: {@link org.entente.server.http.StaticFileServlet}.)
 *
 * <pre>
 *   /id/*, /graph/*        a resource of the store (negotiated; .html .ttl .jsonld .nt .rdf name a format)
 *   /ontology              the ontology (negotiated; /ontology.ttl is entente.ttl byte for byte;
 *                          the version IRI's path, /ontology/0.1.0, is the same)
 *   /.well-known/void      the VoID description (Turtle or JSON-LD; .ttl .jsonld .nt .rdf)
 *   /dumps/                the list of dumps: /dumps/kg.trig, /dumps/kg.nq.gz
 * </pre>
 */
public final class LinkedData {
    private LinkedData() {}

    /** Adds the Linked Data servlets to a Fuseki server under construction. */
    public static void install(FusekiServer.Builder builder, LinkedDataContext context) {
        Describer describer = new Describer(context.store(), context.graphs());
        EntityServlet entities = new EntityServlet(context, describer);
        builder.addServlet("/id/*", entities);
        builder.addServlet("/graph/*", entities);

        OntologyServlet ontology = new OntologyServlet(context);
        builder.addServlet(OntologyServlet.PATH, ontology);
        if (ontology.versionPath() != null) {
            builder.addServlet(ontology.versionPath(), ontology);
        }
        for (Format f : Format.ALL) {
            builder.addServlet(OntologyServlet.PATH + "." + f.extension(), ontology);
        }

        VoidServlet voidServlet = new VoidServlet(context);
        builder.addServlet(VoidServlet.PATH, voidServlet);
        for (Format f : Format.RDF) {
            builder.addServlet(VoidServlet.PATH + "." + f.extension(), voidServlet);
        }

        DumpServlet dumps = new DumpServlet(context);
        builder.addServlet("/dumps", dumps);
        builder.addServlet("/dumps/*", dumps);
    }
}
