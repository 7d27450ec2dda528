package org.entente.loader.extract;

import org.entente.loader.mapping.FactType;

/** What a trigger word starts. */
enum Trigger {
    DEPLOY(FactType.Deployment), TRANSFER(FactType.ArmsTransfer), WITHDRAW(FactType.Withdrawal),
    READINESS(FactType.ForceReadiness), EXERCISE(FactType.MilitaryExercise), EVACUATE(FactType.Evacuation),
    NEGOTIATE(FactType.Negotiation), DEMAND(FactType.Demand), APPEAL(FactType.Appeal), WARN(FactType.Warning),
    DENY(FactType.Denial), ASSURE(FactType.Assurance);

    final FactType type;

    Trigger(FactType type) {
        this.type = type;
    }

    boolean isSpeech() {
        return type.kind() == FactType.Kind.SPEECH_ACT;
    }
}
