package org.entente.loader.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.entente.loader.StorageException;
import org.entente.loader.UsageException;
import org.entente.loader.mapping.FactType;
import org.entente.loader.source.FactsDocument;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.Input;
import org.entente.loader.source.QuoteLocator;

/**
 * Compares drafts with hand-checked gold facts files (README.md, "Drafting facts from an
 * article"): for every {@code NAME.txt} of a folder with a {@code NAME.facts}, the draft of the
 * text against the gold's events of the scored types. A drafted event matches a gold event of the
 * same text if it has the same type, shares at least one id of the agent role (sender, agent or
 * participant) and, for the types that have one, at least one id of the place role (destination,
 * from, recipient, place); each gold event matches at most one draft, drafts whose quote overlaps
 * the gold's quote first. On the matched events it measures the modality (all three fields equal,
 * an absent field equal to an absent one), the other participants (every id field equal as a set)
 * and the time. A drafted actor or place id that no gold fact of the same text names at all is
 * counted as invented.
 */
public final class Evaluation {

    /** The event types the extractor drafts and the evaluation scores. */
    public static final Set<FactType> SCORED = Set.of(FactType.Deployment, FactType.Withdrawal, FactType.ArmsTransfer,
            FactType.ForceReadiness, FactType.MilitaryExercise, FactType.Evacuation, FactType.Negotiation, FactType.Demand,
            FactType.Appeal, FactType.Warning, FactType.Denial, FactType.Assurance);

    /** The fields that hold an actor or a place: the participants. */
    static final Set<String> PARTICIPANT_FIELDS = Set.of("sender", "agent", "participant", "addressee", "recipient", "destination",
            "from", "place", "accused");

    /** A fact reduced to what is compared: its type, its fields' values by key, its quote spans. */
    record Fact(String id, FactType type, Map<String, Set<String>> fields, List<Span> quotes) {
        Set<String> get(String key) {
            return fields.getOrDefault(key, Set.of());
        }
    }

    /** Counts of one type (or all): gold, drafted, matched. */
    public record Counts(int gold, int drafted, int matched) {
        public double precision() {
            return drafted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / drafted;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(gold + o.gold, drafted + o.drafted, matched + o.matched);
        }
    }

    /** An invented participant: the text, the drafted fact and the id no gold fact of the text names. */
    public record Invented(String text, String fact, String id) {}

    /** The figures of a run. */
    public record Report(int texts, Map<FactType, Counts> perType, Counts overall, int matchedActions, int modalityRight,
            int commitmentRight, int progressRight, int postureRight, int matchedAll, int participantsRight, int timeRight,
            List<Invented> invented) {

        public double modalityAccuracy() {
            return matchedActions == 0 ? 1 : (double) modalityRight / matchedActions;
        }

        public double participantsAccuracy() {
            return matchedAll == 0 ? 1 : (double) participantsRight / matchedAll;
        }

        public double timeAccuracy() {
            return matchedAll == 0 ? 1 : (double) timeRight / matchedAll;
        }

        /** The report as a table for people. */
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("%-17s %5s %7s %7s %9s %6s %6s%n", "type", "gold", "drafted", "matched", "precision", "recall", "F1"));
            perType.forEach((t, c) -> sb.append(row(t.name(), c)));
            sb.append(row("overall", overall));
            sb.append(String.format("texts: %d%n", texts));
            sb.append(String.format("modality right on %d of %d matched action events (%.1f %%): commitment %d, progress %d, posture %d%n",
                    modalityRight, matchedActions, 100 * modalityAccuracy(), commitmentRight, progressRight, postureRight));
            sb.append(String.format("other participants right on %d of %d matched events (%.1f %%); time right on %d (%.1f %%)%n",
                    participantsRight, matchedAll, 100 * participantsAccuracy(), timeRight, 100 * timeAccuracy()));
            sb.append(String.format("invented participants: %d%n", invented.size()));
            for (Invented i : invented) {
                sb.append(String.format("  %s [%s] %s%n", i.text(), i.fact(), i.id()));
            }
            return sb.toString();
        }

        private static String row(String name, Counts c) {
            return String.format("%-17s %5d %7d %7d %9.3f %6.3f %6.3f%n", name, c.gold(), c.drafted(), c.matched(), c.precision(),
                    c.recall(), c.f1());
        }

        /** The same figures as JSON. */
        public String json() {
            JsonObject root = new JsonObject();
            root.put("texts", texts);
            JsonObject types = new JsonObject();
            perType.forEach((t, c) -> types.put(t.name(), counts(c)));
            root.put("perType", types);
            root.put("overall", counts(overall));
            JsonObject modality = new JsonObject();
            modality.put("matchedActionEvents", matchedActions);
            modality.put("allRight", modalityRight);
            modality.put("accuracy", DraftJson.round(modalityAccuracy()));
            modality.put("commitmentRight", commitmentRight);
            modality.put("progressRight", progressRight);
            modality.put("postureRight", postureRight);
            root.put("modality", modality);
            JsonObject participants = new JsonObject();
            participants.put("matchedEvents", matchedAll);
            participants.put("allRight", participantsRight);
            participants.put("accuracy", DraftJson.round(participantsAccuracy()));
            root.put("participants", participants);
            JsonObject time = new JsonObject();
            time.put("right", timeRight);
            time.put("accuracy", DraftJson.round(timeAccuracy()));
            root.put("time", time);
            JsonArray inv = new JsonArray();
            for (Invented i : invented) {
                JsonObject o = new JsonObject();
                o.put("text", i.text());
                o.put("fact", i.fact());
                o.put("id", i.id());
                inv.add(o);
            }
            root.put("invented", inv);
            return DraftJson.write(root);
        }

        private static JsonObject counts(Counts c) {
            JsonObject o = new JsonObject();
            o.put("gold", c.gold());
            o.put("drafted", c.drafted());
            o.put("matched", c.matched());
            o.put("precision", DraftJson.round(c.precision()));
            o.put("recall", DraftJson.round(c.recall()));
            o.put("f1", DraftJson.round(c.f1()));
            return o;
        }
    }

    /** One text and its gold facts file. */
    public record Pair(Path text, Path gold) {}

    private final Extractor extractor;
    private final Set<FactType> scored;

    public Evaluation(Extractor extractor) {
        this(extractor, SCORED);
    }

    /** An evaluation of some of the scored types only (the bundled article's action events). */
    public Evaluation(Extractor extractor, Set<FactType> scored) {
        this.extractor = extractor;
        this.scored = Set.copyOf(scored);
    }

    /** The pairs of a folder: every {@code NAME.txt} with a {@code NAME.facts}, by name. */
    public static List<Pair> pairs(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UsageException(dir + ": no such folder");
        }
        List<Pair> pairs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".txt")) {
                    Path gold = dir.resolve(name.substring(0, name.length() - 4) + ".facts");
                    if (Files.isRegularFile(gold)) {
                        pairs.add(new Pair(p, gold));
                    }
                }
            }
        } catch (IOException e) {
            throw new StorageException("cannot read the folder " + dir + ": " + e.getMessage(), e);
        }
        if (pairs.isEmpty()) {
            throw new UsageException(dir + ": no NAME.txt with a gold NAME.facts beside it");
        }
        return pairs;
    }

    public Report run(List<Pair> pairs) {
        Map<FactType, Counts> perType = new EnumMap<>(FactType.class);
        for (FactType t : FactType.values()) {
            if (scored.contains(t)) {
                perType.put(t, new Counts(0, 0, 0));
            }
        }
        int[] m = new int[8];
        List<Invented> invented = new ArrayList<>();
        for (Pair pair : pairs) {
            Input textInput = Input.of(pair.text());
            String text = textInput.text();
            FactsDocument doc = FactsReader.read(Input.of(pair.gold()));
            ArticleMeta meta = new ArticleMeta(header(doc, "article").orElse("article"), header(doc, "title").orElse("untitled"),
                    header(doc, "published"));
            List<Fact> gold = new ArrayList<>();
            Set<String> goldIds = new HashSet<>();
            for (FactsDocument.Block b : doc.blocks()) {
                Fact f = gold(b, text);
                f.fields().forEach((k, v) -> goldIds.addAll(v));
                if (f.type() != null && scored.contains(f.type())) {
                    gold.add(f);
                }
            }
            Draft draft = extractor.extract(text, meta);
            List<Fact> drafted = new ArrayList<>();
            for (DraftFact d : draft.facts()) {
                Fact f = drafted(d);
                for (String key : PARTICIPANT_FIELDS) {
                    for (String id : f.get(key)) {
                        if (!goldIds.contains(id)) {
                            invented.add(new Invented(pair.text().getFileName().toString(), d.id(), id));
                        }
                    }
                }
                if (scored.contains(f.type())) {
                    drafted.add(f);
                }
            }
            Set<Fact> used = new HashSet<>();
            for (Fact g : gold) {
                perType.merge(g.type(), new Counts(1, 0, 0), Counts::plus);
            }
            for (Fact d : drafted) {
                perType.merge(d.type(), new Counts(0, 1, 0), Counts::plus);
                Optional<Fact> match = best(d, gold, used);
                if (match.isEmpty()) {
                    continue;
                }
                Fact g = match.get();
                used.add(g);
                perType.merge(d.type(), new Counts(0, 0, 1), Counts::plus);
                m[4]++;
                if (d.type().kind() == FactType.Kind.ACTION) {
                    m[0]++;
                    boolean c = d.get("commitment").equals(g.get("commitment"));
                    boolean p = d.get("progress").equals(g.get("progress"));
                    boolean s = d.get("posture").equals(g.get("posture"));
                    m[1] += c && p && s ? 1 : 0;
                    m[2] += c ? 1 : 0;
                    m[3] += p ? 1 : 0;
                    m[7] += s ? 1 : 0;
                }
                boolean participants = true;
                for (String key : PARTICIPANT_FIELDS) {
                    participants &= d.get(key).equals(g.get(key));
                }
                participants &= d.get("asset").equals(g.get("asset"));
                m[5] += participants ? 1 : 0;
                m[6] += d.get("time").equals(g.get("time")) ? 1 : 0;
            }
        }
        Counts overall = perType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        return new Report(pairs.size(), perType, overall, m[0], m[1], m[2], m[3], m[7], m[4], m[5], m[6], invented);
    }

    private static Optional<String> header(FactsDocument doc, String key) {
        return doc.headerField(key).map(FactsDocument.Field::value);
    }

    /** The gold fact that a draft matches, among those not matched yet: one whose quote overlaps first. */
    private static Optional<Fact> best(Fact d, List<Fact> gold, Set<Fact> used) {
        Fact first = null;
        for (Fact g : gold) {
            if (used.contains(g) || !matches(d, g)) {
                continue;
            }
            if (overlaps(d, g)) {
                return Optional.of(g);
            }
            if (first == null) {
                first = g;
            }
        }
        return Optional.ofNullable(first);
    }

    static boolean matches(Fact d, Fact g) {
        if (d.type() != g.type()) {
            return false;
        }
        String agent = agentKey(d.type());
        if (!intersects(d.get(agent), g.get(agent))) {
            return false;
        }
        return placeKey(d.type()).map(k -> intersects(d.get(k), g.get(k))).orElse(true);
    }

    /** The agent role of a type: sender, participant or agent. */
    public static String agentKey(FactType type) {
        return switch (type) {
            case Deployment, ArmsTransfer -> "sender";
            case Negotiation -> "participant";
            default -> "agent";
        };
    }

    /** The place role of a type, if it has one that is matched: destination, from, recipient or place. */
    public static Optional<String> placeKey(FactType type) {
        return switch (type) {
            case Deployment -> Optional.of("destination");
            case Withdrawal, Evacuation -> Optional.of("from");
            case ArmsTransfer -> Optional.of("recipient");
            case MilitaryExercise -> Optional.of("place");
            default -> Optional.empty();
        };
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Fact d, Fact g) {
        for (Span a : d.quotes()) {
            for (Span b : g.quotes()) {
                if (a.start() < b.end() && b.start() < a.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Fact gold(FactsDocument.Block b, String text) {
        FactType type = b.first("type").flatMap(t -> FactType.named(t.value())).orElse(null);
        Map<String, Set<String>> fields = new java.util.HashMap<>();
        List<Span> quotes = new ArrayList<>();
        QuoteLocator locator = new QuoteLocator(text);
        for (FactsDocument.Field f : b.fields()) {
            if (f.key().equals("quote")) {
                try {
                    QuoteLocator.Located l = locator.locate(f.value());
                    quotes.add(new Span(l.start(), l.end()));
                } catch (QuoteLocator.NotLocated e) {
                    // a gold quote that is not in the text matches no draft by overlap
                }
            } else if (!f.key().equals("type")) {
                fields.computeIfAbsent(f.key(), k -> new LinkedHashSet<>()).add(f.value());
            }
        }
        return new Fact(b.id(), type, fields, quotes);
    }

    private static Fact drafted(DraftFact d) {
        Map<String, Set<String>> fields = new java.util.HashMap<>();
        for (DraftField f : d.fields()) {
            fields.computeIfAbsent(f.key(), k -> new LinkedHashSet<>()).add(f.value());
        }
        return new Fact(d.id(), d.type(), fields, List.of(d.quoteSpan()));
    }
}
