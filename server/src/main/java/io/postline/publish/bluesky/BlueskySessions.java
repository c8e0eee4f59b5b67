package io.postline.publish.bluesky;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps one session per channel in memory. createSession is rate limited per account (30 per 5 minutes,
 * 300 per day), so a login per post would lock busy channels out; sessions are refreshed instead.
 */
final class BlueskySessions {
    private record Entry(Login login, Session session) {}

    private final Map<String, Entry> byChannel = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final AtomicInteger logins = new AtomicInteger();
    private final Failures failures;

    BlueskySessions(Failures failures) {
        this.failures = failures;
    }

    /** The channel's session, signing in only when there is none or the credentials changed. */
    Session current(String channelId, Login login, Xrpc pds) throws Halt, InterruptedException {
        Entry entry = byChannel.get(channelId);
        if (entry != null && entry.login().equals(login)) {
            return entry.session();
        }
        synchronized (lock(channelId)) {
            entry = byChannel.get(channelId);
            if (entry != null && entry.login().equals(login)) {
                return entry.session();
            }
            return signIn(channelId, login, pds);
        }
    }

    /** After ExpiredToken: refresh, or sign in again if the refresh token is no good either. */
    Session refresh(String channelId, Login login, Session stale, Xrpc pds) throws Halt, InterruptedException {
        synchronized (lock(channelId)) {
            Session current = currentUnless(channelId, stale);
            if (current != null) {
                return current;
            }
            XrpcResponse answer = call(() -> pds.procedure("com.atproto.server.refreshSession", stale.refreshJwt()));
            if (!answer.ok()) {
                return signIn(channelId, login, pds);
            }
            Session refreshed = Session.from(answer.body());
            byChannel.put(channelId, new Entry(login, refreshed));
            return refreshed;
        }
    }

    /** After the PDS stopped accepting the token outright (restart with new keys, revoked session). */
    Session signInAgain(String channelId, Login login, Session stale, Xrpc pds) throws Halt, InterruptedException {
        synchronized (lock(channelId)) {
            Session current = currentUnless(channelId, stale);
            return current != null ? current : signIn(channelId, login, pds);
        }
    }

    /** How many times createSession was called; tests use it to prove sessions are reused. */
    int logins() {
        return logins.get();
    }

    private Session signIn(String channelId, Login login, Xrpc pds) throws Halt, InterruptedException {
        byChannel.remove(channelId);
        XrpcResponse answer = createSession(login, pds);
        if (answer.status() == 401) {
            throw Halt.rejected("Bluesky refused the handle or app password of " + login.identifier() + ": "
                    + answer.describe());
        }
        if (!answer.ok()) {
            throw failures.halt("sign-in of " + login.identifier() + " failed", answer);
        }
        Session session = Session.from(answer.body());
        byChannel.put(channelId, new Entry(login, session));
        return session;
    }

    private XrpcResponse createSession(Login login, Xrpc pds) throws Halt, InterruptedException {
        logins.incrementAndGet();
        ObjectNode body = Xrpc.JSON.createObjectNode()
                .put("identifier", login.identifier())
                .put("password", login.appPassword());
        return call(() -> pds.procedure("com.atproto.server.createSession", body, null));
    }

    private Session currentUnless(String channelId, Session stale) {
        Entry entry = byChannel.get(channelId);
        boolean replaced = entry != null && !Objects.equals(entry.session().accessJwt(), stale.accessJwt());
        return replaced ? entry.session() : null;
    }

    private Object lock(String channelId) {
        return locks.computeIfAbsent(channelId, id -> new Object());
    }

    private interface Call {
        XrpcResponse send() throws IOException, InterruptedException;
    }

    private static XrpcResponse call(Call call) throws Halt, InterruptedException {
        try {
            return call.send();
        } catch (IOException e) {
            throw Halt.retryLater("Bluesky sign-in could not reach the PDS: " + e);
        }
    }
}
