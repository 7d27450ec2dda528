package org.entente.loader.extract;

import java.util.Arrays;
import java.util.Map;

import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The scores that {@link GISModel#eval(String[], double[])} (OpenNLP 2.5.x, uniform prior) gives a
 * context, computed the same way in the same order, except that {@code StrictMath.exp} is called
 * once, not once per outcome, for the outcomes that no feature of the context touches: they all
 * still hold the prior's {@code log(1/n)}, and {@code exp} of the same number is the same number.
 * The lemmatizer's model has 860 outcomes, of which a context touches a few dozen, and this exp
 * was a fifth of the extractor's time (issue 11).
 *
 * <p>Any other model, or a GIS model whose scores differ from this computation on a probe at
 * construction, is asked directly ({@link MaxentModel#eval(String[], double[])}).
 */
final class MaxentScores {
    private final MaxentModel model;
    private final Map<String, Context> predicates;
    private final int outcomes;
    private final double uniform;
    private final double expUniform;
    private final boolean own;

    @SuppressWarnings("unchecked")
    MaxentScores(MaxentModel model) {
        this.model = model;
        this.outcomes = model.getNumOutcomes();
        this.uniform = StrictMath.log(1.0 / outcomes);
        this.expUniform = StrictMath.exp(uniform);
        Map<String, Context> p = null;
        if (model instanceof GISModel g) {
            // AbstractModel.getDataStructures(): the parameters, the predicates' map, the outcome names
            Object[] data = g.getDataStructures();
            if (data.length >= 2 && data[1] instanceof Map<?, ?> m) {
                p = (Map<String, Context>) m;
            }
        }
        this.predicates = p;
        this.own = p != null && agrees();
    }

    /** The model's scores for the context, in {@code probs} (which is returned), as {@code model.eval(context, probs)}. */
    double[] eval(String[] context, double[] probs) {
        if (!own) {
            return model.eval(context, probs);
        }
        Context[] active = new Context[context.length];
        for (int i = 0; i < context.length; i++) {
            active[i] = predicates.get(context[i]);
        }
        Arrays.fill(probs, 0, outcomes, uniform);
        ArrayMath.sumFeatures(active, null, probs);
        double normal = 0.0;
        for (int o = 0; o < outcomes; o++) {
            double v = probs[o];
            probs[o] = v == uniform ? expUniform : StrictMath.exp(v);
            normal += probs[o];
        }
        for (int o = 0; o < outcomes; o++) {
            probs[o] /= normal;
        }
        return probs;
    }

    /** True if this computation gives the model's own scores, bit for bit, on a few contexts. */
    private boolean agrees() {
        String[] some = predicates.keySet().stream().limit(64).toArray(String[]::new);
        String[][] probes = {new String[0], some, Arrays.copyOf(some, Math.min(8, some.length)), {"no such feature"}};
        for (String[] probe : probes) {
            double[] want = model.eval(probe, new double[outcomes]);
            double[] got = new double[outcomes];
            Context[] active = new Context[probe.length];
            for (int i = 0; i < probe.length; i++) {
                active[i] = predicates.get(probe[i]);
            }
            Arrays.fill(got, uniform);
            ArrayMath.sumFeatures(active, null, got);
            double normal = 0.0;
            for (int o = 0; o < outcomes; o++) {
                got[o] = StrictMath.exp(got[o]);
                normal += got[o];
            }
            for (int o = 0; o < outcomes; o++) {
                got[o] /= normal;
            }
            for (int o = 0; o < outcomes; o++) {
                if (Double.doubleToRawLongBits(want[o]) != Double.doubleToRawLongBits(got[o])) {
                    return false;
                }
            }
        }
        return true;
    }
}
