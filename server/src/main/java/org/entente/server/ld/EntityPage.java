package org.entente.server.ld;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.ontology.ENT;
import org.entente.ontology.WIKIDATA;
import org.entente.server.ld.Describer.ArticleView;
import org.entente.server.ld.Describer.EntityView;
import org.entente.server.ld.Describer.FactView;
import org.entente.server.ld.Describer.NaryRow;
import org.entente.server.ld.Describer.QuoteView;

/**
 * The HTML page of a described resource: its label, types, links elsewhere and to queries, the
 * tables of its memberships and treaty participations, the quotes that support a fact, the text of
 * an article with every quote highlighted, and the tables of its properties and incoming links.
 * Every string that comes from the data is escaped.
 */
public final class EntityPage {
    /** Values of one property beyond this many are folded into a details element. */
    static final int SHOWN_VALUES = 12;
    /** Literals longer than this are folded. */
    static final int LONG_LITERAL = 400;

    private static final List<Node> FIRST_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(), DCTerms.title.asNode(), ENT.officialName.asNode(), RDFS.comment.asNode(),
            DCTerms.description.asNode());
    private static final List<Node> DESCRIPTION_PROPERTIES = List.of(RDFS.comment.asNode(),
            DCTerms.description.asNode(), SKOS.definition.asNode());

    private final EntityView v;
    private final Links links;
    private final Map<Node, List<FactView>> factsOfQuote = new HashMap<>();

    private EntityPage(EntityView v, Links links) {
        this.v = v;
        this.links = links;
        v.article().ifPresent(a -> a.facts().forEach(f -> f.quotes().forEach(q -> factsOfQuote
                .computeIfAbsent(q.quote(), k -> new ArrayList<>()).add(f))));
    }

    /**
     * The whole page.
     *
     * @param resourcePath the server path of the resource without extension, such as /id/state/RUS
     */
    public static String render(EntityView v, Links links, String resourcePath) {
        return new EntityPage(v, links).page(resourcePath);
    }

    /** The title of a resource's page: its label, else its short name. */
    static String title(EntityView v, Links links) {
        Node n = v.entity();
        return v.label(n).orElseGet(() -> links.shortName(n.getURI()));
    }

    private String page(String resourcePath) {
        Node n = v.entity();
        String iri = n.getURI();
        String title = title(v, links);
        StringBuilder sb = new StringBuilder(16384);

        sb.append("<article class=\"entity\">\n<header class=\"entity-header\">\n");
        sb.append("<h1>").append(Html.esc(title)).append("</h1>\n");
        sb.append("<p class=\"iri\"><code>").append(Html.esc(iri)).append("</code></p>\n");
        List<Node> types = objects(n, RDF.type.asNode());
        if (!types.isEmpty()) {
            sb.append("<p class=\"types\"><span class=\"muted\">Type:</span> ");
            types.sort(Comparator.comparing((Node t) -> !links.isLocal(uri(t))).thenComparing(this::display));
            for (Node t : types) {
                sb.append(term(t, "type")).append(' ');
            }
            sb.append("</p>\n");
        }
        describe(n).ifPresent(d -> sb.append("<p class=\"lead\">").append(Html.esc(d)).append("</p>\n"));
        sb.append(actions(iri, resourcePath));
        sb.append(elsewhere(n));
        sb.append("</header>\n");
        sb.append(timeline());

        v.article().ifPresent(a -> sb.append(article(a)));
        sb.append(quotes());
        sb.append(nary("memberships", "Memberships", v.memberships(), "Organisation", false, false));
        sb.append(nary("members", "Members over time", v.members(), "Member", true, false));
        sb.append(nary("treaties", "Treaty participations", v.participations(), "Treaty", false, true));
        sb.append(nary("parties", "Parties", v.parties(), "Party", true, true));
        sb.append(properties(n));
        sb.append(incoming(n));
        sb.append("</article>\n");

        List<Layout.Alternate> alternates = new ArrayList<>();
        for (Format f : Format.RDF) {
            alternates.add(new Layout.Alternate(links.path(resourcePath + "." + f.extension()), f.mediaType(),
                    f.label()));
        }
        return Layout.page(links, title, Layout.Nav.NONE, alternates, sb.toString());
    }

    // ---------------------------------------------------------------- header parts

    private String actions(String iri, String resourcePath) {
        StringBuilder sb = new StringBuilder("<p class=\"actions\"><span class=\"muted\">Data:</span> ");
        List<String> parts = new ArrayList<>();
        for (Format f : Format.RDF) {
            parts.add("<a href=\"" + Html.esc(links.path(resourcePath + "." + f.extension())) + "\" type=\""
                    + Html.esc(f.mediaType()) + "\">" + Html.esc(f.label()) + "</a>");
        }
        sb.append(String.join(" · ", parts));
        String select = "SELECT ?property ?value WHERE {\n  <" + iri + "> ?property ?value\n}\nORDER BY ?property ?value";
        String describe = "DESCRIBE <" + iri + ">";
        sb.append(" <span class=\"sep\">|</span> <a class=\"button\" href=\"").append(Html.esc(links.queryForm(select)))
                .append("\">Query this</a> <a href=\"").append(Html.esc(links.queryForm(describe)))
                .append("\">DESCRIBE</a></p>\n");
        return sb.toString();
    }

    /** Links to the same thing elsewhere: Wikidata and DBpedia first, from owl:sameAs and skos matches. */
    private String elsewhere(Node n) {
        List<String> out = new ArrayList<>();
        List<Node> same = new ArrayList<>(objects(n, OWL.sameAs.asNode()));
        same.addAll(objects(n, SKOS.exactMatch.asNode()));
        for (Node o : same) {
            if (!o.isURI()) {
                continue;
            }
            String iri = o.getURI();
            Optional<String> qid = WIKIDATA.qid(iri);
            if (qid.isPresent()) {
                out.add(Html.link(Links.external(iri), "Wikidata " + qid.get(), "ext wikidata", iri));
            } else if (iri.matches("https?://([a-z]+\\.)?dbpedia\\.org/resource/.+")) {
                String name = iri.substring(iri.indexOf("/resource/") + "/resource/".length()).replace('_', ' ');
                out.add(Html.link(Links.external(iri), "DBpedia: " + name, "ext dbpedia", iri));
            } else if (!links.isLocal(iri)) {
                String href = Links.external(iri);
                if (href != null) {
                    out.add(Html.link(href, host(iri), "ext", iri));
                }
            }
        }
        if (out.isEmpty()) {
            return "";
        }
        return "<p class=\"elsewhere\"><span class=\"muted\">Elsewhere:</span> " + String.join(" · ", out) + "</p>\n";
    }

    private Optional<String> describe(Node n) {
        for (Node p : DESCRIPTION_PROPERTIES) {
            List<Node> lits = objects(n, p).stream().filter(Node::isLiteral).toList();
            Optional<Node> pick = Labels.pick(lits);
            if (pick.isPresent()) {
                return Optional.of(pick.get().getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- quotes and articles

    private String quotes() {
        List<QuoteView> qs = v.quotes();
        if (qs.isEmpty()) {
            return "";
        }
        boolean self = qs.size() == 1 && qs.get(0).quote().equals(v.entity());
        StringBuilder sb = new StringBuilder("<section id=\"evidence\">\n<h2>")
                .append(self ? "Quote" : qs.size() == 1 ? "Evidence" : "Evidence (" + qs.size() + " quotes)")
                .append("</h2>\n");
        for (QuoteView q : qs) {
            sb.append(quoteFigure(q, !self));
        }
        return sb.append("</section>\n").toString();
    }

    private String quoteFigure(QuoteView q, boolean linkQuote) {
        String articleHref = q.article() != null && q.article().isURI() ? links.href(q.article().getURI()) : null;
        String inContext = articleHref == null ? null : articleHref + "#" + q.anchor();
        StringBuilder sb = new StringBuilder("<figure class=\"quote\">\n<blockquote");
        if (inContext != null) {
            sb.append(" cite=\"").append(Html.esc(inContext)).append('"');
        }
        sb.append("><p>");
        if (!q.prefix().isEmpty()) {
            sb.append("<span class=\"context\">…").append(Html.esc(oneLine(q.prefix()))).append("</span>");
        }
        sb.append("<mark class=\"exact\">").append(Html.esc(q.exact())).append("</mark>");
        if (!q.suffix().isEmpty()) {
            sb.append("<span class=\"context\">").append(Html.esc(oneLine(q.suffix()))).append("…</span>");
        }
        sb.append("</p></blockquote>\n<figcaption>");
        if (q.article() != null) {
            sb.append("From ").append(value(q.article())).append(", characters ").append(q.start()).append('–')
                    .append(q.end());
        }
        if (inContext != null) {
            sb.append(" · <a class=\"in-context\" href=\"").append(Html.esc(inContext)).append("\">Read in context</a>");
        }
        if (linkQuote && q.quote().isURI()) {
            sb.append(" · ").append(Html.link(links.href(q.quote().getURI()), "quote record"));
        }
        sb.append("</figcaption>\n</figure>\n");
        return sb.toString();
    }

    private String article(ArticleView a) {
        StringBuilder sb = new StringBuilder("<section id=\"article\" class=\"article\">\n");
        sb.append("<p class=\"meta\">");
        List<String> meta = new ArrayList<>();
        if (a.published() != null) {
            meta.add("Published " + value(a.published()));
        }
        meta.add(plural(a.quotes().size(), "quote") + ", " + plural(a.facts().size(), "fact"));
        if (a.sha256() != null) {
            meta.add("SHA-256 <code class=\"hash\">" + Html.esc(a.sha256()) + "</code>");
        }
        sb.append(String.join(" · ", meta)).append("</p>\n");
        sb.append("<h2>Text</h2>\n<p class=\"muted small\">Highlighted passages are the quotes that facts rest on; "
                + "hover over one to see its facts. Darker highlights are where quotes overlap.</p>\n");
        sb.append("<div class=\"article-text\">").append(highlighted(a)).append("</div>\n");

        sb.append("<h2 id=\"facts\">Facts taken from this article</h2>\n<ol class=\"facts\">\n");
        for (FactView f : a.facts()) {
            sb.append("<li>").append(value(f.fact()));
            List<Node> types = new ArrayList<>(f.types());
            types.removeIf(t -> !t.isURI() || !t.getURI().startsWith(ENT.NS) || isSuperType(t, f.types()));
            if (!types.isEmpty()) {
                sb.append(" <span class=\"types\">");
                for (Node t : types) {
                    sb.append(term(t, "type")).append(' ');
                }
                sb.append("</span>");
            }
            for (QuoteView q : f.quotes()) {
                sb.append("<br><a class=\"quote-link\" href=\"#").append(Html.esc(q.anchor())).append("\">“")
                        .append(Html.esc(q.exact())).append("”</a>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ol>\n</section>\n");
        return sb.toString();
    }

    /** Abstract classes that a more specific listed type already implies are left out of the fact list. */
    private static boolean isSuperType(Node t, List<Node> all) {
        String u = t.getURI();
        return all.size() > 1 && (u.equals(ENT.SourcedItem.getURI()) || u.equals(ENT.Event.getURI())
                || u.equals(ENT.SpeechAct.getURI()) || u.equals(ENT.Claim.getURI())
                || u.equals(ENT.ReportedStatement.getURI()));
    }

    /**
     * The article's text with every quote marked. Offsets are Unicode code points. A quote that
     * overlaps no other is one {@code <mark id="q-s-e">}; where quotes overlap, the span is cut at
     * every boundary, each piece is a mark (darker where two or more quotes cover it), and each
     * quote's anchor is an empty element at its start.
     */
    String highlighted(ArticleView a) {
        return highlight(a.text(), a.quotes(), this::factNames);
    }

    /**
     * The text, escaped, with every quote marked; quotes whose offsets do not fit the text are left
     * out. {@code names} gives the labels of the facts a quote supports, for the tooltip.
     */
    static String highlight(String text, List<QuoteView> quotes, Function<QuoteView, List<String>> names) {
        int[] cps = text.codePoints().toArray();
        List<QuoteView> qs = new ArrayList<>();
        for (QuoteView q : quotes) {
            if (q.start() >= 0 && q.start() < q.end() && q.end() <= cps.length) {
                qs.add(q);
            }
        }
        qs.sort(Comparator.comparingInt(QuoteView::start).thenComparingInt(QuoteView::end));
        StringBuilder sb = new StringBuilder(cps.length + qs.size() * 120);
        int pos = 0;
        int i = 0;
        while (i < qs.size()) {
            List<QuoteView> cluster = new ArrayList<>();
            int cs = qs.get(i).start();
            int ce = qs.get(i).end();
            cluster.add(qs.get(i++));
            while (i < qs.size() && qs.get(i).start() < ce) {
                ce = Math.max(ce, qs.get(i).end());
                cluster.add(qs.get(i++));
            }
            sb.append(Html.esc(sub(cps, pos, cs)));
            if (cluster.size() == 1) {
                QuoteView q = cluster.get(0);
                sb.append("<mark class=\"q\" id=\"").append(Html.esc(q.anchor())).append('"')
                        .append(tooltip(cluster, names)).append('>').append(Html.esc(sub(cps, q.start(), q.end())))
                        .append("</mark>");
            } else {
                TreeSet<Integer> bounds = new TreeSet<>();
                cluster.forEach(q -> {
                    bounds.add(q.start());
                    bounds.add(q.end());
                });
                Set<String> anchored = new HashSet<>();
                Integer b = bounds.first();
                while (b != null && b < ce) {
                    Integer next = bounds.higher(b);
                    final int from = b;
                    final int to = next;
                    for (QuoteView q : cluster) {
                        if (q.start() == from && anchored.add(q.anchor())) {
                            sb.append("<span class=\"qanchor\" id=\"").append(Html.esc(q.anchor())).append("\"></span>");
                        }
                    }
                    List<QuoteView> covering = cluster.stream().filter(q -> q.start() <= from && q.end() >= to).toList();
                    String seg = Html.esc(sub(cps, from, to));
                    if (covering.isEmpty()) {
                        sb.append(seg);
                    } else {
                        sb.append("<mark class=\"q").append(covering.size() > 1 ? " overlap" : "").append('"')
                                .append(tooltip(covering, names)).append('>').append(seg).append("</mark>");
                    }
                    b = next;
                }
            }
            pos = ce;
        }
        sb.append(Html.esc(sub(cps, pos, cps.length)));
        return sb.toString();
    }

    private List<String> factNames(QuoteView q) {
        List<String> out = new ArrayList<>();
        for (FactView f : factsOfQuote.getOrDefault(q.quote(), List.of())) {
            out.add(v.label(f.fact()).orElse(links.shortName(uri(f.fact()))));
        }
        return out;
    }

    private static String tooltip(List<QuoteView> qs, Function<QuoteView, List<String>> names) {
        List<String> all = new ArrayList<>();
        for (QuoteView q : qs) {
            for (String n : names.apply(q)) {
                if (!all.contains(n)) {
                    all.add(n);
                }
            }
        }
        return all.isEmpty() ? "" : " title=\"" + Html.esc(String.join("\n", all)) + "\"";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String sub(int[] cps, int from, int to) {
        return new String(cps, from, to - from);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    // ---------------------------------------------------------------- the timeline

    /** The memberships (a state's) or members (an organisation's) as bars, and the dated events that name the entity. */
    private String timeline() {
        List<EntityTimeline.Lane> lanes = new ArrayList<>();
        for (NaryRow r : v.memberships()) {
            lanes.add(period(r, r.other()));
        }
        for (NaryRow r : v.members()) {
            lanes.add(period(r, r.state()));
        }
        for (Describer.EventView e : v.events()) {
            String name = display(e.event());
            String href = e.event().isURI() ? links.href(e.event().getURI()) : null;
            lanes.add(new EntityTimeline.Lane(name, href, List.of(new EntityTimeline.Mark(e.time(), null, true,
                    name + ": " + e.time(), href, "tl-c1"))));
        }
        String heading = v.members().isEmpty() ? "Timeline" : "Members over time: timeline";
        return EntityTimeline.render(heading, lanes, java.time.LocalDate.now());
    }

    private EntityTimeline.Lane period(NaryRow r, Node who) {
        String name = who == null ? "—" : display(who);
        String whoHref = who != null && who.isURI() ? links.href(who.getURI()) : null;
        String record = r.node().isURI() ? links.href(r.node().getURI()) : null;
        String title = name + ": " + (r.start() == null ? "?" : r.start()) + " – " + (r.end() == null ? "(not ended)" : r.end());
        return new EntityTimeline.Lane(name, whoHref, List.of(new EntityTimeline.Mark(r.start(), r.end(), false, title, record, "tl-c0")));
    }

    // ---------------------------------------------------------------- n-ary tables

    private String nary(String id, String heading, List<NaryRow> rows, String otherHeading, boolean showState,
            boolean treaty) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<section id=\"").append(id).append("\">\n<h2>").append(Html.esc(heading))
                .append(" <span class=\"count\">").append(rows.size()).append("</span></h2>\n")
                .append("<div class=\"table-wrap\"><table class=\"nary\">\n<thead><tr><th scope=\"col\">")
                .append(Html.esc(otherHeading)).append("</th>");
        if (treaty) {
            sb.append("<th scope=\"col\">Signed</th><th scope=\"col\">Party from</th>");
        } else {
            sb.append("<th scope=\"col\">From</th>");
        }
        sb.append("<th scope=\"col\">Until</th><th scope=\"col\">Source</th><th scope=\"col\"><span class=\"visually-hidden\">Record</span></th></tr></thead>\n<tbody>\n");
        for (NaryRow r : rows) {
            Node who = showState ? r.state() : r.other();
            sb.append("<tr");
            if (r.end() != null) {
                sb.append(" class=\"ended\"");
            }
            sb.append("><td>").append(who == null ? "—" : value(who)).append("</td>");
            if (treaty) {
                sb.append("<td>").append(date(r.signed())).append("</td>");
            }
            sb.append("<td>").append(date(r.start())).append("</td><td>").append(date(r.end())).append("</td><td>");
            List<String> src = new ArrayList<>();
            for (String s : r.sources()) {
                String href = Links.external(s);
                src.add(Html.link(href, host(s), "ext", s));
            }
            sb.append(src.isEmpty() ? "—" : String.join("<br>", src)).append("</td><td>")
                    .append(Html.link(r.node().isURI() ? links.href(r.node().getURI()) : null, "record", "record", null))
                    .append("</td></tr>\n");
        }
        return sb.append("</tbody></table></div>\n</section>\n").toString();
    }

    private static String date(String d) {
        if (d == null) {
            return "<span class=\"muted\">—</span>";
        }
        return "<time datetime=\"" + Html.esc(d) + "\">" + Html.esc(d) + "</time>";
    }

    // ---------------------------------------------------------------- properties and incoming links

    private String properties(Node n) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        List<Triple> own = v.graph().find(n, Node.ANY, Node.ANY).toList();
        for (Triple t : own) {
            if (t.getPredicate().equals(RDF.type.asNode())) {
                continue;
            }
            byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        }
        if (byProperty.isEmpty()) {
            return "";
        }
        List<Node> props = new ArrayList<>(byProperty.keySet());
        props.sort(propertyOrder());
        StringBuilder sb = new StringBuilder("<section id=\"properties\">\n<h2>Properties</h2>\n")
                .append("<div class=\"table-wrap\"><table class=\"props\">\n<thead><tr><th scope=\"col\">Property</th>")
                .append("<th scope=\"col\">Value</th></tr></thead>\n<tbody>\n");
        for (Node p : props) {
            List<Node> values = byProperty.get(p);
            values.sort(valueOrder());
            sb.append("<tr><th scope=\"row\">").append(term(p, "prop")).append("</th><td>");
            List<String> rendered = new ArrayList<>();
            for (Node o : values) {
                String cell = value(o);
                if (v.inferredOnly().contains(Triple.create(n, p, o))) {
                    cell += " <span class=\"badge\" title=\"Derived by the loader's inference, not stated by a source\">inferred</span>";
                }
                rendered.add(cell);
            }
            sb.append(valueList(rendered)).append("</td></tr>\n");
        }
        return sb.append("</tbody></table></div>\n</section>\n").toString();
    }

    private String incoming(Node n) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Triple t : v.graph().find(Node.ANY, Node.ANY, n).toList()) {
            if (t.getSubject().equals(n)) {
                continue;
            }
            byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getSubject());
        }
        if (byProperty.isEmpty()) {
            return "";
        }
        List<Node> props = new ArrayList<>(byProperty.keySet());
        props.sort(propertyOrder());
        long total = v.description().incomingTotal();
        StringBuilder sb = new StringBuilder("<section id=\"incoming\">\n<h2>Incoming links <span class=\"count\">")
                .append(total).append("</span></h2>\n");
        if (v.description().incomingTruncated()) {
            String q = "SELECT ?subject ?property WHERE {\n  ?subject ?property <" + n.getURI() + ">\n}";
            sb.append("<p class=\"note\">Showing the first ").append(v.description().incomingShown()).append(" of ")
                    .append(total).append(". ").append(Html.link(links.queryForm(q), "Query for all of them"))
                    .append(".</p>\n");
        }
        sb.append("<div class=\"table-wrap\"><table class=\"props incoming\">\n<thead><tr><th scope=\"col\">Subject</th>")
                .append("<th scope=\"col\">is … of this</th></tr></thead>\n<tbody>\n");
        for (Node p : props) {
            List<Node> subjects = byProperty.get(p);
            subjects.sort(Comparator.comparing(this::display));
            List<String> rendered = subjects.stream().map(this::value).toList();
            sb.append("<tr><td>").append(valueList(rendered)).append("</td><th scope=\"row\"><span class=\"muted\">is</span> ")
                    .append(term(p, "prop")).append(" <span class=\"muted\">of this</span></th></tr>\n");
        }
        return sb.append("</tbody></table></div>\n</section>\n").toString();
    }

    private static String valueList(List<String> rendered) {
        StringBuilder sb = new StringBuilder("<ul class=\"values\">");
        int shown = rendered.size() > SHOWN_VALUES + 3 ? SHOWN_VALUES : rendered.size();
        for (int i = 0; i < shown; i++) {
            sb.append("<li>").append(rendered.get(i)).append("</li>");
        }
        sb.append("</ul>");
        if (shown < rendered.size()) {
            sb.append("<details><summary>").append(rendered.size() - shown).append(" more</summary><ul class=\"values\">");
            for (int i = shown; i < rendered.size(); i++) {
                sb.append("<li>").append(rendered.get(i)).append("</li>");
            }
            sb.append("</ul></details>");
        }
        return sb.toString();
    }

    private Comparator<Node> propertyOrder() {
        return Comparator.comparingInt((Node p) -> {
            int i = FIRST_PROPERTIES.indexOf(p);
            return i < 0 ? FIRST_PROPERTIES.size() : i;
        }).thenComparing(p -> !p.getURI().startsWith(ENT.NS)).thenComparing(p -> links.shortName(p.getURI()));
    }

    /** Literals: English first, then by language and text; resources by their label. */
    private Comparator<Node> valueOrder() {
        return Comparator.comparingInt((Node o) -> o.isLiteral() ? Labels.rank(o) : 3)
                .thenComparing(o -> o.isLiteral() ? o.getLiteralLanguage() : "")
                .thenComparing(this::display);
    }

    // ---------------------------------------------------------------- terms and values

    /** A class or property: its prefixed name, linked to the ontology docs or to its own IRI. */
    private String term(Node t, String cssClass) {
        if (!t.isURI()) {
            return "<span class=\"" + cssClass + "\">" + Html.esc(t.toString()) + "</span>";
        }
        String iri = t.getURI();
        String name = links.shortName(iri);
        String label = v.label(t).orElse(null);
        String title = label == null ? iri : label + " — " + iri;
        if (cssClass.equals("type") && label != null && iri.startsWith(ENT.NS)) {
            return Html.link(links.href(iri), label, cssClass, name + " — " + iri);
        }
        String href = links.href(iri);
        boolean external = href != null && !links.isLocal(iri);
        return Html.link(href, name, external ? cssClass + " ext" : cssClass, title);
    }

    /** A value: a link with the label for IRIs, the text with its language or datatype for literals. */
    String value(Node o) {
        if (o.isURI()) {
            String iri = o.getURI();
            String href = links.href(iri);
            Optional<String> label = v.label(o);
            if (links.isLocal(iri)) {
                return Html.link(href, label.orElse(links.shortName(iri)), "res", iri);
            }
            String text = label.map(l -> l + " (" + links.shortName(iri) + ")").orElse(links.shortName(iri));
            return Html.link(href, text, href == null ? null : "ext", iri);
        }
        if (o.isBlank()) {
            return "<span class=\"muted\">[blank node]</span>";
        }
        if (o.isLiteral()) {
            String lex = o.getLiteralLexicalForm();
            StringBuilder sb = new StringBuilder();
            String lang = o.getLiteralLanguage();
            // The language, for screen readers and fonts; dir=auto for right-to-left scripts.
            String langAttr = lang.isEmpty() ? " dir=\"auto\"" : " lang=\"" + Html.esc(lang) + "\" dir=\"auto\"";
            if (lex.length() > LONG_LITERAL) {
                int cut = lex.offsetByCodePoints(0, Math.min(lex.codePointCount(0, lex.length()), 200));
                sb.append("<details class=\"long\"><summary><span class=\"lit\"").append(langAttr).append('>')
                        .append(Html.esc(lex.substring(0, cut))).append("…</span></summary><div class=\"lit long-text\"")
                        .append(langAttr).append('>').append(Html.esc(lex)).append("</div></details>");
            } else {
                sb.append("<span class=\"lit\"").append(langAttr).append('>').append(Html.esc(lex)).append("</span>");
            }
            if (!lang.isEmpty()) {
                sb.append(" <span class=\"lang\" title=\"language\">").append(Html.esc(lang)).append("</span>");
            } else {
                String dt = o.getLiteralDatatypeURI();
                if (dt != null && !dt.equals(XSDDatatype.XSDstring.getURI())) {
                    sb.append(" <span class=\"dt\" title=\"").append(Html.esc(dt)).append("\">")
                            .append(Html.esc(links.shortName(dt))).append("</span>");
                }
            }
            return sb.toString();
        }
        return Html.esc(o.toString());
    }

    private String display(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (n.isURI()) {
            return v.label(n).orElse(links.shortName(n.getURI()));
        }
        return n.toString();
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        v.graph().find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static String uri(Node n) {
        return n.isURI() ? n.getURI() : n.toString();
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            if (h != null) {
                return h.startsWith("www.") ? h.substring(4) : h;
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        return url;
    }
}
