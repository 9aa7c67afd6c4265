package org.ridercoop.web.coop.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.ridercoop.web.platform.api.ProblemMapper;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.coop.entity.NewCooperative;

/** {@code POST /api/coops} (operators only); refusals arrive as {@link org.ridercoop.web.platform.api.ApiProblem} with the API's reasons. */
@RegisterRestClient(configKey = "coop-api")
@RegisterProvider(ProblemMapper.class)
@Path("coops")
public interface RegistrationClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Cooperative register(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, NewCooperative cooperative);
}
