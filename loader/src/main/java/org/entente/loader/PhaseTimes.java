package org.entente.loader;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A {@link Loader.Progress} that records the time of each phase of a load and passes every event
 * on to another one: {@code kg load} prints the phases from it, and the benchmark reads them.
 */
public final class PhaseTimes implements Loader.Progress {
    private final Loader.Progress next;
    private final Map<Loader.Phase, Long> millis = new EnumMap<>(Loader.Phase.class);

    public PhaseTimes(Loader.Progress next) {
        this.next = next;
    }

    @Override
    public void step(String message) {
        next.step(message);
    }

    @Override
    public void phase(Loader.Phase phase, long ms) {
        millis.merge(phase, ms, Long::sum);
        next.phase(phase, ms);
    }

    /** The milliseconds of a phase, or 0 if the load did not report it. */
    public long millis(Loader.Phase phase) {
        return millis.getOrDefault(phase, 0L);
    }

    /** True if no phase was reported. */
    public boolean isEmpty() {
        return millis.isEmpty();
    }

    /** The phases reported, in their order, on one line: {@code read+map 1.2 s, writes 0.4 s, ...}. */
    @Override
    public String toString() {
        return millis.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey().label(), e.getValue() / 1000.0))
                .collect(Collectors.joining(", "));
    }
}
