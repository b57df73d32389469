package io.roundup.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to {@code limit} bytes. Past the limit it cancels the exchange (the
 * rest is never read) and either fails with {@link TooLarge} or, when {@code truncate}, completes with
 * what it has. A declared Content-Length over the limit fails before the first byte is read.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body is larger than we accept. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final long limit;
    private final boolean truncate;
    private final long declared;
    private Flow.Subscription subscription;

    LimitedBody(long limit, boolean truncate, long declaredLength) {
        this.limit = limit;
        this.truncate = truncate;
        this.declared = declaredLength;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > limit && !truncate) {
            s.cancel();
            result.completeExceptionally(new TooLarge("Content-Length " + declared + " exceeds the limit of " + limit + " bytes"));
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) return;
        for (ByteBuffer b : items) {
            int n = b.remaining();
            if (buffer.size() + (long) n > limit) {
                subscription.cancel();
                if (truncate) {
                    byte[] part = new byte[(int) (limit - buffer.size())];
                    b.get(part);
                    buffer.write(part, 0, part.length);
                    result.complete(buffer.toByteArray());
                } else {
                    result.completeExceptionally(new TooLarge("body exceeds the limit of " + limit + " bytes"));
                }
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            buffer.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
