package org.ridercoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ridercoop.testsupport.ProblemAssert.assertProblem;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ridercoop.devstack.AppEnvironment;
import org.ridercoop.devstack.DemoUser;
import org.ridercoop.devstack.EmbeddedMariaDb;
import org.ridercoop.devstack.Http;
import org.ridercoop.devstack.PayaraMicroServer;
import org.ridercoop.devstack.Ports;
import org.ridercoop.testsupport.ApiClient;
import org.ridercoop.testsupport.TestStack;

/**
 * The API started while its database is unreachable: it starts anyway, reports not ready, answers 503, and
 * heals by itself when the database comes (back). Payara Micro runs the packaged WAR in a process of its own
 * because the point is what happens at its start.
 */
class DatabaseOutageIT {
    private static int dbPort;
    private static Path dbData;
    private static PayaraMicroServer payara;
    private static ApiClient api;

    @BeforeAll
    static void startWithoutDatabase() {
        dbPort = Ports.free();
        dbData = Path.of("target", "outage-db-" + ProcessHandle.current().pid()).toAbsolutePath();
        int port = Ports.free();
        payara = PayaraMicroServer.start(Path.of(System.getProperty("coop.payara.jar")),
                List.of(Path.of("target/cooperative-api.war").toAbsolutePath()), port,
                AppEnvironment.local(EmbeddedMariaDb.jdbcUrl(dbPort), TestStack.issuer(), port), List.of(),
                Path.of("target", "outage-payara.log").toAbsolutePath());
        assertThat(payara.awaitStarted(Duration.ofSeconds(90))).as("Payara started without its database").isTrue();
        api = new ApiClient(payara.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (payara != null) {
            payara.close();
        }
    }

    @Test
    void startsWithoutTheDatabaseAndRecoversWhenItComes() {
        assertThat(api.get("/health/live", null).statusCode()).isEqualTo(200);
        HttpResponse<String> notReady = api.get("/health/ready", null);
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.body()).contains("\"status\":\"DOWN\"");
        String token = TestStack.tokens().accessToken(DemoUser.RIDER);
        assertProblem(api.get("/api/me", token), 503, "unavailable");

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of("target", "mariadb-base").toAbsolutePath(), dbData, dbPort)) {
            assertThat(payara.awaitReady(Duration.ofSeconds(60))).as("ready once the database is there").isTrue();
            assertThat(api.get("/api/me", token).statusCode()).isEqualTo(200);
        }

        // the database goes away while the API runs: 503, not 500, and back to normal after it returns
        HttpResponse<String> gone = api.get("/api/me", token);
        assertProblem(gone, 503, "unavailable");
        assertThat(gone.headers().firstValue("Retry-After")).contains("5");
        assertThat(Http.await(Duration.ofSeconds(20), () -> true,
                () -> api.get("/health/ready", null).statusCode() == 503)).isTrue();

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of("target", "mariadb-base").toAbsolutePath(), dbData, dbPort)) {
            assertThat(payara.awaitReady(Duration.ofSeconds(60))).as("ready again after the restart").isTrue();
            assertThat(api.get("/api/me", token).statusCode()).isEqualTo(200);
        }
    }
}
