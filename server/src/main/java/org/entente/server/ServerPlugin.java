package org.entente.server;

import org.entente.loader.cli.KgPlugin;

/** Adds {@code kg serve} to the command line. */
public final class ServerPlugin implements KgPlugin {
    @Override
    public Object command() {
        return new ServeCommand();
    }
}
