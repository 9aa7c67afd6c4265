package org.ridercoop.platform.operations;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.platform.persistence.Database;
import org.ridercoop.platform.persistence.Migrations;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.security.Roles;

/** What a platform operator needs to know about this instance: which build, which schema, which database. */
@Path("admin/system")
@ApplicationScoped
@Tag(name = "platform", description = "Operating the platform")
public class SystemResource {
    private static final Instant STARTED = Instant.now();

    @Inject
    Migrations migrations;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** A snapshot of this instance. */
    @Schema(name = "SystemInfo")
    public record SystemInfo(String version, String schemaVersion, Instant startedAt, String database, String java) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = Roles.SCHEME)
    @Operation(summary = "This instance: build version, database schema version, database server, Java")
    @APIResponse(responseCode = "200", description = "The instance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SystemInfo.class)))
    @APIResponse(responseCode = "403", description = "Not a platform operator", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public SystemInfo system() throws SQLException {
        String database;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            database = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
        return new SystemInfo(version(), migrations.schemaVersion(), STARTED, database, Runtime.version().toString());
    }

    private static String version() {
        Properties build = new Properties();
        try (InputStream in = SystemResource.class.getResourceAsStream("/ridercoop-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return build.getProperty("version", "unknown");
    }
}
