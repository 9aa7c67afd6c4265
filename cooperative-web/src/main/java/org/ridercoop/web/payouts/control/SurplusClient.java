package org.ridercoop.web.payouts.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.ridercoop.web.membership.entity.MyMembership;
import org.ridercoop.web.payouts.entity.Assembly;
import org.ridercoop.web.payouts.entity.Dividend;
import org.ridercoop.web.payouts.entity.SurplusCommands;
import org.ridercoop.web.payouts.entity.SurplusProposal;
import org.ridercoop.web.payouts.entity.SurplusView;
import org.ridercoop.web.payouts.entity.SurplusYear;
import org.ridercoop.web.platform.api.ProblemMapper;

/**
 * cooperative-api's calls of the year-end surplus: the proposals, a fiscal year's figures, proposing, withdrawing,
 * paying and reinvesting dividends; and the meetings, through which a proposal goes to the general assembly. The
 * calls that change the books (propose, pay, reinvest) carry an Idempotency-Key: a double tap or a retry is done once.
 */
@RegisterRestClient(configKey = "coop-api")
@RegisterProvider(ProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface SurplusClient {
    String AUTH = HttpHeaders.AUTHORIZATION;
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @GET
    @Path("me/memberships")
    List<MyMembership> myMemberships(@HeaderParam(AUTH) String authorization);

    @GET
    @Path("coops/{coop}/surplus-proposals")
    List<SurplusProposal> proposals(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @GET
    @Path("coops/{coop}/surplus-proposals/year")
    SurplusYear year(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @QueryParam("fiscalYear") int fiscalYear);

    @GET
    @Path("coops/{coop}/surplus-proposals/{proposal}")
    SurplusView proposal(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("proposal") long proposal);

    @POST
    @Path("coops/{coop}/surplus-proposals")
    SurplusView propose(@HeaderParam(AUTH) String authorization, @HeaderParam(IDEMPOTENCY_KEY) String key, @PathParam("coop") long coop,
                        SurplusCommands.Proposal proposal);

    /** The body is an empty object. */
    @POST
    @Path("coops/{coop}/surplus-proposals/{proposal}/withdrawal")
    SurplusProposal withdraw(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("proposal") long proposal,
                             Map<String, Object> body);

    @POST
    @Path("coops/{coop}/surplus-proposals/{proposal}/payments")
    SurplusView pay(@HeaderParam(AUTH) String authorization, @HeaderParam(IDEMPOTENCY_KEY) String key, @PathParam("coop") long coop,
                    @PathParam("proposal") long proposal, SurplusCommands.Payment payment);

    @POST
    @Path("coops/{coop}/surplus-proposals/{proposal}/reinvestments")
    Dividend reinvest(@HeaderParam(AUTH) String authorization, @HeaderParam(IDEMPOTENCY_KEY) String key, @PathParam("coop") long coop,
                      @PathParam("proposal") long proposal, SurplusCommands.Reinvestment reinvestment);

    @GET
    @Path("coops/{coop}/meetings")
    List<Assembly> meetings(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    /** Calls a general assembly whose agenda is the proposal's motion (§28: at least 7 days ahead). */
    @POST
    @Path("coops/{coop}/meetings")
    Assembly callAssembly(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, SurplusCommands.CallAssembly assembly);
}
