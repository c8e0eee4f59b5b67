package io.postline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.postline.account.AccountStore;
import io.postline.account.RateLimits;
import io.postline.account.RequestQuotas;
import io.postline.api.Domain;
import io.postline.api.PostFeatures;
import io.postline.api.HttpApi;
import io.postline.api.PublishMetrics;
import io.postline.channel.Channel;
import io.postline.channel.ChannelStore;
import io.postline.channel.CredentialCipher;
import io.postline.db.Database;
import io.postline.post.CreatePosts;
import io.postline.post.EditPosts;
import io.postline.post.DailyPostingLimits;
import io.postline.post.ListPosts;
import io.postline.post.RevisePost;
import io.postline.post.SearchPosts;
import io.postline.post.idea.IdeaStore;
import io.postline.post.tag.TagStore;
import io.postline.post.PostValidation;
import io.postline.post.rules.ContentRules;
import io.postline.channel.Service;
import io.postline.publish.ConnectChannel;
import io.postline.publish.Publishers;
import io.postline.publish.bluesky.BlueskyConnector;
import io.postline.publish.bluesky.BlueskyPublisher;
import io.postline.publish.mastodon.MastodonConnector;
import io.postline.publish.mastodon.MastodonPublisher;
import io.postline.publish.media.AddressPolicy;
import io.postline.publish.media.MediaFetcher;
import io.postline.publish.sandbox.DeliveryLog;
import io.postline.publish.sandbox.SandboxPublisher;
import io.postline.publish.webhook.WebhookPublisher;
import io.postline.queue.ClaimDuePosts;
import io.postline.queue.PublishDuePosts;
import io.postline.queue.Publishing;
import io.postline.queue.QueueDepth;
import io.postline.queue.RetryPolicy;
import io.postline.queue.SchedulerLoop;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** One running Postline node: the object graph built by hand, the one place that knows every feature. */
public final class Server implements AutoCloseable {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    static final Duration MEDIA_TIMEOUT = Duration.ofSeconds(60);

    private final Database database;
    private final Domain domain;
    private final PublishDuePosts publishDuePosts;
    private final SchedulerLoop loop;
    private final HttpApi http;
    private final ExecutorService workers;

    private Server(Database database, Domain domain, PublishDuePosts publishDuePosts, SchedulerLoop loop,
                   HttpApi http, ExecutorService workers) {
        this.database = database;
        this.domain = domain;
        this.publishDuePosts = publishDuePosts;
        this.loop = loop;
        this.http = http;
        this.workers = workers;
    }

    public static Server start(ServerConfig config, Clock clock) {
        Database database = Database.open(config.database());
        Ids ids = new Ids(clock);
        ChannelStore channels = new ChannelStore(database, clock, ids, new CredentialCipher(config.encryptionKey()));
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        ExecutorService workers = Workers.create(config.publishing().workers());
        ClaimDuePosts claims = new ClaimDuePosts(database, clock, nodeName(), config.publishing().lease());
        // HTTP/1.1: the JDK's default h2c upgrade on plain http:// breaks some servers (the reference PDS among them)
        HttpClient networks = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        MediaFetcher media = new MediaFetcher(networks, MEDIA_TIMEOUT,
                config.publishing().internalMedia() ? AddressPolicy.ANY : AddressPolicy.PUBLIC_ONLY);
        Publishers publishers = new Publishers(Map.of(
                Channel.SANDBOX, new SandboxPublisher(database, clock),
                WebhookPublisher.KIND, new WebhookPublisher(networks, WebhookPublisher.TIMEOUT, clock),
                Service.BLUESKY.apiName(), new BlueskyPublisher(networks, media, clock),
                Service.MASTODON.apiName(), new MastodonPublisher(networks, media, clock)));
        PublishDuePosts publishDuePosts = new PublishDuePosts(database, clock, claims,
                new Publishing(publishers, channels, RetryPolicy.STANDARD, new PublishMetrics(metrics),
                        config.publishing().workers()), workers);
        SchedulerLoop loop = new SchedulerLoop(publishDuePosts, config.publishing().pollInterval(),
                config.publishing().workers());
        Runnable wake = config.runLoop() ? loop::wake : () -> {};
        PostValidation validation = new PostValidation(new ContentRules());
        Domain domain = new Domain(new AccountStore(database, clock, ids), channels,
                new CreatePosts(database, clock, ids, validation, wake),
                new EditPosts(database, clock, validation, wake), new ListPosts(database), new DeliveryLog(database),
                new PostFeatures(new SearchPosts(database), new RevisePost(database, clock, validation, wake),
                        new DailyPostingLimits(database, clock), new TagStore(database, clock, ids),
                        new IdeaStore(database, clock, ids)),
                new ConnectChannel(channels, Map.of(
                        Service.BLUESKY.apiName(), new BlueskyConnector(networks, CONNECT_TIMEOUT)::connect,
                        Service.MASTODON.apiName(), new MastodonConnector(networks, CONNECT_TIMEOUT)::connect)));
        QueueDepth depth = new QueueDepth(database, clock);
        Gauge.builder("postline.queue.due", depth::due).description("Posts due and not yet published")
                .register(metrics);
        RequestQuotas quotas = new RequestQuotas(database, clock, RateLimits.parse(config.rateLimits()));
        HttpApi http = new HttpApi(domain, database, metrics, clock, quotas).start(config.host(), config.port());
        if (config.runLoop()) {
            loop.start();
        }
        return new Server(database, domain, publishDuePosts, loop, http, workers);
    }

    private static String nodeName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    public int port() {
        return http.port();
    }

    public Domain domain() {
        return domain;
    }

    public Database database() {
        return database;
    }

    /** Publishes every post due now and waits for the outcomes (tests drive the loop with this). */
    public int runDueNow() {
        return publishDuePosts.runOnce();
    }

    @Override
    public void close() {
        loop.close();
        http.close();
        workers.shutdownNow();
        database.close();
    }
}
