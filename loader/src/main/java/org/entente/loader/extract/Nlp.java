package org.entente.loader.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

import org.entente.loader.StorageException;

/**
 * Sentences, tokens, part-of-speech tags (Universal Dependencies) and lemmas, by Apache OpenNLP with
 * its English UD-EWT models of {@code opennlp-models-*-en}, read from the class path. The models are
 * read once, when first needed; the OpenNLP tools that use them are not thread-safe, so each thread
 * gets its own.
 */
final class Nlp {
    private Nlp() {}

    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** A token: its text, its UTF-16 offsets in the article, its UD tag, its lemma (lower case). */
    record Token(String text, int start, int end, String tag, String lemma) {
        boolean is(String... lemmas) {
            for (String l : lemmas) {
                if (lemma.equals(l)) {
                    return true;
                }
            }
            return false;
        }

        boolean isVerb() {
            return tag.startsWith("VERB") || tag.startsWith("AUX");
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** A sentence: its UTF-16 offsets in the article and its tokens. */
    record Sentence(int start, int end, List<Token> tokens) {
        String text(String article) {
            return article.substring(start, end);
        }
    }

    /** The models, read on first use (class initialisation is thread-safe and happens once). */
    private static final class Models {
        static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
        static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
        static final POSModel POS = load(POS_MODEL, POSModel::new);
        static final LemmatizerModel LEMMAS = load(LEMMA_MODEL, LemmatizerModel::new);
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = Nlp.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new StorageException("cannot read the OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }

    /** One thread's OpenNLP tools over the shared models. */
    private record Tools(SentenceDetectorME sentences, Tokenizer tokens, Tagger pos, Lemmatizer lemmas) {}

    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(() -> new Tools(
            new SentenceDetectorME(Models.SENTENCES), new Tokenizer(new TokenizerME(Models.TOKENS)), new Tagger(Models.POS),
            new Lemmatizer(Models.LEMMAS)));

    /**
     * What {@link TokenizerME#tokenizePos(String)} answers. TokenizerME splits the text at white
     * space and then decides the splits inside each piece from that piece alone (its characters, the
     * abbreviation dictionary), so the pieces of a word already seen in the article are reused.
     */
    private static final class Tokenizer {
        private static final int MAX_REMEMBERED = 20_000;
        private final TokenizerME tokenizer;
        private final java.util.Map<String, opennlp.tools.util.Span[]> seen = new java.util.HashMap<>();

        Tokenizer(TokenizerME tokenizer) {
            this.tokenizer = tokenizer;
        }

        void newArticle() {
            seen.clear();
        }

        opennlp.tools.util.Span[] tokenizePos(String sentence) {
            List<opennlp.tools.util.Span> out = new ArrayList<>();
            for (opennlp.tools.util.Span w : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
                String word = sentence.substring(w.getStart(), w.getEnd());
                opennlp.tools.util.Span[] pieces = seen.get(word);
                if (pieces == null) {
                    pieces = tokenizer.tokenizePos(word);
                    if (seen.size() >= MAX_REMEMBERED) {
                        seen.clear();
                    }
                    seen.put(word, pieces);
                }
                for (opennlp.tools.util.Span p : pieces) {
                    out.add(new opennlp.tools.util.Span(w.getStart() + p.getStart(), w.getStart() + p.getEnd()));
                }
            }
            return out.toArray(new opennlp.tools.util.Span[0]);
        }
    }

    /**
     * What {@link POSTaggerME#tag(String[])} answers (UD tags), over the same model, context
     * generator and sequence validator, with the faster {@link BeamSearch} of this package (same
     * result). A model whose tags are not UD, or that is not a maxent model, is left to POSTaggerME.
     */
    private static final class Tagger {
        private final POSTaggerME plain;
        private final BeamSearch beam;
        private final POSContextGenerator contexts;
        private final SequenceValidator<String> validator;

        Tagger(POSModel model) {
            String size = model.getManifestProperty(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER);
            int beamSize = size == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(size);
            Object maxent = model.getArtifact("pos.model");
            if (maxent instanceof MaxentModel m
                    && POSTagFormatMapper.guessFormat(model) == POSTagFormat.UD) {
                this.plain = null;
                this.beam = new BeamSearch(beamSize, m);
                this.contexts = model.getFactory().getPOSContextGenerator(beamSize);
                this.validator = model.getFactory().getSequenceValidator();
            } else {
                this.plain = new POSTaggerME(model);
                this.beam = null;
                this.contexts = null;
                this.validator = null;
            }
        }

        void newArticle() {
            if (beam != null) {
                beam.newRun();
            }
        }

        String[] tag(String[] words) {
            if (plain != null) {
                return plain.tag(words);
            }
            return beam.bestSequence(words, null, contexts, validator).getOutcomes().toArray(new String[0]);
        }
    }

    /**
     * What {@link LemmatizerME#lemmatize(String[], String[])} answers, over the same model, context
     * generator and sequence validator, with the faster {@link BeamSearch} of this package (same
     * result; the model's scores of a context are remembered for one article).
     */
    private static final class Lemmatizer {
        private final BeamSearch beam;
        private final LemmatizerContextGenerator contexts;
        private final SequenceValidator<String> validator;

        Lemmatizer(LemmatizerModel model) {
            String size = model.getManifestProperty(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER);
            Object maxent = model.getArtifact("lemmatizer.model");
            if (!(maxent instanceof MaxentModel m)) {
                throw new IllegalStateException("the OpenNLP lemmatizer model " + LEMMA_MODEL + " is not a maxent model");
            }
            this.beam = new BeamSearch(size == null ? LemmatizerME.DEFAULT_BEAM_SIZE : Integer.parseInt(size), m);
            this.contexts = model.getFactory().getContextGenerator();
            this.validator = model.getFactory().getSequenceValidator();
        }

        void newArticle() {
            beam.newRun();
        }

        String[] lemmatize(String[] words, String[] tags) {
            Sequence best = beam.bestSequence(words, new Object[] {tags}, contexts, validator);
            return LemmatizerME.decodeLemmas(words, best.getOutcomes().toArray(new String[0]));
        }
    }

    /** Reads the models now (they are otherwise read on first use). */
    static void warmUp() {
        TOOLS.get();
    }

    /** A month as news agencies abbreviate it, at the end of a sentence the detector found. */
    private static final java.util.regex.Pattern MONTH_END = java.util.regex.Pattern.compile(
            "\\b(Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.$");

    /** "the drills would end on Feb. 20 as planned": a sentence the detector ended at a month's abbreviation before a day goes on. */
    private static List<opennlp.tools.util.Span> joined(String line, opennlp.tools.util.Span[] spans) {
        List<opennlp.tools.util.Span> result = new ArrayList<>();
        for (opennlp.tools.util.Span s : spans) {
            if (!result.isEmpty()) {
                opennlp.tools.util.Span last = result.get(result.size() - 1);
                String before = line.substring(last.getStart(), last.getEnd());
                String next = line.substring(s.getStart(), s.getEnd());
                if (MONTH_END.matcher(before).find() && !next.isEmpty() && Character.isDigit(next.charAt(0))) {
                    result.set(result.size() - 1, new opennlp.tools.util.Span(last.getStart(), s.getEnd()));
                    continue;
                }
            }
            result.add(s);
        }
        return result;
    }

    /**
     * The sentences of a text with their tokens. Line breaks always end a sentence (a headline, a
     * paragraph), so the sentence detector runs on each line.
     */
    static List<Sentence> analyse(String text) {
        Tools t = TOOLS.get();
        forget(t);
        try {
            return sentences(t, text);
        } finally {
            // nothing is kept from one article to the next, nor held by an idle thread
            forget(t);
        }
    }

    private static void forget(Tools t) {
        t.tokens().newArticle();
        t.pos().newArticle();
        t.lemmas().newArticle();
    }

    private static List<Sentence> sentences(Tools t, String text) {
        List<Sentence> result = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (opennlp.tools.util.Span s : joined(line, t.sentences().sentPosDetect(line))) {
                    int sStart = lineStart + s.getStart();
                    String sentence = line.substring(s.getStart(), s.getEnd());
                    opennlp.tools.util.Span[] spans = t.tokens().tokenizePos(sentence);
                    String[] words = new String[spans.length];
                    for (int i = 0; i < spans.length; i++) {
                        words[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
                    }
                    String[] tags = t.pos().tag(words);
                    String[] lemmas = t.lemmas().lemmatize(words, tags);
                    List<Token> tokens = new ArrayList<>();
                    for (int i = 0; i < words.length; i++) {
                        tokens.add(new Token(words[i], sStart + spans[i].getStart(), sStart + spans[i].getEnd(), tags[i],
                                lemmas[i].toLowerCase(Locale.ROOT)));
                    }
                    result.add(new Sentence(sStart, lineStart + s.getEnd(), List.copyOf(tokens)));
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return result;
    }
}
