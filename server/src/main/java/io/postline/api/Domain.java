package io.postline.api;

import io.postline.account.AccountStore;
import io.postline.channel.ChannelStore;
import io.postline.post.CreatePosts;
import io.postline.post.EditPosts;
import io.postline.post.ListPosts;
import io.postline.publish.ConnectChannel;
import io.postline.publish.sandbox.DeliveryLog;

/** The domain operations the API translates requests into. */
public record Domain(AccountStore accounts, ChannelStore channels, CreatePosts creates, EditPosts edits,
                     ListPosts listing, DeliveryLog deliveries, PostFeatures features,
                     ConnectChannel connections) {}
