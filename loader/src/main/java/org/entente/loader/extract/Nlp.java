package org.entente.loader.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

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
    private record Tools(SentenceDetectorME sentences, TokenizerME tokens, POSTaggerME pos, LemmatizerME lemmas) {}

    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(() -> new Tools(
            new SentenceDetectorME(Models.SENTENCES), new TokenizerME(Models.TOKENS), new POSTaggerME(Models.POS),
            new LemmatizerME(Models.LEMMAS)));

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
