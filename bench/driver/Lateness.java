import java.io.FileWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publishing-lateness driver for Postline (JDK only; run with {@code java Lateness.java --key value ...}).
 *
 * <ol>
 *   <li>Warm-up: creates --warmup posts due in 2 s, waits until the sink has them all (JIT, HTTP connections,
 *       the same role as the anchor worker's warm-up POSTs), measures the create rate, then resets the sink.</li>
 *   <li>Picks T = now + lead (enough to create every post at the measured rate, at least --min-lead-ms), creates
 *       --n posts all scheduled at T through the GraphQL API (--concurrency client threads), round-robin over the
 *       channels.</li>
 *   <li>Waits until the sink has received --n distinct posts (or nothing arrives for --idle-s, or --timeout-s),
 *       then prints the sink's statistics relative to T as one RESULT JSON line (and appends it to --results).</li>
 * </ol>
 */
public final class Lateness {
    private static final String CREATE = "mutation M($input: PostCreateInput!) { createPost(input: $input) { id } }";

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = args(argv);
        String api = a.get("api");
        String key = a.get("key");
        String org = a.get("org");
        List<String> channels = List.of(a.get("channels").split(","));
        int n = Integer.parseInt(a.getOrDefault("n", "10000"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "500"));
        int conc = Integer.parseInt(a.getOrDefault("concurrency", "8"));
        long minLeadMs = Long.parseLong(a.getOrDefault("min-lead-ms", "15000"));
        long timeoutS = Long.parseLong(a.getOrDefault("timeout-s", "300"));
        long idleS = Long.parseLong(a.getOrDefault("idle-s", "30"));
        String sink = a.getOrDefault("sink", "http://127.0.0.1:18090");
        String label = a.getOrDefault("label", "postline");
        String results = a.get("results");

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        // 1. warm-up
        if (warmup > 0) {
            post(http, sink + "/reset", "");
            // two halves: the first warms the JIT, the second's rate sets the lead time
            Instant due = Instant.now().plusSeconds(2);
            int failed = create(http, api, key, org, channels, warmup / 2, conc, due, "warm");
            long s = System.nanoTime();
            failed += create(http, api, key, org, channels, warmup - warmup / 2, conc, due, "warm2");
            double rate = (warmup - warmup / 2) / ((System.nanoTime() - s) / 1e9);
            System.out.printf("warm-up: created %d posts, the second half at %.0f/s (%d failed)%n", warmup, rate,
                    failed);
            waitForSink(http, sink, warmup - failed, 0, 60, 15);
            post(http, sink + "/reset", "");
            long maxLeadMs = Long.parseLong(a.getOrDefault("max-lead-ms", "240000"));
            minLeadMs = Math.max(minLeadMs, Math.min(maxLeadMs, (long) (n / rate * 1.25 * 1000) + 5000));
        }

        // 2. the burst: n posts all due at T
        long tMillis = ((System.currentTimeMillis() + minLeadMs) / 1000 + 1) * 1000; // whole second
        Instant t = Instant.ofEpochMilli(tMillis);
        long s = System.nanoTime();
        int failed = create(http, api, key, org, channels, n, conc, t, "bench");
        double createMs = (System.nanoTime() - s) / 1e6;
        long slackMs = tMillis - System.currentTimeMillis();
        System.out.printf("created %d posts in %.0f ms (%.0f/s, %d failed); %d ms left until T=%s%n",
                n - failed, createMs, n / (createMs / 1000), failed, slackMs, t);
        if (slackMs < 0) {
            System.out.println("WARNING: creation finished after T; lateness is overstated");
        }

        // 3. wait for the sink; CPU used from T to the end by the servers (--cpu-pids) and PostgreSQL (--pg-pid)
        long tMicros = tMillis * 1000;
        List<Long> serverPids = pids(a.get("cpu-pids"));
        List<Long> pgPids = pids(a.get("pg-pid"));
        Thread.sleep(Math.max(0, tMillis - System.currentTimeMillis()));
        double server0 = cpuSeconds(serverPids, false), pg0 = cpuSeconds(pgPids, true);
        String stats = waitForSink(http, sink, n - failed, tMicros, timeoutS, idleS);
        double serverCpu = cpuSeconds(serverPids, false) - server0, pgCpu = cpuSeconds(pgPids, true) - pg0;
        String line = String.format("{\"label\":\"%s\",\"n\":%d,\"createFailed\":%d,\"createMs\":%.0f,"
                        + "\"createPerSec\":%.1f,\"slackBeforeTMs\":%d,\"t\":\"%s\",\"serverCpuS\":%.2f,"
                        + "\"pgCpuS\":%.2f,\"sink\":%s}",
                label, n, failed, createMs, n / (createMs / 1000), slackMs, t, serverCpu, pgCpu, stats);
        System.out.println("RESULT " + line);
        if (results != null) {
            try (FileWriter w = new FileWriter(results, true)) {
                w.write(line + "\n");
            }
        }
    }

    /** Creates count posts due at `at`, round-robin over the channels; answers how many failed. */
    static int create(HttpClient http, String api, String key, String org, List<String> channels, int count,
                      int conc, Instant at, String tag) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(conc);
        for (int c = 0; c < conc; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    String body = "{\"query\":\"" + CREATE + "\",\"variables\":{\"input\":{\"organizationId\":\"" + org
                            + "\",\"channelIds\":[\"" + channels.get(i % channels.size()) + "\"],\"text\":\"" + tag
                            + " " + i + "\",\"scheduledAt\":\"" + at + "\",\"status\":\"scheduled\"}}}";
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + key)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200 || r.body().contains("\"errors\"")) {
                            if (failed.incrementAndGet() <= 3) {
                                System.out.println("create failed: HTTP " + r.statusCode() + " " + r.body());
                            }
                        }
                    } catch (Exception e) {
                        if (failed.incrementAndGet() <= 3) {
                            System.out.println("create failed: " + e);
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        return failed.get();
    }

    /** Polls the sink until it has `expected` distinct ids, nothing new came for idleS, or timeoutS passed. */
    static String waitForSink(HttpClient http, String sink, int expected, long tMicros, long timeoutS, long idleS)
            throws Exception {
        long deadline = System.currentTimeMillis() + timeoutS * 1000;
        long lastChange = System.currentTimeMillis();
        long lastTotal = -1;
        String stats = "{}";
        while (System.currentTimeMillis() < deadline) {
            stats = get(http, sink + "/stats?n=0&t0=" + tMicros);
            long distinct = field(stats, "distinct");
            long total = field(stats, "total");
            if (distinct >= expected) {
                Thread.sleep(1500); // let any duplicate that is still on its way arrive
                return get(http, sink + "/stats?n=0&t0=" + tMicros);
            }
            if (total != lastTotal) {
                lastTotal = total;
                lastChange = System.currentTimeMillis();
            } else if (total > 0 && System.currentTimeMillis() - lastChange > idleS * 1000) {
                System.out.println("sink idle for " + idleS + " s at " + distinct + "/" + expected);
                return stats;
            }
            Thread.sleep(250);
        }
        System.out.println("timed out waiting for the sink: " + stats);
        return stats;
    }

    static List<Long> pids(String list) {
        return list == null || list.isBlank() ? List.of()
                : java.util.Arrays.stream(list.split(",")).map(Long::parseLong).toList();
    }

    /** CPU seconds used so far by these processes (and their children when asked: PostgreSQL backends). */
    static double cpuSeconds(List<Long> pids, boolean children) {
        double total = 0;
        for (long pid : pids) {
            ProcessHandle h = ProcessHandle.of(pid).orElse(null);
            if (h == null) {
                continue;
            }
            List<ProcessHandle> all = new java.util.ArrayList<>(List.of(h));
            if (children) {
                h.children().forEach(all::add);
            }
            for (ProcessHandle p : all) {
                total += p.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0);
            }
        }
        return total;
    }

    static long field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(-?\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static String post(HttpClient http, String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static Map<String, String> args(String[] argv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("bad argument " + argv[i]);
            }
            m.put(argv[i].substring(2), argv[i + 1]);
        }
        return m;
    }
}
