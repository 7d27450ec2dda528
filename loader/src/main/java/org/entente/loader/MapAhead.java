package org.entente.loader;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An iterator whose elements are computed ahead, in order, on a thread of its own: while the
 * caller uses one article's graph (sends its quads to the bulk writer), the next few are read
 * and mapped on the other core. The elements, their order and the first error are those of the
 * wrapped iterator: its {@code next()} is called by one thread, in sequence, and an exception it
 * throws is rethrown to the caller at the position where it happened (nothing after it is
 * computed). At most {@code ahead} elements wait; {@link #close} stops the thread.
 */
final class MapAhead<T> implements Iterator<T>, AutoCloseable {
    /** One result of the wrapped iterator: an element, its failure, or its end. */
    private record Item<T>(T value, Throwable failure, boolean end) {}

    private final BlockingQueue<Item<T>> queue;
    private final Thread thread;
    private Item<T> next;

    MapAhead(Iterator<T> source, int ahead, String name) {
        this.queue = new ArrayBlockingQueue<>(ahead);
        this.thread = new Thread(() -> {
            try {
                while (true) {
                    Item<T> item;
                    try {
                        item = source.hasNext() ? new Item<>(source.next(), null, false) : new Item<>(null, null, true);
                    } catch (RuntimeException | Error e) {
                        item = new Item<>(null, e, false);
                    }
                    queue.put(item);
                    if (item.end() || item.failure() != null) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                // Closed: the caller wants no more.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public boolean hasNext() {
        take();
        if (next.failure() != null) {
            Throwable f = next.failure();
            if (f instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) f;
        }
        return !next.end();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T v = next.value();
        next = null;
        return v;
    }

    private void take() {
        if (next != null) {
            return;
        }
        try {
            next = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next mapped article", e);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
