package io.newsflow.ingest.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes of a request body as they are read and stops at a limit: a chunked body has no
 * Content-Length for the HTTP layer to check up front.
 */
public class BoundedInput extends FilterInputStream {
    private final long limit;
    private final String what;
    private long count;

    public BoundedInput(InputStream in, long limit, String what) {
        super(in);
        this.limit = limit;
        this.what = what;
    }

    /** Reads a whole document into memory, refusing one over {@code limit} bytes. */
    public static byte[] readAll(InputStream in, long limit, String what) throws IOException {
        try (BoundedInput bounded = new BoundedInput(in, limit, what)) {
            return bounded.readAllBytes();
        }
    }

    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    /** Called with every chunk read; a subclass may refuse more by throwing. */
    protected void counted(long n) {
        count += n;
        if (count > limit) {
            throw IngestProblem.tooLarge(what + " is over the limit of " + limit + " bytes.");
        }
    }
}
