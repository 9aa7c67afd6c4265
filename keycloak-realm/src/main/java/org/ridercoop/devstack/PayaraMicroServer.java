package org.ridercoop.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Payara Micro in a process of its own, running the given WARs, configured by environment variables. */
public final class PayaraMicroServer implements AutoCloseable {
    private final Process process;
    private final int port;

    private PayaraMicroServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param wars WARs to deploy; their context roots come from their own glassfish-web.xml
     * @param env  the MicroProfile Config of the applications (COOP_DB_URL, COOP_OIDC_ISSUER, ...)
     */
    public static PayaraMicroServer start(Path payaraJar, List<Path> wars, int port, Map<String, String> env,
                                          List<String> extraOptions, Path log) {
        Ports.requireFree(port, "Payara Micro HTTP", "coop.port");
        if (!Files.isRegularFile(payaraJar)) {
            throw new IllegalStateException("Payara Micro not found at " + payaraJar + ": build once with ./mvnw");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx768m",
                "-XX:+UseSerialGC",
                "-Djava.net.preferIPv4Stack=true",
                "-jar", payaraJar.toString(),
                "--port", Integer.toString(port),
                "--nocluster",
                "--rootDir", log.getParent().resolve("payara-" + port).toString()));
        command.addAll(extraOptions);
        for (Path war : wars) {
            command.add("--deploy");
            command.add(war.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            return new PayaraMicroServer(builder.start(), port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Payara Micro", e);
        }
    }

    /** Ready when the MicroProfile Health endpoint answers (UP or DOWN: the server is there). */
    public boolean awaitStarted(Duration timeout) {
        return Http.await(timeout, process::isAlive, () -> {
            int status = Http.status(baseUrl() + "/health/live");
            return status == 200;
        });
    }

    public boolean awaitReady(Duration timeout) {
        return Http.await(timeout, process::isAlive, () -> Http.status(baseUrl() + "/health/ready") == 200);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() {
        Processes.stopTree(process, 30);
    }
}
