package org.entente.server.ld;

import java.util.List;

/** The small pages: not found, and the list of dumps. */
public final class Pages {
    private Pages() {}

    /** The 404 page for an IRI the store does not know (null: a path that maps to no IRI). */
    public static String notFound(Links links, String iri) {
        StringBuilder sb = new StringBuilder("<article class=\"entity\">\n<h1>Not found</h1>\n");
        if (iri != null) {
            sb.append("<p>This dataset has no description of</p>\n<p class=\"iri\"><code>").append(Html.esc(iri))
                    .append("</code></p>\n<p>Nothing in the store has this IRI as subject or object. ")
                    .append(Html.link(links.queryForm("SELECT ?s ?p ?o WHERE {\n  ?s ?p ?o\n  FILTER(CONTAINS(STR(?s), \""
                            + sparqlString(lastSegment(iri)) + "\"))\n}\nLIMIT 100"), "Search the data for similar IRIs"))
                    .append(", or start from an example: ")
                    .append(Html.link(links.path("/id/state/RUS"), "Russia")).append(", ")
                    .append(Html.link(links.path("/id/organisation/NATO"), "NATO")).append(".</p>\n");
        } else {
            sb.append("<p>There is nothing at this address.</p>\n");
        }
        sb.append("</article>\n");
        return Layout.page(links, "Not found", Layout.Nav.NONE, List.of(), sb.toString());
    }

    /** The list of dumps. */
    public static String dumps(Links links, String serverRoot) {
        StringBuilder sb = new StringBuilder("<article>\n<h1>Dumps</h1>\n<p>The whole store, every named graph with its "
                + "name, generated from the store at the moment you download it.</p>\n<ul class=\"dumps\">\n");
        for (Dumps.Dump d : Dumps.Dump.values()) {
            sb.append("<li><a href=\"").append(Html.esc(links.path("/dumps/" + d.fileName()))).append("\" download>")
                    .append(Html.esc(d.fileName())).append("</a> — ").append(Html.esc(d.description())).append(" <span class=\"muted\">(")
                    .append(Html.esc(d.contentType())).append(")</span></li>\n");
        }
        sb.append("</ul>\n<p>The <a href=\"").append(Html.esc(links.path("/.well-known/void")))
                .append("\">VoID description</a> lists the graphs, their licences and sizes.</p>\n")
                .append("<pre class=\"example\"><code>curl -O ").append(Html.esc(serverRoot + "/dumps/kg.nq.gz"))
                .append("</code></pre>\n</article>\n");
        return Layout.page(links, "Dumps", Layout.Nav.DUMPS, List.of(), sb.toString());
    }

    private static String lastSegment(String iri) {
        String s = iri;
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        int i = s.lastIndexOf('/');
        return i >= 0 ? s.substring(i + 1) : s;
    }

    private static String sparqlString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r");
    }
}
