package org.entente.loader.store;

/**
 * Sorts fixed-width tuples of longs held one after another in a {@code long[]}, in the order of a
 * TDB2 index: lexicographic, each long compared unsigned (TDB2 writes a NodeId as 8 big-endian bytes
 * and compares keys byte by byte, unsigned). Used by {@link BulkWriter} to hand Jena's B+tree packer
 * the records of an index in order.
 */
final class TupleSort {
    private static final int INSERTION = 16;

    private TupleSort() {
    }

    /**
     * Sorts the first {@code n} tuples of {@code width} longs in {@code a} and removes duplicates.
     *
     * @return how many distinct tuples are now at the start of {@code a}
     */
    static int sortDistinct(long[] a, int n, int width) {
        if (n == 0) {
            return 0;
        }
        long[] pivot = new long[width];
        long[] tmp = new long[width];
        quicksort(a, 0, n - 1, width, pivot, tmp, 2 * (32 - Integer.numberOfLeadingZeros(n)));
        int out = 1;
        for (int i = 1; i < n; i++) {
            if (compare(a, i, a, out - 1, width) != 0) {
                if (out != i) {
                    System.arraycopy(a, i * width, a, out * width, width);
                }
                out++;
            }
        }
        return out;
    }

    /** Compares tuple {@code i} of {@code a} with tuple {@code j} of {@code b}. */
    static int compare(long[] a, int i, long[] b, int j, int width) {
        int x = i * width;
        int y = j * width;
        for (int k = 0; k < width; k++) {
            int c = Long.compareUnsigned(a[x + k], b[y + k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static void quicksort(long[] a, int lo, int hi, int w, long[] pivot, long[] tmp, int depth) {
        while (hi - lo >= INSERTION) {
            if (depth-- == 0) {
                heapsort(a, lo, hi, w, tmp);
                return;
            }
            int mid = (lo + hi) >>> 1;
            // Median of three as the pivot, copied out (the tuples move while partitioning).
            if (compare(a, mid, a, lo, w) < 0) {
                swap(a, mid, lo, w, tmp);
            }
            if (compare(a, hi, a, lo, w) < 0) {
                swap(a, hi, lo, w, tmp);
            }
            if (compare(a, hi, a, mid, w) < 0) {
                swap(a, hi, mid, w, tmp);
            }
            System.arraycopy(a, mid * w, pivot, 0, w);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (compare(a, i, pivot, 0, w) < 0) {
                    i++;
                }
                while (compare(a, j, pivot, 0, w) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i, j, w, tmp);
                    i++;
                    j--;
                }
            }
            // Recurse into the smaller part, loop on the larger.
            if (j - lo < hi - i) {
                quicksort(a, lo, j, w, pivot, tmp, depth);
                lo = i;
            } else {
                quicksort(a, i, hi, w, pivot, tmp, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && compare(a, j, a, j - 1, w) < 0; j--) {
                swap(a, j, j - 1, w, tmp);
            }
        }
    }

    private static void heapsort(long[] a, int lo, int hi, int w, long[] tmp) {
        int n = hi - lo + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, lo, i, n, w, tmp);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, lo, lo + end, w, tmp);
            siftDown(a, lo, 0, end, w, tmp);
        }
    }

    private static void siftDown(long[] a, int lo, int i, int n, int w, long[] tmp) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && compare(a, lo + child + 1, a, lo + child, w) > 0) {
                child++;
            }
            if (compare(a, lo + i, a, lo + child, w) >= 0) {
                return;
            }
            swap(a, lo + i, lo + child, w, tmp);
            i = child;
        }
    }

    private static void swap(long[] a, int i, int j, int w, long[] tmp) {
        if (i == j) {
            return;
        }
        System.arraycopy(a, i * w, tmp, 0, w);
        System.arraycopy(a, j * w, a, i * w, w);
        System.arraycopy(tmp, 0, a, j * w, w);
    }
}
