package io.postline.publish;

/** How checking a channel's credentials with its network ended. */
public sealed interface ConnectOutcome {

    record Connected(ConnectedAccount account) implements ConnectOutcome {}

    /** The network refused the credentials: the user has to fix them. */
    record Refused(String reason) implements ConnectOutcome {}

    /** The network could not be asked (down, timeout, rate limited): trying again later may work. */
    record Unreachable(String reason) implements ConnectOutcome {}
}
