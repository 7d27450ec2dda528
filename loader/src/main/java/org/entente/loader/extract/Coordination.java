package org.entente.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.entente.loader.mapping.FactType;

/**
 * Coordinated lists that make several facts of one clause: "battlegroups led by the United
 * States, Britain and Canada are due in Poland, Estonia and Latvia respectively" is three
 * deployments, pair by pair (the gold's rule: "respectively" pairings are split). Without
 * "respectively", or when the lists differ in length, the fact stays as it is.
 */
final class Coordination {
    private Coordination() {}

    /** The facts a drafted fact stands for: itself, or one per pair when its clause says "respectively". */
    static List<DraftFact> respectively(DraftFact fact, List<Nlp.Token> tokens, UnaryOperator<DraftFact> relabel) {
        if (tokens.stream().noneMatch(t -> t.lower().equals("respectively")) || Evaluation.placeKey(fact.type()).isEmpty()) {
            return List.of(fact);
        }
        String agentKey = Evaluation.agentKey(fact.type());
        String placeKey = Evaluation.placeKey(fact.type()).get();
        List<DraftField> agents = fact.fields().stream().filter(f -> f.key().equals(agentKey)).toList();
        List<DraftField> places = fact.fields().stream().filter(f -> f.key().equals(placeKey)).toList();
        if (agents.size() < 2 || agents.size() != places.size() || fact.type() == FactType.Negotiation) {
            return List.of(fact);
        }
        List<DraftFact> result = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            List<DraftField> fields = new ArrayList<>();
            for (DraftField f : fact.fields()) {
                if (f.key().equals(agentKey)) {
                    if (f == agents.get(i)) {
                        fields.add(f);
                    }
                } else if (f.key().equals(placeKey)) {
                    if (f == places.get(i)) {
                        fields.add(f);
                    }
                } else {
                    fields.add(f);
                }
            }
            result.add(relabel.apply(new DraftFact(fact.id(), fact.type(), fact.label(), fields, fact.quote(), fact.quoteSpan(),
                    fact.confidence())));
        }
        return result;
    }
}
