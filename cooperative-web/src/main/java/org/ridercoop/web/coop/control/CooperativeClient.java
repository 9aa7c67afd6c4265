package org.ridercoop.web.coop.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.coop.entity.Member;
import org.ridercoop.web.coop.entity.Officer;

/** cooperative-api's {@code /coops}; same base URL as {@link org.ridercoop.web.home.control.MeClient}. */
@RegisterRestClient(configKey = "coop-api")
@Path("coops")
@Produces(MediaType.APPLICATION_JSON)
public interface CooperativeClient {

    @GET
    List<Cooperative> mine(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("{id}")
    Cooperative cooperative(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id);

    @GET
    @Path("{id}/members")
    List<Member> members(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id);

    @GET
    @Path("{id}/board")
    List<Officer> board(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id);
}
