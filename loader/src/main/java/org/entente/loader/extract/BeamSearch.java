package org.entente.loader.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * The k-best sequence search of OpenNLP's {@code opennlp.tools.ml.BeamSearch} (2.5.x), step for step,
 * with changes that cannot change its result, for speed (issue 11):
 * <ul>
 * <li>the smallest of the k best scores of a step is found by keeping the k largest scores, not by
 * sorting a copy of all of them (the lemmatizer's model has hundreds of outcomes, and the sort was
 * half of the extractor's time);</li>
 * <li>the model's scores are computed by {@link MaxentScores}, which gives the same numbers with fewer calls of exp;</li>
 * <li>the model's scores for a context (the feature strings) are kept for the rest of one search
 * run ({@link #newRun}), so that a context seen again, by another candidate or another sentence of
 * the same article, is not evaluated again; a maxent model's scores depend on the context only.</li>
 * </ul>
 * The candidates are the same {@link Sequence} objects in the same priority queues, added in the
 * same order, so ties break as in OpenNLP. Not thread-safe: one per thread.
 */
final class BeamSearch {
    /** OpenNLP's score below which a candidate is dropped (its {@code zeroLog}). */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    /** At most this many contexts are remembered in one run; beyond it the memory is emptied. */
    private static final int MAX_REMEMBERED = 4096;

    private final int size;
    private final MaxentScores model;
    private final double[] probs;
    private final String[] outcomeNames;
    private final Map<Context, double[]> remembered = new HashMap<>();

    /** A beam of {@code size} candidates over the model. */
    BeamSearch(int size, MaxentModel model) {
        if (size < 1) {
            throw new IllegalArgumentException("beam size " + size);
        }
        this.size = size;
        this.model = new MaxentScores(model);
        this.probs = new double[model.getNumOutcomes()];
        this.outcomeNames = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomeNames.length; i++) {
            outcomeNames[i] = model.getOutcome(i);
        }
    }

    /** Forgets the remembered scores: call at the start of each article. */
    void newRun() {
        remembered.clear();
    }

    /** The best sequence, as {@code opennlp.tools.ml.BeamSearch.bestSequence} finds it, or null. */
    <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        Queue<Sequence> prev = new PriorityQueue<>(size);
        Queue<Sequence> next = new PriorityQueue<>(size);
        prev.add(new Sequence());
        Object[] extra = additionalContext == null ? new Object[0] : additionalContext;
        double[] top = new double[size];
        for (int i = 0; i < sequence.length; i++) {
            int sz = Math.min(size, prev.size());
            for (int sc = 0; prev.size() > 0 && sc < sz; sc++) {
                Sequence candidate = prev.remove();
                String[] outcomes = outcomes(candidate);
                double[] scores = scores(cg.getContext(i, sequence, outcomes, extra));
                double min = kthLargest(scores, top);
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        add(next, i, sequence, outcomes, p, scores[p], candidate, validator);
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < scores.length; p++) {
                        add(next, i, sequence, outcomes, p, scores[p], candidate, validator);
                    }
                }
            }
            prev.clear();
            Queue<Sequence> tmp = prev;
            prev = next;
            next = tmp;
        }
        return prev.isEmpty() ? null : prev.remove();
    }

    /** The candidate's outcomes, as {@code getOutcomes().toArray()} without the copy that getOutcomes makes. */
    private static String[] outcomes(Sequence candidate) {
        String[] o = new String[candidate.getSize()];
        for (int j = 0; j < o.length; j++) {
            o[j] = candidate.getOutcome(j);
        }
        return o;
    }

    private <T> void add(Queue<Sequence> next, int i, T[] sequence, String[] outcomes, int p, double score, Sequence candidate,
            SequenceValidator<T> validator) {
        String out = outcomeNames[p];
        if (validator.validSequence(i, sequence, outcomes, out)) {
            Sequence ns = new Sequence(candidate, out, score);
            if (ns.getScore() > MIN_SEQUENCE_SCORE) {
                next.add(ns);
            }
        }
    }

    private double[] scores(String[] context) {
        Context key = new Context(context);
        double[] s = remembered.get(key);
        if (s == null) {
            s = model.eval(context, probs).clone();
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(key, s);
        }
        return s;
    }

    /**
     * What OpenNLP reads as {@code sorted[max(0, n - k)]} of an ascending sort of the scores: the
     * k-th largest score counting repeats, or the smallest if there are fewer than k. {@code top}
     * has room for k.
     */
    static double kthLargest(double[] scores, double[] top) {
        int k = top.length;
        if (scores.length <= k) {
            double m = scores[0];
            for (double s : scores) {
                if (Double.compare(s, m) < 0) {
                    m = s;
                }
            }
            return m;
        }
        // top[0..filled) in descending order (Double.compare, as Arrays.sort orders doubles)
        int filled = 0;
        for (double s : scores) {
            if (filled == k && Double.compare(s, top[k - 1]) <= 0) {
                continue;
            }
            int j = filled == k ? k - 1 : filled++;
            while (j > 0 && Double.compare(top[j - 1], s) < 0) {
                top[j] = top[j - 1];
                j--;
            }
            top[j] = s;
        }
        return top[k - 1];
    }

    /** A context's feature strings as a map key. */
    private record Context(String[] features, int hash) {
        Context(String[] features) {
            this(features, java.util.Arrays.hashCode(features));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Context c && c.hash == hash && java.util.Arrays.equals(c.features, features);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
