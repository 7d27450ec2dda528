package org.entente.server.ld;

import java.util.List;

/**
 * The shell of every HTML page of the site: the head (with /assets/site.css and no inline script
 * or style), the shared header with the navigation (Query · Review · Ontology · VoID · Dumps), and the
 * footer. The web form and any other page of the server reuse {@link #page} or {@link #header}
 * so that the whole site looks alike.
 */
public final class Layout {
    private Layout() {}

    /** The entries of the navigation; NONE for pages that are none of them. */
    public enum Nav {
        QUERY("/", "Query"), REVIEW("/review", "Review"), ONTOLOGY("/ontology", "Ontology"), VOID("/.well-known/void", "VoID"),
        DUMPS("/dumps/", "Dumps"), NONE(null, null);

        private final String path;
        private final String label;

        Nav(String path, String label) {
            this.path = path;
            this.label = label;
        }

        public String path() {
            return path;
        }

        public String label() {
            return label;
        }
    }

    /** A {@code <link rel="alternate">} of the page: another representation of the same resource. */
    public record Alternate(String href, String type, String title) {}

    /** A whole page: title (plain text, escaped here), navigation entry, alternates, main content (HTML). */
    public static String page(Links links, String title, Nav current, List<Alternate> alternates, String mainHtml) {
        StringBuilder sb = new StringBuilder(mainHtml.length() + 2048);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.esc(title)).append(" — Entente</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(Html.esc(links.path("/assets/site.css"))).append("\">\n")
                .append("<link rel=\"icon\" href=\"").append(Html.esc(links.path("/assets/favicon.svg")))
                .append("\" type=\"image/svg+xml\">\n");
        for (Alternate a : alternates) {
            sb.append("<link rel=\"alternate\" type=\"").append(Html.esc(a.type())).append("\" href=\"")
                    .append(Html.esc(a.href())).append("\" title=\"").append(Html.esc(a.title())).append("\">\n");
        }
        sb.append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
                .append(header(links, current))
                .append("<main id=\"main\">\n").append(mainHtml).append("\n</main>\n")
                .append(footer(links))
                .append("</body>\n</html>\n");
        return sb.toString();
    }

    /** The site header: the name of the site and the navigation, the current entry marked. */
    public static String header(Links links, Nav current) {
        StringBuilder sb = new StringBuilder();
        sb.append("<header class=\"site-header\">\n<div class=\"wrap\">\n")
                .append("<a class=\"brand\" href=\"").append(Html.esc(links.path("/"))).append("\">Entente</a>\n")
                .append("<nav aria-label=\"Site\"><ul>");
        for (Nav n : Nav.values()) {
            if (n == Nav.NONE) {
                continue;
            }
            sb.append("<li><a href=\"").append(Html.esc(links.path(n.path()))).append('"');
            if (n == current) {
                sb.append(" aria-current=\"page\"");
            }
            sb.append('>').append(Html.esc(n.label())).append("</a></li>");
        }
        sb.append("</ul></nav>\n</div>\n</header>\n");
        return sb.toString();
    }

    private static String footer(Links links) {
        return "<footer class=\"site-footer\"><div class=\"wrap\">Entente — a knowledge graph of states, alliances, "
                + "treaties and deployments. Data under the licences named in the "
                + "<a href=\"" + Html.esc(links.path("/.well-known/void")) + "\">VoID description</a>.</div></footer>\n";
    }
}
