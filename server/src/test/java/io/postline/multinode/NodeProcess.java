package io.postline.multinode;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Postline node in its own JVM ({@code postline serve}), started from the test classpath on a free port. */
final class NodeProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");

    private final Process process;
    private final Path output;
    private int port;

    private NodeProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static NodeProcess start(String database, String encryptionKey, int leaseSeconds, Path folder, String name) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = folder.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx384m", "-XX:+UseSerialGC",
                // the quick compiler only: three JVMs warming up on two cores otherwise spend seconds in C2
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "io.postline.ServerMain", "serve",
                "--database", database, "--encryption-key", encryptionKey, "--port", "0",
                "--lease-seconds", String.valueOf(leaseSeconds)))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("POSTLINE_LOG_LEVEL", "WARN");
        try {
            return new NodeProcess(builder.start(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a node JVM", e);
        }
    }

    /** Waits until the node serves HTTP and answers its port. */
    int awaitListening(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Matcher found = LISTENING.matcher(log());
            if (found.find()) {
                port = Integer.parseInt(found.group(1));
                return port;
            }
            if (!process.isAlive()) {
                throw new AssertionError("node exited with " + process.exitValue() + ":\n" + log());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("node did not start within " + timeout + ":\n" + log());
    }

    URI connectorUri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** The prefix of this node's lease owner name ({@code pid@host/...}). */
    String leaseOwnerPrefix() {
        return process.pid() + "@";
    }

    /** SIGKILL: no shutdown hook runs, leases stay held until they run out. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String log() {
        try {
            return Files.exists(output) ? Files.readString(output) : "";
        } catch (IOException e) {
            return "(cannot read " + output + ": " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }
}
