package io.postline.publish;

/** Sends one post to one network and sorts the network's answer into exactly one outcome. */
public interface Publisher {
    PublishOutcome publish(PublishRequest request, PublishProgress progress);
}
