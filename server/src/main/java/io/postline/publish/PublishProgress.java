package io.postline.publish;

/** Called by a publisher right after the network accepted one part, before anything else happens. */
public interface PublishProgress {
    void partSent(SentPart part);

    PublishProgress IGNORE = part -> {};
}
