package io.postline.publish.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body but gives up, cancelling the download, as soon as it passes a byte cap, so a
 * huge file never sits in memory.
 */
final class CappedBody implements BodySubscriber<byte[]> {

    /** Thrown into the response future when the cap is passed; {@code size} is -1 when only streaming showed it. */
    static final class TooLarge extends IOException {
        final long size;

        TooLarge(long size) {
            super("body over the size limit");
            this.size = size;
        }
    }

    private final long maxBytes;
    private final long declaredSize;
    private final boolean skip;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private CappedBody(long maxBytes, long declaredSize, boolean skip) {
        this.maxBytes = maxBytes;
        this.declaredSize = declaredSize;
        this.skip = skip;
    }

    /** @param declaredSize the Content-Length, or -1 when the server didn't say */
    static CappedBody upTo(long maxBytes, long declaredSize) {
        return new CappedBody(maxBytes, declaredSize, false);
    }

    /** For answers whose body we don't want (redirects, errors): nothing is downloaded. */
    static CappedBody skipped() {
        return new CappedBody(0, -1, true);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (declaredSize > maxBytes) {
            fail(new TooLarge(declaredSize));
        } else if (skip) {
            subscription.cancel();
            body.complete(new byte[0]);
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (buffer.size() + (long) item.remaining() > maxBytes) {
                fail(new TooLarge(-1));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.writeBytes(chunk);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    private void fail(TooLarge tooLarge) {
        subscription.cancel();
        body.completeExceptionally(tooLarge);
    }
}
