package org.ridercoop.web.coop.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.ridercoop.web.coop.entity.Appointment;
import org.ridercoop.web.coop.entity.ConsultantGrant;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.coop.entity.Officer;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.platform.api.ProblemMapper;

/**
 * cooperative-api's {@code /coops}: a cooperative, its register, its board and the consultants it lets read;
 * same base URL as {@link org.ridercoop.web.home.control.MeClient}. Error answers arrive as
 * {@link org.ridercoop.web.platform.api.ApiProblem}.
 */
@RegisterRestClient(configKey = "coop-api")
@RegisterProvider(ProblemMapper.class)
@Path("coops")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CooperativeClient {
    String AUTH = HttpHeaders.AUTHORIZATION;

    @GET
    List<Cooperative> mine(@HeaderParam(AUTH) String authorization);

    @GET
    @Path("{id}")
    Cooperative cooperative(@HeaderParam(AUTH) String authorization, @PathParam("id") long id);

    /** {@code status} and {@code q} are left out of the query when null. */
    @GET
    @Path("{id}/members")
    List<Member> members(@HeaderParam(AUTH) String authorization, @PathParam("id") long id,
                         @QueryParam("status") String status, @QueryParam("q") String q);

    /** The register as a spreadsheet (UTF-8 with a byte order mark), passed on to the browser byte for byte. */
    @GET
    @Path("{id}/register.csv")
    @Produces({"text/csv", "application/problem+json"})
    Response registerCsv(@HeaderParam(AUTH) String authorization, @PathParam("id") long id);

    @GET
    @Path("{id}/board")
    List<Officer> board(@HeaderParam(AUTH) String authorization, @PathParam("id") long id);

    @POST
    @Path("{id}/board")
    Officer appoint(@HeaderParam(AUTH) String authorization, @PathParam("id") long id, Appointment appointment);

    @POST
    @Path("{id}/board/{position}/end")
    Officer endTerm(@HeaderParam(AUTH) String authorization, @PathParam("id") long id, @PathParam("position") long position,
                    Appointment.End end);

    /** Board and operator only: a consultant, a plain member get 403. */
    @GET
    @Path("{id}/consultants")
    List<ConsultantGrant> consultants(@HeaderParam(AUTH) String authorization, @PathParam("id") long id);

    @POST
    @Path("{id}/consultants")
    ConsultantGrant grant(@HeaderParam(AUTH) String authorization, @PathParam("id") long id, ConsultantGrant.New grant);

    @DELETE
    @Path("{id}/consultants/{grant}")
    void revoke(@HeaderParam(AUTH) String authorization, @PathParam("id") long id, @PathParam("grant") long grant);
}
