package org.ridercoop.devstack;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak from the official distribution that Maven fetched ({@code org.keycloak:keycloak-quarkus-dist}),
 * unpacked once into a folder of its own and kept between runs: its first start builds it (about 45 s), later
 * starts take about 12 s.
 */
public final class KeycloakServer implements AutoCloseable {
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private final Path home;
    private final int port;
    private final int managementPort;
    private final Process process;

    private KeycloakServer(Path home, int port, int managementPort, Process process) {
        this.home = home;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
    }

    /**
     * @param installDir where the distribution is (or will be) unpacked
     * @param fresh      forget users and sessions of earlier runs and import the realm anew (this also happens
     *                   by itself when the realm files or their placeholders changed since the last start)
     * @param env        placeholders of the realm file, e.g. COOP_WEB_URL
     */
    public static KeycloakServer start(Path zip, Path installDir, int port, int managementPort, boolean fresh,
                                       Map<String, String> env, Path log) {
        Ports.requireFree(port, "Keycloak HTTP", "coop.keycloak.port");
        Ports.requireFree(managementPort, "Keycloak management", "coop.keycloak.management-port");
        Path home = unpack(zip, installDir);
        JsonObject realm = RealmFiles.realmWithDemo();
        // a realm that exists is not imported again: start over when the realm or its placeholders changed
        String fingerprint = fingerprint(realm.toString() + env);
        Path stamp = home.resolve("data/ridercoop-realm.sha256");
        if (fresh || !fingerprint.equals(read(stamp))) {
            deleteTree(home.resolve("data/h2"));
        }
        RealmFiles.writeImport(home.resolve("data/import"), realm);
        write(stamp, fingerprint);
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname=http://localhost:" + port,
                "--health-enabled=true",
                "--import-realm");
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        environment.putAll(env);
        try {
            Files.createDirectories(log.getParent());
            return new KeycloakServer(home, port, managementPort, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + home, e);
        }
    }

    /** What the realm file's placeholders are filled with: the web app's URL, and the SMTP server of its e-mail. */
    public static Map<String, String> realmEnv(String webUrl, int mailPort) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("COOP_WEB_URL", webUrl);
        env.put("COOP_MAIL_HOST", "127.0.0.1");
        env.put("COOP_MAIL_PORT", Integer.toString(mailPort));
        return env;
    }

    public static String issuer(int port) {
        return "http://localhost:" + port + "/realms/" + RealmFiles.REALM;
    }

    /** True when Keycloak reports ready and serves the realm's discovery document. */
    public static boolean isReady(int port, int managementPort) {
        return Http.status("http://localhost:" + managementPort + "/health/ready") == 200
                && Http.status(issuer(port) + "/.well-known/openid-configuration") == 200;
    }

    public boolean awaitReady(Duration timeout) {
        return Http.await(timeout, process::isAlive, () -> isReady(port, managementPort));
    }

    public String issuer() {
        return issuer(port);
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    public Path home() {
        return home;
    }

    @Override
    public void close() {
        Processes.stopTree(process, 20);
    }

    private static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path unpack(Path zip, Path installDir) {
        Path kcSh = installDir.resolve("bin/kc.sh");
        if (Files.isRegularFile(kcSh)) {
            return installDir;
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + ": build once with ./mvnw so that Maven fetches org.keycloak:keycloak-quarkus-dist");
        }
        Path partial = installDir.resolveSibling(installDir.getFileName() + ".partial");
        deleteTree(partial);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path target = partial.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("entry outside the distribution: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (name.endsWith(".sh")) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            Files.createDirectories(installDir.getParent());
            Files.move(partial, installDir, StandardCopyOption.ATOMIC_MOVE);
            return installDir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip, e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
