package io.postline.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.postline.account.Caller;
import io.postline.account.RequestQuotas;
import io.postline.api.buffer.BufferDialect;
import io.postline.db.Database;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataloader.DataLoaderRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP edge: both GraphQL paths, health and metrics. Keys are checked before the body is read; no answer
 * ever carries a stack trace.
 */
public final class HttpApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    public static final long MAX_BODY_BYTES = 1024 * 1024;
    static final String CONNECTOR = "connector";
    public static final String BUFFER = "buffer";

    private final ObjectMapper json = new ObjectMapper();
    private final Domain domain;
    private final Database database;
    private final GraphqlEndpoint endpoint;
    private final PrometheusMeterRegistry metrics;
    private final RequestQuotas quotas;
    private Javalin app;

    public HttpApi(Domain domain, Database database, PrometheusMeterRegistry metrics, Clock clock,
                   RequestQuotas quotas) {
        this.domain = domain;
        this.database = database;
        this.metrics = metrics;
        this.quotas = quotas;
        this.endpoint = new GraphqlEndpoint(List.of(connector(domain), BufferDialect.create(BUFFER, domain, clock)));
    }

    private static GraphqlDialect connector(Domain domain) {
        return GraphqlDialect.load(CONNECTOR, GraphqlDialect.types(List.of("/graphql/connector/schema.graphqls")),
                new ConnectorWiring(domain).wiring(), caller -> {
                    DataLoaderRegistry loaders = new DataLoaderRegistry();
                    loaders.register(ChannelLoader.NAME, ChannelLoader.create(domain.channels(), caller));
                    return loaders;
                });
    }

    public HttpApi start(String host, int port) {
        app = Javalin.create(config -> {
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.startup.showJavalinBanner = false;
            config.routes.post("/", ctx -> graphql(ctx, CONNECTOR));
            config.routes.post("/graphql", ctx -> graphql(ctx, BUFFER));
            config.routes.get("/health", this::health);
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(metrics.scrape()));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    answer(ctx, e.getStatus(), error(e.getStatus() == 413 ? tooLarge() : e.getMessage(),
                            e.getStatus() == 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST")));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unexpected failure answering {} {}", ctx.method(), ctx.path(), e);
                answer(ctx, 500, error("Postline failed to answer; the failure is logged on the server.",
                        "INTERNAL_SERVER_ERROR"));
            });
        }).start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    private void graphql(Context ctx, String preferred) throws Exception {
        Optional<Caller> caller = bearer(ctx).flatMap(domain.accounts()::authenticate);
        if (caller.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer");
            answer(ctx, 401, error("A valid API key is required: send the header Authorization: Bearer <key>.",
                    "UNAUTHENTICATED"));
            return;
        }
        if (!RateLimitAnswer.admit(ctx, quotas, bearer(ctx).orElseThrow(), this::answer)) {
            return;
        }
        long length = ctx.contentLength();
        if (length > MAX_BODY_BYTES) {
            answer(ctx, 413, error(tooLarge(), "PAYLOAD_TOO_LARGE"));
            return;
        }
        GraphqlRequest request;
        try {
            request = GraphqlRequest.read(json, ctx.bodyAsBytes());
        } catch (GraphqlRequest.BadRequest e) {
            answer(ctx, 400, error(e.getMessage(), "BAD_REQUEST"));
            return;
        }
        GraphqlEndpoint.Answer answer = endpoint.execute(preferred, request, caller.get());
        answer(ctx, answer.status(), answer.body());
    }

    private void health(Context ctx) throws Exception {
        boolean up = database.read(tx -> tx.queryOne("SELECT 1", row -> row.getInt(1)).isPresent());
        answer(ctx, up ? 200 : 503, Map.of("status", up ? "ok" : "down", "database", database.dialect().name()));
    }

    private static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String key = header.substring(7).strip();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    void answer(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(json.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer as JSON", e);
        }
    }

    private static Map<String, Object> error(String message, String code) {
        return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code))));
    }

    private static String tooLarge() {
        return "The request body is larger than " + MAX_BODY_BYTES + " bytes.";
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }
}
