package org.ridercoop.web.membership.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.ridercoop.web.membership.entity.Commands;
import org.ridercoop.web.membership.entity.DirectoryEntry;
import org.ridercoop.web.membership.entity.ExpulsionCase;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.membership.entity.MemberDetail;
import org.ridercoop.web.membership.entity.MyMembership;
import org.ridercoop.web.membership.entity.Refund;
import org.ridercoop.web.platform.api.ProblemMapper;

/**
 * cooperative-api's membership calls: applying, the board's decisions, a member's capital, withdrawal, death,
 * expulsion and refund. Refusals arrive as {@link org.ridercoop.web.platform.api.ApiProblem} with the API's reasons.
 */
@RegisterRestClient(configKey = "coop-api")
@RegisterProvider(ProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MembershipClient {
    String AUTH = HttpHeaders.AUTHORIZATION;
    /** Money-moving calls carry one: the API answers a repeat (a double tap, a retry) without a second effect. */
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @GET
    @Path("coops/directory")
    List<DirectoryEntry> directory(@HeaderParam(AUTH) String authorization);

    @GET
    @Path("me/memberships")
    List<MyMembership> myMemberships(@HeaderParam(AUTH) String authorization);

    @POST
    @Path("coops/{coop}/applications")
    Member apply(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, Commands.Application application);

    @POST
    @Path("coops/{coop}/applications/{member}/approval")
    Member approve(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("member") long member);

    @POST
    @Path("coops/{coop}/applications/{member}/refusal")
    Member refuse(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("member") long member,
                  Commands.Refusal refusal);

    /** {@code status} and {@code q} are left out of the query when null. */
    @GET
    @Path("coops/{coop}/members")
    List<Member> members(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                         @QueryParam("status") String status, @QueryParam("q") String q);

    @GET
    @Path("coops/{coop}/members/{member}")
    MemberDetail member(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("member") long member);

    /** {@code ifMatch} is the quoted version the page showed, e.g. {@code "3"}. */
    @PUT
    @Path("coops/{coop}/members/{member}/contact")
    Member changeContact(@HeaderParam(AUTH) String authorization, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @PathParam("coop") long coop, @PathParam("member") long member, Commands.Contact contact);

    @POST
    @Path("coops/{coop}/members/{member}/withdrawal")
    Member withdraw(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("member") long member,
                    Commands.Withdrawal withdrawal);

    @POST
    @Path("coops/{coop}/members/{member}/death")
    Member recordDeath(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("member") long member,
                       Commands.Death death);

    @POST
    @Path("coops/{coop}/members/{member}/expulsion-cases")
    ExpulsionCase openExpulsionCase(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                                    @PathParam("member") long member, Commands.NewExpulsionCase expulsionCase);

    @POST
    @Path("coops/{coop}/members/{member}/expulsion-cases/{case}/drop")
    ExpulsionCase dropExpulsionCase(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                                    @PathParam("member") long member, @PathParam("case") long expulsionCase);

    @POST
    @Path("coops/{coop}/members/{member}/capital/subscriptions")
    Member subscribe(@HeaderParam(AUTH) String authorization, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                     @PathParam("coop") long coop, @PathParam("member") long member, Commands.Subscription subscription);

    @POST
    @Path("coops/{coop}/members/{member}/capital/payments")
    Member recordPayment(@HeaderParam(AUTH) String authorization, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                         @PathParam("coop") long coop, @PathParam("member") long member, Commands.Payment payment);

    @POST
    @Path("coops/{coop}/members/{member}/refund/valuation")
    Refund valueRefund(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("member") long member,
                       Commands.Valuation valuation);

    @POST
    @Path("coops/{coop}/members/{member}/refund/withholding")
    Refund withholdRefund(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("member") long member,
                          Commands.Withholding withholding);

    @POST
    @Path("coops/{coop}/members/{member}/refund/payment")
    Refund payRefund(@HeaderParam(AUTH) String authorization, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                     @PathParam("coop") long coop, @PathParam("member") long member, Commands.RefundPayment payment);
}
