package org.entente.loader.mapping;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.loader.source.ControlCharacters;
import org.entente.loader.source.FactsDocument;
import org.entente.loader.source.Input;
import org.entente.loader.source.InputException;
import org.entente.loader.source.Patterns;
import org.entente.loader.source.QuoteLocator;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;

/**
 * Maps an article and its facts file to the article's graph: the source document with its full
 * text, every fact with its participants and modality, and every quote with its Web Annotation
 * selectors. Any problem is reported with the facts file's name and line, and nothing is returned.
 */
public final class ArticleMapper {
    private ArticleMapper() {}

    /** The header keys of a facts file and whether each is required. */
    static final Map<String, Boolean> HEADER = Map.of(
            "article", true, "title", true, "text", true, "published", true, "genre", false, "note", false,
            "source", false, "generated-by", false, "generated-at", false, "review", false);

    private static final Pattern URL = Pattern.compile(Patterns.URL);
    /** A confidence: a decimal from 0 to 1 with at most six decimals. */
    private static final Pattern CONFIDENCE = Pattern.compile("(0(\\.[0-9]{1,6})?|1(\\.0{1,6})?)");

    /** The article's id, from the header of a facts file (needed before mapping, to name its graph). */
    /** True if an article may have this id (lower-case letters, digits and hyphens). */
    public static boolean isArticleId(String id) {
        return id != null && Patterns.isSlug(id);
    }

    public static String articleId(FactsDocument facts) {
        FactsDocument.Field f = facts.headerField("article")
                .orElseThrow(() -> facts.error(1, "the header has no 'article:' (the article's id)"));
        if (!Patterns.isSlug(f.value())) {
            throw facts.error(f.line(), "article id '" + f.value()
                    + "' must be lower-case letters, digits and hyphens (such as nato-second-life)");
        }
        return f.value();
    }

    public static Model map(FactsDocument facts, Input text, Catalogue catalogue, GraphNames graphs) {
        IriScheme scheme = graphs.scheme();
        checkHeader(facts);
        String id = articleId(facts);
        String body = checkedText(text);
        Model m = ModelFactory.createDefaultModel();

        Resource graph = graphs.article(id);
        DataSources.describe(m, graph, "Article: " + facts.headerField("title").get().value(),
                "The facts of one source document, curated by hand; each points to the passage of the text that supports it.",
                new Resource[] {DataSources.CC_BY_4}, scheme.article(id));

        Resource article = scheme.article(id);
        String genre = facts.headerField("genre").map(FactsDocument.Field::value).orElse("news");
        if (!Set.of("news", "opinion").contains(genre)) {
            throw facts.error(facts.headerField("genre").get().line(), "genre is '" + genre + "'; expected news or opinion");
        }
        m.add(article, RDF.type, "opinion".equals(genre) ? ENT.OpinionArticle : ENT.NewsArticle);
        m.add(article, DCTerms.title, Rdf.en(facts.headerField("title").get().value()));
        m.add(article, RDFS.label, Rdf.en(facts.headerField("title").get().value()));
        m.add(article, DCTerms.identifier, Rdf.string(id));
        FactsDocument.Field published = facts.headerField("published").get();
        m.add(article, ENT.publicationTime, TimeMapper.instant(m, scheme, time(facts, published)));
        m.add(article, ENT.text, Rdf.string(body));
        m.add(article, ENT.sha256, Rdf.string(sha256(text.bytes())));
        m.add(article, DCTerms.rights, Rdf.en("The text is quoted in full for provenance; its copyright remains with its author and publisher."));
        facts.headerField("note").ifPresent(n -> m.add(article, SKOS.editorialNote, Rdf.en(n.value())));
        facts.headerField("source").ifPresent(s -> {
            if (!URL.matcher(s.value()).matches()) {
                throw facts.error(s.line(), "source is '" + s.value() + "'; expected an http(s) URL");
            }
            m.add(article, DCTerms.source, Rdf.iri(s.value()));
        });

        Provenance provenance = Provenance.of(facts);
        Resource extraction = provenance.describe(m, scheme, id, article);

        QuoteLocator locator = new QuoteLocator(body);
        Set<String> factIds = new java.util.HashSet<>();
        facts.blocks().forEach(b -> factIds.add(b.id()));
        for (FactsDocument.Block block : facts.blocks()) {
            Resource fact = mapFact(m, facts, block, id, article, locator, catalogue, scheme, factIds);
            m.add(fact, ENT.reviewStatus, provenance.status());
            if (extraction != null) {
                m.add(fact, org.entente.ontology.PROV.wasGeneratedBy, extraction);
            } else {
                block.first("confidence").ifPresent(c -> {
                    throw facts.error(c.line(), "fact '" + block.id() + "' has a 'confidence', which only an extractor gives;"
                            + " the header has no 'generated-by:'");
                });
            }
        }
        return m;
    }

    /**
     * The largest article text accepted: 4 MiB, a thousand times the bundled article and longer
     * than any news article or essay; the text is stored whole, as one literal.
     */
    public static final int MAX_TEXT_BYTES = 4 << 20;

    /** The article's text, if it is not too big, not empty and holds no character that cannot be stored. */
    private static String checkedText(Input text) {
        if (text.bytes().length > MAX_TEXT_BYTES) {
            throw new InputException(text.name(), "is " + text.bytes().length + " bytes; an article text may have at most "
                    + MAX_TEXT_BYTES + " bytes (4 MiB)");
        }
        String body = text.text();
        if (body.isBlank()) {
            throw new InputException(text.name(), "is empty; expected the text of the article");
        }
        int bad = ControlCharacters.first(body, "\t\n\r");
        if (bad >= 0) {
            int line = 1 + (int) body.substring(0, bad).chars().filter(c -> c == '\n').count();
            throw new InputException(text.name(), line, ControlCharacters.describe(body.charAt(bad))
                    + "; an article text may contain no control characters other than tab and line breaks");
        }
        return body;
    }

    private static void checkHeader(FactsDocument facts) {
        for (FactsDocument.Field f : facts.header()) {
            if (!HEADER.containsKey(f.key())) {
                throw facts.error(f.line(), "unknown header key '" + f.key() + "'; expected one of "
                        + new java.util.TreeSet<>(HEADER.keySet()));
            }
            if (facts.header().stream().filter(g -> g.key().equals(f.key())).count() > 1) {
                throw facts.error(f.line(), "header key '" + f.key() + "' is given more than once");
            }
        }
        HEADER.forEach((key, required) -> {
            if (required && facts.headerField(key).isEmpty()) {
                throw facts.error(1, "the header has no '" + key + ":'");
            }
        });
        // 'kg load --article' gives the text itself, but the header must still be what a bundled
        // article's header may be: the same facts file must not pass one way and fail the other.
        facts.textFileName();
    }

    private static Resource mapFact(Model m, FactsDocument facts, FactsDocument.Block block, String articleId,
            Resource article, QuoteLocator locator, Catalogue catalogue, IriScheme scheme, Set<String> factIds) {
        FactsDocument.Field typeField = block.first("type").orElseThrow(() -> facts.error(block.line(),
                "fact '" + block.id() + "' has no 'type:'"));
        FactType type = FactType.named(typeField.value()).orElseThrow(() -> facts.error(typeField.line(),
                "unknown fact type '" + typeField.value() + "'; expected one of " + List.of(FactType.values())));
        Resource fact = scheme.fact(articleId, block.id());
        m.add(fact, RDF.type, type.ontologyClass());
        m.add(fact, ENT.accordingTo, article);

        // The same value twice is one triple, not two: a border statement with 'state: SWE' twice
        // names one state, which only SHACL would notice, without the line.
        Map<KeyValue, Integer> given = new java.util.HashMap<>();
        for (FactsDocument.Field f : block.fields()) {
            if (f.key().equals("type")) {
                if (f != typeField) {
                    throw facts.error(f.line(), "'type' is given more than once");
                }
                continue;
            }
            Integer first = given.putIfAbsent(new KeyValue(f.key(), f.value()), f.line());
            if (first != null) {
                throw facts.error(f.line(), "fact '" + block.id() + "' gives '" + f.key() + ": " + f.value() + "' twice (lines "
                        + first + " and " + f.line() + ")");
            }
            if (f.key().equals("status")) {
                throw facts.error(f.line(), FactType.STATUS_SPLIT);
            }
            if (FactType.MODALITY.containsKey(f.key()) && type.kind() != FactType.Kind.ACTION) {
                throw facts.error(f.line(), "fact '" + block.id() + "' (" + type + ") is " + type.kind().description()
                        + ": it takes no '" + f.key() + "' (no commitment, progress or posture; see FORMAT.md)");
            }
            FactType.Field spec = type.fields().get(f.key());
            if (spec == null) {
                throw facts.error(f.line(), "'" + f.key() + "' is not a field of a " + type + "; its fields are "
                        + type.fields().keySet());
            }
            switch (spec.value()) {
                case QUOTE -> m.add(fact, ENT.evidence, quote(m, facts, f, articleId, article, locator, scheme));
                case TIME -> m.add(fact, ENT.time, TimeMapper.instant(m, scheme, time(facts, f)));
                case FACT -> {
                    if (!factIds.contains(f.value()) || f.value().equals(block.id())) {
                        throw facts.error(f.line(), "'" + f.key() + "' names '" + f.value() + "', which is no other fact of this file");
                    }
                    m.add(fact, spec.property(), scheme.fact(articleId, f.value()));
                }
                default -> m.add(fact, spec.property(), value(facts, f, spec.value(), catalogue));
            }
        }
        Map<String, List<FactsDocument.Field>> byKey = new java.util.HashMap<>();
        for (FactsDocument.Field f : block.fields()) {
            byKey.computeIfAbsent(f.key(), k -> new java.util.ArrayList<>()).add(f);
        }
        for (FactType.Field spec : type.fields().values()) {
            List<FactsDocument.Field> values = byKey.getOrDefault(spec.key(), List.of());
            long n = values.size();
            if (n < spec.min()) {
                throw facts.error(block.line(), "fact '" + block.id() + "' (" + type + ") needs "
                        + (spec.min() == 1 ? "a '" + spec.key() + "'" : "at least " + spec.min() + " '" + spec.key() + "' lines"));
            }
            if (n > spec.max()) {
                throw facts.error(values.get(spec.max()).line(), "fact '" + block.id() + "' (" + type
                        + ") takes " + (spec.max() == 1 ? "one '" + spec.key() + "'" : "at most " + spec.max() + " '" + spec.key() + "' lines"));
            }
        }
        if (type.kind() == FactType.Kind.ACTION && FactType.MODALITY.keySet().stream().noneMatch(byKey::containsKey)) {
            throw facts.error(block.line(), "fact '" + block.id() + "' (" + type + ") needs the modality the text gives: "
                    + "at least one of 'commitment', 'progress' or 'posture' (see FORMAT.md)");
        }
        return fact;
    }

    /** A field's key and value, for finding a value given twice. */
    private record KeyValue(String key, String value) {}

    private static RDFNode value(FactsDocument facts, FactsDocument.Field f, FactType.Value kind, Catalogue catalogue) {
        String v = f.value();
        return switch (kind) {
            case TEXT -> Rdf.en(v);
            case COMMITMENT -> symbol(facts, f, FactType.COMMITMENTS);
            case PROGRESS -> symbol(facts, f, FactType.PROGRESSES);
            case POSTURE -> symbol(facts, f, FactType.POSTURES);
            case OUTCOME -> symbol(facts, f, FactType.OUTCOMES);
            case STANCE -> symbol(facts, f, FactType.STANCES);
            case CONFIDENCE -> {
                if (!CONFIDENCE.matcher(v).matches()) {
                    throw facts.error(f.line(), "'confidence' is '" + v + "'; expected a decimal from 0 to 1, such as 0.83");
                }
                yield ResourceFactory.createTypedLiteral(v, XSDDatatype.XSDdecimal);
            }
            case BOOLEAN -> switch (v) {
                case "yes", "true" -> ResourceFactory.createTypedLiteral("true", XSDDatatype.XSDboolean);
                case "no", "false" -> ResourceFactory.createTypedLiteral("false", XSDDatatype.XSDboolean);
                default -> throw facts.error(f.line(), "'" + f.key() + "' is '" + v + "'; expected yes or no");
            };
            default -> catalogue.resolve(v, kind.refKinds()).orElseThrow(() -> facts.error(f.line(),
                    "'" + f.key() + "' names unknown " + nouns(kind.refKinds()) + " '" + v + "'"));
        };
    }

    private static String nouns(List<RefKind> kinds) {
        List<String> n = kinds.stream().map(RefKind::noun).toList();
        return n.size() == 1 ? n.get(0) : String.join(", ", n.subList(0, n.size() - 1)) + " or " + n.get(n.size() - 1);
    }

    private static Resource symbol(FactsDocument facts, FactsDocument.Field f, Map<String, Resource> symbols) {
        Resource r = symbols.get(f.value());
        if (r == null) {
            throw facts.error(f.line(), "'" + f.key() + "' is '" + f.value() + "'; expected one of " + symbols.keySet());
        }
        return r;
    }

    private static TimeMapper.Time time(FactsDocument facts, FactsDocument.Field f) {
        try {
            return TimeMapper.parse(f.value());
        } catch (IllegalArgumentException e) {
            throw facts.error(f.line(), "'" + f.key() + "': " + e.getMessage());
        }
    }

    private static Resource quote(Model m, FactsDocument facts, FactsDocument.Field f, String articleId,
            Resource article, QuoteLocator locator, IriScheme scheme) {
        QuoteLocator.Located at;
        try {
            at = locator.locate(f.value());
        } catch (QuoteLocator.NotLocated e) {
            throw facts.error(f.line(), e.getMessage());
        }
        Resource q = scheme.quote(articleId, at.start(), at.end());
        Resource text = scheme.quoteTextSelector(articleId, at.start(), at.end());
        Resource position = scheme.quotePositionSelector(articleId, at.start(), at.end());
        m.add(q, RDF.type, ENT.Quote);
        m.add(q, RDF.type, OA.SpecificResource);
        m.add(q, OA.hasSource, article);
        m.add(q, OA.hasSelector, text);
        m.add(q, OA.hasSelector, position);
        m.add(q, RDFS.label, Rdf.en("“" + at.exact() + "”"));
        m.add(q, ENT.sentence, Rdf.string(at.sentence()));
        m.add(text, RDF.type, OA.TextQuoteSelector);
        m.add(text, OA.exact, Rdf.string(at.exact()));
        m.add(text, OA.prefix, Rdf.string(at.prefix()));
        m.add(text, OA.suffix, Rdf.string(at.suffix()));
        m.add(position, RDF.type, OA.TextPositionSelector);
        m.add(position, OA.start, nonNegative(at.start()));
        m.add(position, OA.end, nonNegative(at.end()));
        return q;
    }

    private static Literal nonNegative(int n) {
        return ResourceFactory.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
