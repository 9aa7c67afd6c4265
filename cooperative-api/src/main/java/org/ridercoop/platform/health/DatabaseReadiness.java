package org.ridercoop.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.ridercoop.platform.persistence.Database;
import org.ridercoop.platform.persistence.Migrations;

/** Ready when the database answers and every migration has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            boolean reachable = connection.isValid(2);
            boolean migrated = migrations.applied();
            return response.status(reachable && migrated)
                    .withData("reachable", reachable)
                    .withData("migrated", migrated)
                    .build();
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("reachable", false).withData("migrated", migrations.applied()).build();
        }
    }
}
