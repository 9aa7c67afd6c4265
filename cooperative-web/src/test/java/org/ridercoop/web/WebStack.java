package org.ridercoop.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.ridercoop.devstack.AppEnvironment;
import org.ridercoop.devstack.EmbeddedMariaDb;
import org.ridercoop.devstack.Http;
import org.ridercoop.devstack.MailCatcher;
import org.ridercoop.devstack.PayaraMicroServer;
import org.ridercoop.devstack.Ports;
import org.ridercoop.devstack.TestKeycloak;

/**
 * What the browser test runs against, started once: a throw-away MariaDB, the build's shared test Keycloak, an
 * SMTP server that catches the meetings' notices, and one Payara Micro with both WARs on the port the test realm
 * accepts redirects to.
 */
final class WebStack implements AutoCloseable {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    final String baseUrl;
    final String issuer;
    final Path logs;
    final MailCatcher mail;
    private final EmbeddedMariaDb db;
    private final PayaraMicroServer payara;

    private WebStack(String baseUrl, String issuer, Path logs, MailCatcher mail, EmbeddedMariaDb db, PayaraMicroServer payara) {
        this.baseUrl = baseUrl;
        this.issuer = issuer;
        this.logs = logs;
        this.mail = mail;
        this.db = db;
        this.payara = payara;
    }

    static WebStack start() {
        Path apiWar = requireFile("coop.api.war", "../cooperative-api/target/cooperative-api.war",
                "the cooperative-api WAR is missing; build it first: ./mvnw -pl keycloak-realm,cooperative-api package -DskipTests");
        Path webWar = requireFile("coop.web.war", "target/cooperative-web.war",
                "the cooperative-web WAR is missing; run the browser test through ./mvnw verify");
        Path payaraJar = requireFile("coop.payara.jar", "", "Payara Micro is missing; build once with ./mvnw");
        Path logs = TARGET.resolve("it-logs");
        EmbeddedMariaDb db;
        CompletableFuture<EmbeddedMariaDb> startedDb = null;
        try {
            Files.createDirectories(logs);
            Path dataDir = Files.createTempDirectory(TARGET, "it-mariadb-");
            startedDb = CompletableFuture.supplyAsync(
                    () -> EmbeddedMariaDb.start(TARGET.resolve("it-mariadb-base"), dataDir, Ports.free()));
            String issuer = TestKeycloak.ensureRunning();
            db = join(startedDb);
            int port = TestKeycloak.webPort();
            MailCatcher mail = MailCatcher.start(Ports.free());
            PayaraMicroServer payara = PayaraMicroServer.start(payaraJar, List.of(apiWar, webWar), port,
                    AppEnvironment.local(db.jdbcUrl(), issuer, port, mail.port()), List.of(), logs.resolve("payara.log"));
            WebStack stack = new WebStack("http://localhost:" + port, issuer, logs, mail, db, payara);
            if (!payara.awaitReady(Duration.ofMinutes(4)) || !stack.bothAppsAnswer(Duration.ofMinutes(1))) {
                stack.close();
                throw new IllegalStateException("Payara Micro with both WARs did not become ready; see " + logs.resolve("payara.log"));
            }
            return stack;
        } catch (IOException e) {
            stopDatabase(startedDb);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stopDatabase(startedDb);
            throw e;
        }
    }

    /** The web app's landing page and the API's /me (401 without a token) both answer. */
    private boolean bothAppsAnswer(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return Http.await(timeout, payara.process()::isAlive, () -> status(client, baseUrl + "/") == 200
                && status(client, baseUrl + "/api/me") == 401);
    }

    private static int status(HttpClient client, String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Path requireFile(String property, String fallback, String message) {
        Path path = Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(message + " (looked for " + path + ")");
        }
        return path;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static void stopDatabase(CompletableFuture<EmbeddedMariaDb> startedDb) {
        if (startedDb != null) {
            startedDb.thenAccept(WebStack::closeQuietly);
        }
    }

    private static void closeQuietly(AutoCloseable part) {
        if (part == null) {
            return;
        }
        try {
            part.close();
        } catch (Exception ignored) {
            // already failing; the first error is the one to report
        }
    }

    @Override
    public void close() {
        closeQuietly(payara);
        closeQuietly(mail);
        closeQuietly(db);
    }
}
