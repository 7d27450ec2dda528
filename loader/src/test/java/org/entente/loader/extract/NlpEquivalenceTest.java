package org.entente.loader.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import org.junit.jupiter.api.Test;

/**
 * The faster search of {@link Nlp} (its own {@link BeamSearch}, {@link MaxentScores}, the tokenizer's
 * remembered pieces) gives exactly what OpenNLP's own TokenizerME, POSTaggerME and LemmatizerME give.
 */
class NlpEquivalenceTest {

    private static <M> M model(String resource, ModelReader<M> reader) throws IOException {
        try (InputStream in = NlpEquivalenceTest.class.getClassLoader().getResourceAsStream(resource)) {
            return reader.read(in);
        }
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    @Test
    void tokensTagsAndLemmasAreOpenNlpsOwnOnTheDevelopmentTexts() throws IOException {
        TokenizerModel tokenModel = model(Nlp.TOKEN_MODEL, TokenizerModel::new);
        POSModel posModel = model(Nlp.POS_MODEL, POSModel::new);
        LemmatizerModel lemmaModel = model(Nlp.LEMMA_MODEL, LemmatizerModel::new);
        TokenizerME tokenizer = new TokenizerME(tokenModel);
        POSTaggerME tagger = new POSTaggerME(posModel);
        LemmatizerME lemmatizer = new LemmatizerME(lemmaModel);
        List<Path> texts;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/extraction/dev"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        // all texts as one article too, so that remembered contexts and pieces are reused across sentences
        StringBuilder all = new StringBuilder();
        int tokens = 0;
        for (Path p : texts) {
            all.append(Files.readString(p)).append('\n');
        }
        for (String text : List.of(Files.readString(texts.get(0)), all.toString())) {
            for (Nlp.Sentence s : Nlp.analyse(text)) {
                String sentence = s.text(text);
                opennlp.tools.util.Span[] spans = tokenizer.tokenizePos(sentence);
                assertEquals(spans.length, s.tokens().size(), sentence);
                String[] words = new String[spans.length];
                for (int i = 0; i < spans.length; i++) {
                    words[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
                    assertEquals(s.start() + spans[i].getStart(), s.tokens().get(i).start(), sentence);
                    assertEquals(words[i], s.tokens().get(i).text(), sentence);
                }
                String[] tags = tagger.tag(words);
                String[] lemmas = lemmatizer.lemmatize(words, tags);
                assertArrayEquals(tags, s.tokens().stream().map(Nlp.Token::tag).toArray(), sentence);
                assertArrayEquals(Arrays.stream(lemmas).map(l -> l.toLowerCase(Locale.ROOT)).toArray(),
                        s.tokens().stream().map(Nlp.Token::lemma).toArray(), sentence);
                tokens += words.length;
            }
        }
        assertEquals(true, tokens > 5_000, "tokens compared: " + tokens);
    }

    @Test
    void theKthLargestScoreIsWhatASortedCopyHasAtNMinusK() {
        Random r = new Random(11);
        for (int n = 1; n < 40; n++) {
            for (int k = 1; k <= 5; k++) {
                double[] scores = new double[n];
                for (int i = 0; i < n; i++) {
                    // few distinct values, so that repeats and ties are common
                    scores[i] = r.nextInt(4) / 4.0;
                }
                double[] sorted = scores.clone();
                Arrays.sort(sorted);
                assertEquals(sorted[Math.max(0, n - k)], BeamSearch.kthLargest(scores, new double[k]), Arrays.toString(scores) + " k=" + k);
            }
        }
    }
}
