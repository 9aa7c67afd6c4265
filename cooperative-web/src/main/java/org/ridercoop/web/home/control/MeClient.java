package org.ridercoop.web.home.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.ridercoop.web.home.entity.Me;

/** cooperative-api's {@code /me}; base URL {@code coop.api.url} (COOP_API_URL), see microprofile-config.properties. */
@RegisterRestClient(configKey = "coop-api")
@Path("me")
public interface MeClient {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Me me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
