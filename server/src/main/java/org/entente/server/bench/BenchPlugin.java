package org.entente.server.bench;

import org.entente.loader.cli.KgPlugin;

/** Adds {@code kg bench} to the command line. */
public final class BenchPlugin implements KgPlugin {
    @Override
    public Object command() {
        return new BenchCommand();
    }
}
