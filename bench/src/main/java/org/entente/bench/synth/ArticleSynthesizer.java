package org.entente.bench.synth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.entente.loader.source.QuoteLocator;
import org.entente.bench.synth.Lexicon.Entity;

/**
 * Writes one synthetic article: a text of sentences built from templates over the real entities
 * of the reference data, and a facts file whose every fact quotes a passage of that text exactly.
 * Everything comes from one {@link Random} seeded by the caller, so the same seed gives the same
 * bytes.
 */
final class ArticleSynthesizer {

    /** One generated article: its id, text and facts file contents, and how many facts it states. */
    record Article(String id, String text, String facts, int factCount) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
    private static final int DAYS = 12 * 365;

    /** Fact types and their relative weights (the names of {@link org.entente.loader.mapping.FactType}). */
    private static final String[] TYPES = {
        "Deployment", "ForceReadiness", "MilitaryExercise", "Evacuation", "Negotiation", "Demand", "Position",
        "Warning", "Denial", "Assurance", "Appeal", "Assessment", "Prediction", "Proposal", "BorderStatement",
        "MembershipStatement", "Withdrawal", "ArmsTransfer", "Accusation"};
    private static final int[] WEIGHTS = {20, 6, 10, 5, 6, 7, 7, 7, 4, 4, 4, 6, 5, 4, 7, 7, 4, 5, 4};

    /** Asset types that are supplied, not sent with their crews: what an arms transfer moves, never a deployment. */
    private static final java.util.Set<String> MATERIEL = java.util.Set.of("weapons", "ammunition", "military-equipment");

    private static final String[] PURPOSES = {
        "to reassure its allies", "to deter further aggression", "for a rotation of six months",
        "to strengthen air policing", "as part of a long-planned rotation", "to protect critical infrastructure",
        "in response to the military build-up", "to support training missions", "to secure the border"};
    private static final String[] EVACUEES = {
        "the families of its diplomats", "non-essential embassy staff", "its citizens", "aid workers",
        "the staff of its consulates", "civilians from the border villages"};
    private static final String[] ATTRIBUTIONS = {
        ", officials said", ", a spokesperson said", ", according to a statement", ", the ministry said",
        ", diplomats said", ", according to local media"};
    private static final String[] TITLE_TAILS = {
        "a week of deployments and warnings", "tension on the eastern flank", "talks, troops and threats",
        "the crisis deepens", "allies weigh their options", "what the latest moves mean",
        "a new round of brinkmanship", "drills, demands and diplomacy"};

    private final Lexicon lx;

    ArticleSynthesizer(Lexicon lexicon) {
        this.lx = lexicon;
    }

    Article write(String id, long seed, String note) {
        return new Draft(id, new Random(seed)).write(note);
    }

    /** An article under construction. */
    private final class Draft {
        final String id;
        final Random r;
        final LocalDate published;
        final boolean fullDate;
        final boolean opinion;
        final Entity focal;
        final Entity rival;
        final Entity alliance;
        final StringBuilder text = new StringBuilder();
        final StringBuilder facts = new StringBuilder();
        final List<String> quotes = new ArrayList<>();
        final List<String> paragraph = new ArrayList<>();
        final String title;
        int factNo;

        Draft(String id, Random r) {
            this.id = id;
            this.r = r;
            this.published = FIRST_DAY.plusDays(r.nextInt(DAYS));
            this.fullDate = r.nextInt(100) < 85;
            this.opinion = r.nextInt(100) < 30;
            this.focal = pick(lx.borderingStates);
            List<Entity> near = lx.neighbours(focal.id());
            Entity rv = near.isEmpty() || r.nextInt(100) < 30 ? pick(lx.states) : pick(near);
            this.rival = rv.equals(focal) ? pick(lx.states) : rv;
            this.alliance = pick(lx.organisations);
            this.title = cap(plain(focal) + ", " + plain(rival) + " and " + plain(alliance) + ": " + pick(TITLE_TAILS));
        }

        Article write(String note) {
            text.append(title).append("\n\n");
            int wanted = 8 + r.nextInt(23);
            for (int i = 0; i < wanted; i++) {
                for (int attempt = 0; attempt < 20; attempt++) {
                    if (addFact()) {
                        break;
                    }
                }
                if (r.nextInt(100) < 30) {
                    addFiller();
                }
                if (paragraph.size() >= 2 + r.nextInt(3)) {
                    flushParagraph();
                }
            }
            flushParagraph();
            String body = text.toString();
            selfCheck(body);
            StringBuilder header = new StringBuilder();
            header.append("# A synthetic article written by 'kg generate' for benchmarks and tests: its text and\n")
                    .append("# facts are made up from templates over the reference data; it reports nothing real.\n")
                    .append("article: ").append(id).append('\n')
                    .append("title: ").append(title).append('\n')
                    .append("text: ").append(id).append(".txt\n")
                    .append("published: ").append(fullDate ? published.toString() : published.toString().substring(0, 7)).append('\n')
                    .append("genre: ").append(opinion ? "opinion" : "news").append('\n')
                    .append("note: ").append(note).append('\n');
            return new Article(id, body, header + facts.toString(), factNo);
        }

        private void flushParagraph() {
            if (!paragraph.isEmpty()) {
                text.append(String.join(" ", paragraph)).append("\n\n");
                paragraph.clear();
            }
        }

        /** Every quote must be found exactly once: the loader's own locator checks it. */
        private void selfCheck(String body) {
            QuoteLocator locator = new QuoteLocator(body);
            for (String q : quotes) {
                try {
                    locator.locate(q);
                } catch (QuoteLocator.NotLocated e) {
                    throw new IllegalStateException("generator bug in " + id + ": " + e.getMessage());
                }
            }
        }

        private String sofar() {
            return text + String.join(" ", paragraph);
        }

        /** A sentence that no quote occurs in, and that holds its own quote (if any) only once. */
        private boolean fits(String sentence, String quote) {
            for (String q : quotes) {
                if (sentence.contains(q)) {
                    return false;
                }
            }
            if (quote == null) {
                return true;
            }
            String all = sofar();
            if (all.contains(quote)) {
                return false;
            }
            int first = sentence.indexOf(quote);
            return first >= 0 && sentence.indexOf(quote, first + 1) < 0 && !title.contains(quote);
        }

        private void addFiller() {
            String s = switch (r.nextInt(7)) {
                case 0 -> "Analysts in " + plain(pick(lx.states)) + " followed the developments closely.";
                case 1 -> "The mood in " + plain(focal) + " remained tense.";
                case 2 -> "Officials gave no further details.";
                case 3 -> "Further talks are expected in the coming weeks.";
                case 4 -> "It was not immediately clear how " + plain(rival) + " would respond.";
                case 5 -> "Markets in " + plain(pick(lx.states)) + " reacted calmly to the news.";
                default -> "Commentators in " + plain(pick(lx.states)) + " were divided over what it meant.";
            };
            if (fits(s, null)) {
                paragraph.add(s);
            }
        }

        // ---- facts ---------------------------------------------------------------------------

        /** A fact before it is placed in the text: its fields and the clause that states it. */
        private final class Fact {
            final String type;
            final boolean event;
            final String core;
            final List<String[]> fields = new ArrayList<>();
            /** The modality fields of an action event (commitment, progress, posture), in that order. */
            final List<String[]> modality = new ArrayList<>();

            Fact(String type, boolean event, String core) {
                this.type = type;
                this.event = event;
                this.core = core;
            }

            Fact f(String key, String value) {
                // The same entity can be drawn twice (a rival or a place equal to the focal state):
                // a facts file may give a key and value only once.
                for (String[] kv : fields) {
                    if (kv[0].equals(key) && kv[1].equals(value)) {
                        return this;
                    }
                }
                fields.add(new String[] {key, value});
                return this;
            }

            Fact commitment(String v) {
                modality.add(new String[] {"commitment", v});
                return this;
            }

            Fact progress(String v) {
                modality.add(new String[] {"progress", v});
                return this;
            }

            Fact posture(String v) {
                modality.add(new String[] {"posture", v});
                return this;
            }
        }

        private boolean addFact() {
            Fact fact = draftFact(weighted());
            if (fact == null) {
                return false;
            }
            String prefix = "";
            String time = null;
            if (fact.event && r.nextInt(100) < 50) {
                LocalDate day = published.minusDays(r.nextInt(40));
                if (r.nextInt(100) < 75) {
                    prefix = "On " + DAY.format(day) + ", ";
                    time = day.toString();
                } else {
                    prefix = "In " + MONTH.format(day) + ", ";
                    time = day.toString().substring(0, 7);
                }
            }
            String suffix = fact.event && r.nextInt(100) < 35 ? pick(ATTRIBUTIONS) : "";
            String clause = prefix.isEmpty() ? cap(fact.core) : fact.core;
            String sentence = prefix + clause + suffix + ".";
            String quote = r.nextInt(100) < 30 ? sentence : clause;
            if (!fits(sentence, quote)) {
                return false;
            }
            paragraph.add(sentence);
            quotes.add(quote);
            factNo++;
            facts.append('\n').append(String.format(Locale.ROOT, "[f%02d-%s]", factNo, fact.type.toLowerCase(Locale.ROOT))).append('\n');
            facts.append("type: ").append(fact.type).append('\n');
            facts.append("label: ").append(label(fact.core)).append('\n');
            for (String[] kv : fact.fields) {
                facts.append(kv[0]).append(": ").append(kv[1]).append('\n');
            }
            if (fact.event) {
                for (String[] kv : fact.modality) {
                    facts.append(kv[0]).append(": ").append(kv[1]).append('\n');
                }
                if (time != null) {
                    facts.append("time: ").append(time).append('\n');
                }
            }
            facts.append("quote: ").append(quote).append('\n');
            return true;
        }

        private String weighted() {
            int total = 0;
            for (int w : WEIGHTS) {
                total += w;
            }
            int x = r.nextInt(total);
            for (int i = 0; i < TYPES.length; i++) {
                x -= WEIGHTS[i];
                if (x < 0) {
                    return TYPES[i];
                }
            }
            return TYPES[0];
        }

        private Fact draftFact(String type) {
            return switch (type) {
                case "Deployment" -> deployment();
                case "ForceReadiness" -> readiness();
                case "MilitaryExercise" -> exercise();
                case "Evacuation" -> evacuation();
                case "Negotiation" -> negotiation();
                case "Demand" -> demand();
                case "Position" -> position();
                case "Warning" -> warning();
                case "Denial" -> denial();
                case "Assurance" -> assurance();
                case "Appeal" -> appeal();
                case "Assessment" -> assessment();
                case "Prediction" -> prediction();
                case "Proposal" -> proposal();
                case "BorderStatement" -> borderStatement();
                case "MembershipStatement" -> membershipStatement();
                case "Withdrawal" -> withdrawal();
                case "ArmsTransfer" -> armsTransfer();
                case "Accusation" -> accusation();
                default -> throw new IllegalStateException(type);
            };
        }

        private Fact deployment() {
            Entity s = actor();
            Entity d = placeOtherThan(s);
            Entity a = forces();
            String purpose = r.nextInt(100) < 40 ? pick(PURPOSES) : null;
            String status = pick(new String[] {"offered", "announced", "planned", "on-standby", "under-way", "carried-out",
                "considering", "decided", "cancelled"});
            String n = s.name();
            String what = a.name();
            String to = d.name();
            String core = switch (status) {
                case "offered" -> either(n + " offered to send " + what + " to " + to,
                        n + " offered " + what + " for deployment to " + to);
                case "announced" -> either(n + " announced the dispatch of " + what + " to " + to,
                        n + " announced that " + what + " would be sent to " + to);
                case "planned" -> either(n + " drew up plans to deploy " + what + " to " + to,
                        n + " scheduled the move of " + what + " to " + to);
                case "considering" -> either(n + " is considering sending " + what + " to " + to,
                        n + " weighed the deployment of " + what + " to " + to);
                case "decided" -> either(n + " decided to send " + what + " to " + to,
                        n + " ordered " + what + " to " + to);
                case "cancelled" -> n + " called off the deployment of " + what + " to " + to;
                case "on-standby" -> either(n + " put " + what + " on standby for deployment to " + to,
                        n + " placed " + what + " on standby to be sent to " + to);
                case "under-way" -> either(n + " began moving " + what + " to " + to,
                        what + " sent by " + n + " were on their way to " + to);
                default -> either(n + " deployed " + what + " to " + to, n + " sent " + what + " to " + to);
            };
            if (purpose != null) {
                core = core + " " + purpose;
            }
            Fact f = new Fact("Deployment", true, core).f("sender", s.id()).f("destination", d.id()).f("asset", a.id());
            if (purpose != null) {
                f.f("purpose", purpose);
            }
            return switch (status) {
                case "offered", "announced", "considering", "decided" -> f.commitment(status);
                case "on-standby" -> f.posture(status);
                default -> f.progress(status);
            };
        }

        /** An asset type that a deployment sends: forces or equipment with its crews, not supplies. */
        private Entity forces() {
            for (int i = 0; i < 10; i++) {
                Entity a = pick(lx.assets);
                if (!MATERIEL.contains(a.id())) {
                    return a;
                }
            }
            return lx.assets.stream().filter(a -> !MATERIEL.contains(a.id())).findFirst().orElse(pick(lx.assets));
        }

        /** An asset type that an arms transfer supplies: materiel or an equipment type, never troops. */
        private Entity materiel() {
            List<Entity> supplies = lx.assets.stream().filter(a -> MATERIEL.contains(a.id()) || a.name().endsWith(" jets")
                    && !a.id().equals("fighter-jets")).toList();
            return supplies.isEmpty() ? pick(lx.assets) : pick(supplies);
        }

        private Fact readiness() {
            Entity ag = actor();
            Entity a = forces();
            return switch (r.nextInt(4)) {
                case 0 -> new Fact("ForceReadiness", true, ag.name() + " put " + a.name() + " on high alert")
                        .f("agent", ag.id()).f("asset", a.id()).posture("on-alert");
                case 1 -> new Fact("ForceReadiness", true, ag.name() + " kept " + a.name() + " on standby")
                        .f("agent", ag.id()).f("asset", a.id()).posture("on-standby");
                case 2 -> new Fact("ForceReadiness", true, ag.name() + " announced higher readiness for " + a.name())
                        .f("agent", ag.id()).f("asset", a.id()).commitment("announced").posture("on-alert");
                default -> new Fact("ForceReadiness", true, ag.name() + " raised the readiness of " + a.name())
                        .f("agent", ag.id()).f("asset", a.id()).progress("carried-out").posture("on-alert");
            };
        }

        private Fact exercise() {
            Entity a = actor();
            Entity b = r.nextInt(100) < 50 ? actorOtherThan(a) : null;
            Entity p = placeOtherThan(a, b);
            String who = b == null ? a.name() : a.name() + " and " + b.name();
            String status = pick(new String[] {"carried-out", "under-way", "planned", "announced"});
            String core = switch (status) {
                case "carried-out" -> either(who + " held " + (b == null ? "" : "joint ") + "exercises in " + p.name(),
                        who + " completed military drills in " + p.name());
                case "under-way" -> who + " began large-scale drills in " + p.name();
                case "planned" -> who + " scheduled military exercises in " + p.name();
                default -> who + " announced naval and air drills in " + p.name();
            };
            Fact f = new Fact("MilitaryExercise", true, core).f("agent", a.id());
            if (b != null) {
                f.f("agent", b.id());
            }
            f.f("place", p.id());
            return "announced".equals(status) ? f.commitment(status) : f.progress(status);
        }

        private Fact evacuation() {
            Entity a = actor();
            Entity p = placeOtherThan(a);
            String who = pick(EVACUEES);
            String status = pick(new String[] {"carried-out", "under-way", "planned"});
            String core = switch (status) {
                case "carried-out" -> a.name() + " evacuated " + who + " from " + p.name();
                case "under-way" -> a.name() + " began evacuating " + who + " from " + p.name();
                default -> a.name() + " prepared to evacuate " + who + " from " + p.name();
            };
            return new Fact("Evacuation", true, core).f("agent", a.id()).f("evacuees", who).f("from", p.id()).progress(status);
        }

        private Fact negotiation() {
            Entity a = actor();
            Entity b = actorOtherThan(a);
            String topic = either("security guarantees", "troop levels", "arms control", "a ceasefire", "border monitoring");
            int kind = r.nextInt(4);
            String both = a.name() + " and " + b.name();
            Fact f;
            switch (kind) {
                case 0 -> f = new Fact("Negotiation", true, "talks between " + both + " on " + topic + " ended without agreement")
                        .progress("carried-out").f("outcome", "failure");
                case 1 -> f = new Fact("Negotiation", true, both + " reached an agreement on " + topic)
                        .progress("carried-out").f("outcome", "agreement");
                case 2 -> f = new Fact("Negotiation", true, both + " agreed to continue talks on " + topic)
                        .progress("under-way").f("outcome", "continuing");
                default -> f = new Fact("Negotiation", true, both + " are due to hold talks on " + topic).progress("planned");
            }
            return f.f("participant", a.id()).f("participant", b.id());
        }

        private Fact demand() {
            Entity a = actor();
            Entity b = actorOtherThan(a);
            Entity p = placeOtherThan(a, b);
            String core = either(
                    a.name() + " demanded that " + b.name() + " withdraw its forces from " + p.name(),
                    a.name() + " demanded guarantees from " + b.name() + " about military activity in " + p.name(),
                    a.name() + " called for " + b.name() + " to halt all deployments to " + p.name());
            return new Fact("Demand", true, core).f("agent", a.id()).f("addressee", b.id()).f("concerns", p.id())
                    .f("content", sentenceOf(core));
        }

        private Fact position() {
            Entity a = actor();
            Entity b = stateOtherThan(a);
            boolean supports = r.nextBoolean();
            Entity org = pick(lx.organisations);
            String core = supports
                    ? either(a.name() + " said it supports the bid of " + b.name() + " to join " + org.name(),
                            a.name() + " backed closer ties between " + b.name() + " and " + org.name())
                    : either(a.name() + " voiced opposition to any enlargement of " + org.name() + " towards " + b.name(),
                            a.name() + " rejected the plans of " + b.name() + " to join " + org.name());
            return new Fact("Position", true, core).f("agent", a.id()).f("stance", supports ? "supports" : "opposes")
                    .f("concerns", b.id()).f("concerns", org.id()).f("content", sentenceOf(core));
        }

        private Fact warning() {
            Entity a = actor();
            Entity b = actorOtherThan(a);
            Entity p = placeOtherThan(a, b);
            String core = either(
                    a.name() + " warned " + b.name() + " of serious consequences if it moved troops closer to " + p.name(),
                    a.name() + " warned that any incursion into " + p.name() + " by " + b.name() + " would be met with force");
            return new Fact("Warning", true, core).f("agent", a.id()).f("place", p.id()).f("concerns", b.id())
                    .f("content", sentenceOf(core));
        }

        private Fact denial() {
            Entity a = actor();
            Entity b = stateOtherThan(a);
            String core = either(a.name() + " denied planning an invasion of " + b.name(),
                    a.name() + " denied that its forces had entered " + b.name());
            return new Fact("Denial", true, core).f("agent", a.id()).f("concerns", b.id()).f("content", sentenceOf(core));
        }

        private Fact assurance() {
            Entity a = actor();
            Entity b = stateOtherThan(a);
            String core = either(a.name() + " assured " + b.name() + " of its commitment to collective defence",
                    a.name() + " gave " + b.name() + " assurances that it would not be left alone");
            return new Fact("Assurance", true, core).f("agent", a.id()).f("concerns", b.id()).f("content", sentenceOf(core));
        }

        private Fact appeal() {
            Entity a = actor();
            Entity b = actorOtherThan(a);
            Entity p = placeOtherThan(a, b);
            String core = either(a.name() + " called on " + b.name() + " to de-escalate tensions around " + p.name(),
                    a.name() + " urged " + b.name() + " to return to diplomacy over " + p.name());
            return new Fact("Appeal", true, core).f("agent", a.id()).f("addressee", b.id()).f("concerns", p.id())
                    .f("content", sentenceOf(core));
        }

        private Fact assessment() {
            Entity org = alliance;
            Entity s = pick(lx.states);
            String core = either(
                    "the crisis has given " + org.name() + " a new sense of purpose",
                    "tensions between " + focal.name() + " and " + rival.name() + " are at their highest in years",
                    "the security of " + s.name() + " now depends on " + org.name());
            Fact f = new Fact("Assessment", false, core).f("content", sentenceOf(core));
            return core.contains(s.name()) ? f.f("concerns", s.id()).f("concerns", org.id())
                    : core.contains(rival.name()) ? f.f("concerns", focal.id()).f("concerns", rival.id()) : f.f("concerns", org.id());
        }

        private Fact prediction() {
            Entity s = pick(lx.states);
            Entity org = pick(lx.organisations);
            Entity p = place();
            String core = either(
                    s.name() + " is likely to seek closer ties with " + org.name(),
                    "a conflict between " + focal.name() + " and " + rival.name() + " could spread to " + p.name());
            Fact f = new Fact("Prediction", false, core).f("content", sentenceOf(core));
            return core.contains(" could spread ") ? f.f("concerns", focal.id()).f("concerns", rival.id()).f("concerns", p.id())
                    : f.f("concerns", s.id()).f("concerns", org.id());
        }

        private Fact proposal() {
            Entity org = pick(lx.organisations);
            Entity p = place();
            Entity t = lx.treaties.isEmpty() ? null : pick(lx.treaties);
            if (t != null && r.nextInt(100) < 30) {
                String core = "the parties to " + t.name() + " should meet to discuss " + p.name();
                return new Fact("Proposal", false, core).f("content", sentenceOf(core)).f("concerns", t.id()).f("concerns", p.id());
            }
            String core = either(org.name() + " should strengthen its presence in " + p.name(),
                    focal.name() + " and " + rival.name() + " should resume dialogue");
            Fact f = new Fact("Proposal", false, core).f("content", sentenceOf(core));
            return core.contains(" should resume ") ? f.f("concerns", focal.id()).f("concerns", rival.id())
                    : f.f("concerns", org.id()).f("concerns", p.id());
        }

        private Fact borderStatement() {
            boolean affirmed = r.nextInt(100) < 70;
            Entity a = pick(lx.borderingStates);
            Entity b;
            List<Entity> near = lx.neighbours(a.id());
            if (affirmed == (r.nextInt(100) < 90)) {
                // Mostly true statements (corroborated), some false (contradicted).
                b = near.isEmpty() ? stateOtherThan(a) : pick(near);
            } else {
                b = stateOtherThan(a);
            }
            if (b.equals(a)) {
                return null;
            }
            String core = affirmed ? a.name() + " shares a land border with " + b.name()
                    : a.name() + " has no land border with " + b.name();
            return new Fact("BorderStatement", false, core).f("state", a.id()).f("state", b.id()).f("affirmed", affirmed ? "yes" : "no");
        }

        private Fact membershipStatement() {
            Entity org = pick(lx.organisations);
            List<Entity> members = lx.members(org.id(), published);
            boolean affirmed = r.nextInt(100) < 75;
            Entity s = !members.isEmpty() && (affirmed == (r.nextInt(100) < 90)) ? pick(members) : pick(lx.states);
            String core = affirmed ? s.name() + " is a member of " + org.name() : s.name() + " is not a member of " + org.name();
            return new Fact("MembershipStatement", false, core).f("member", s.id()).f("organisation", org.id())
                    .f("affirmed", affirmed ? "yes" : "no");
        }

        private Fact withdrawal() {
            Entity ag = actor();
            Entity from = placeOtherThan(ag);
            Entity a = forces();
            String n = ag.name();
            return switch (r.nextInt(4)) {
                case 0 -> new Fact("Withdrawal", true, n + " withdrew " + a.name() + " from " + from.name())
                        .f("agent", ag.id()).f("from", from.id()).f("asset", a.id()).progress("carried-out");
                case 1 -> new Fact("Withdrawal", true, n + " began pulling " + a.name() + " out of " + from.name())
                        .f("agent", ag.id()).f("from", from.id()).f("asset", a.id()).progress("under-way");
                case 2 -> new Fact("Withdrawal", true, n + " announced the withdrawal of " + a.name() + " from " + from.name())
                        .f("agent", ag.id()).f("from", from.id()).f("asset", a.id()).commitment("announced");
                default -> new Fact("Withdrawal", true, n + " cancelled the planned withdrawal of " + a.name() + " from " + from.name())
                        .f("agent", ag.id()).f("from", from.id()).f("asset", a.id()).progress("cancelled");
            };
        }

        private Fact armsTransfer() {
            Entity s = actor();
            Entity to = actorOtherThan(s);
            Entity a = materiel();
            String n = s.name();
            Fact f = switch (r.nextInt(4)) {
                case 0 -> new Fact("ArmsTransfer", true, n + " delivered " + a.name() + " to " + to.name()).progress("carried-out");
                case 1 -> new Fact("ArmsTransfer", true, n + " pledged " + a.name() + " to " + to.name()).commitment("announced");
                case 2 -> new Fact("ArmsTransfer", true, n + " approved the supply of " + a.name() + " to " + to.name())
                        .commitment("decided");
                default -> new Fact("ArmsTransfer", true, n + " offered " + a.name() + " to " + to.name()).commitment("offered");
            };
            return f.f("sender", s.id()).f("recipient", to.id()).f("asset", a.id());
        }

        private Fact accusation() {
            Entity a = actor();
            Entity b = actorOtherThan(a);
            Entity p = placeOtherThan(a, b);
            if (r.nextInt(100) < 25) {
                String core = b.name() + " was accused of provocations near " + p.name();
                return new Fact("Accusation", true, core).f("accused", b.id()).f("concerns", p.id()).f("content", sentenceOf(core));
            }
            String core = either(a.name() + " accused " + b.name() + " of provocations near " + p.name(),
                    a.name() + " blamed " + b.name() + " for the rising tension around " + p.name());
            return new Fact("Accusation", true, core).f("agent", a.id()).f("accused", b.id()).f("concerns", p.id())
                    .f("content", sentenceOf(core));
        }

        // ---- choices --------------------------------------------------------------------------

        /** An actor: mostly the article's cast and its neighbourhood, sometimes anyone. */
        private Entity actor() {
            int x = r.nextInt(100);
            if (x < 25) {
                return focal;
            }
            if (x < 40) {
                return rival;
            }
            if (x < 55) {
                return alliance;
            }
            if (x < 70) {
                List<Entity> near = lx.neighbours(focal.id());
                return near.isEmpty() ? pick(lx.states) : pick(near);
            }
            if (x < 92) {
                return pick(lx.states);
            }
            if (x < 96 || lx.actors.isEmpty()) {
                return pick(lx.organisations);
            }
            return pick(lx.actors);
        }

        private Entity actorOtherThan(Entity a) {
            for (int i = 0; i < 10; i++) {
                Entity b = actor();
                if (!b.equals(a)) {
                    return b;
                }
            }
            return stateOtherThan(a);
        }

        private Entity stateOtherThan(Entity a) {
            Entity b = pick(lx.states);
            return b.equals(a) ? lx.states.get((lx.states.indexOf(b) + 1) % lx.states.size()) : b;
        }

        /** A place: mostly a state near the article's focus, sometimes a place of the gazetteer. */
        private Entity place() {
            int x = r.nextInt(100);
            if (x < 30) {
                return focal;
            }
            if (x < 55) {
                List<Entity> near = lx.neighbours(focal.id());
                return near.isEmpty() ? pick(lx.states) : pick(near);
            }
            if (x < 75 || lx.places.isEmpty()) {
                return pick(lx.states);
            }
            return pick(lx.places);
        }

        private Entity placeOtherThan(Entity a) {
            return placeOtherThan(a, null);
        }

        /** A place that is neither of two actors (b may be null). */
        private Entity placeOtherThan(Entity a, Entity b) {
            for (int i = 0; i < 10; i++) {
                Entity p = place();
                if (!p.id().equals(a.id()) && (b == null || !p.id().equals(b.id()))) {
                    return p;
                }
            }
            for (Entity p : lx.states) {
                if (!p.id().equals(a.id()) && (b == null || !p.id().equals(b.id()))) {
                    return p;
                }
            }
            throw new IllegalStateException("no place");
        }

        private <T> T pick(List<T> from) {
            return from.get(r.nextInt(from.size()));
        }

        private String pick(String[] from) {
            return from[r.nextInt(from.length)];
        }

        private String either(String... options) {
            return options[r.nextInt(options.length)];
        }
    }

    private static String plain(Entity e) {
        return e.name().startsWith("the ") ? e.name().substring(4) : e.name();
    }

    static String cap(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String sentenceOf(String core) {
        return cap(core) + ".";
    }

    private static String label(String core) {
        String l = cap(core);
        if (l.length() <= 100) {
            return l;
        }
        int cut = l.lastIndexOf(' ', 97);
        return l.substring(0, cut > 40 ? cut : 97) + "...";
    }
}
