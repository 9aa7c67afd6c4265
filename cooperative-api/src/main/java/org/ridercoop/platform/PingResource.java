package org.ridercoop.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An empty JSON answer: for load balancers, and the floor that the benchmarks compare against. */
@Path("ping")
@ApplicationScoped
@Tag(name = "platform")
public class PingResource {
    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Empty JSON, no authentication")
    @APIResponse(responseCode = "200", description = "{}")
    public JsonObject ping() {
        return EMPTY;
    }
}
