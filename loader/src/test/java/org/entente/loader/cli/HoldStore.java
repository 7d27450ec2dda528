package org.entente.loader.cli;

import java.nio.file.Path;

import org.entente.loader.store.KgStore;

/** Opens a store and holds it until killed: a stand-in for a running server, in a separate process. */
public final class HoldStore {
    private HoldStore() {}

    public static void main(String[] args) throws InterruptedException {
        try (KgStore store = KgStore.open(Path.of(args[0]))) {
            store.read(d -> d.size());
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
