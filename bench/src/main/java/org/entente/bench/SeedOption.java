package org.entente.bench;

import picocli.CommandLine.Option;

/** {@code --seed}: the synthetic corpus to write or to benchmark on; the same seed gives the same bytes. */
final class SeedOption {
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The corpus seed, 0 or more (default: ${DEFAULT-VALUE}).")
    long seed;

    long seed() {
        return seed;
    }
}
