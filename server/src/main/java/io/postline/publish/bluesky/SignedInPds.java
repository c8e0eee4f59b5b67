package io.postline.publish.bluesky;

import java.io.IOException;

/**
 * One channel's PDS with its session: sends authenticated calls and, when the PDS says the access token
 * expired, refreshes it and sends the call once more. A call that failed on auth was never applied, so
 * sending it again is harmless.
 */
final class SignedInPds {
    interface Call {
        XrpcResponse send(Xrpc pds, String accessJwt) throws IOException, InterruptedException;
    }

    private final Xrpc pds;
    private final BlueskySessions sessions;
    private final String channelId;
    private final Login login;
    private Session session;

    SignedInPds(Xrpc pds, BlueskySessions sessions, String channelId, Login login) throws Halt, InterruptedException {
        this.pds = pds;
        this.sessions = sessions;
        this.channelId = channelId;
        this.login = login;
        this.session = sessions.current(channelId, login, pds);
    }

    Session session() {
        return session;
    }

    Xrpc pds() {
        return pds;
    }

    XrpcResponse call(Call call) throws Halt, IOException, InterruptedException {
        XrpcResponse answer = call.send(pds, session.accessJwt());
        if (answer.status() == 400 && answer.error().equals("ExpiredToken")) {
            session = sessions.refresh(channelId, login, session, pds);
            return call.send(pds, session.accessJwt());
        }
        if (answer.status() == 401 || answer.error().equals("InvalidToken")) {
            session = sessions.signInAgain(channelId, login, session, pds);
            return call.send(pds, session.accessJwt());
        }
        return answer;
    }
}
