import io.postline.Server;
import io.postline.ServerConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Stand-in for `postline serve` with request quotas set by --rate-limits (default off), for servers whose
 * `serve` command has no switch for them yet. Same settings as ServerMain.Serve otherwise: 1 s poll, 120 s lease,
 * --workers publishing workers (default 64, what `serve` passes since 2026-12-03 15:00; it was 32 before).
 * Run: java -cp postline-server.jar ServeUnlimited.java --database D --port P --encryption-key K
 * [--rate-limits off] [--workers 64]
 */
public final class ServeUnlimited {
    public static void main(String[] argv) throws Exception {
        java.util.Map<String, String> a = new java.util.HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            a.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        ServerConfig config = new ServerConfig(a.get("database"), "127.0.0.1", Integer.parseInt(a.get("port")),
                a.get("encryption-key"), new ServerConfig.Publishing(Duration.ofSeconds(1), Duration.ofSeconds(120),
                        Integer.parseInt(a.getOrDefault("workers", "64"))),
                true, a.getOrDefault("rate-limits", "off"));
        Server server = Server.start(config, Clock.systemUTC());
        System.out.println("Postline (quotas " + config.rateLimits() + ", " + config.publishing().workers()
                + " publishing workers) listening on " + server.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
