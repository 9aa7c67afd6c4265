package org.ridercoop.web.payouts.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.ridercoop.web.membership.entity.MemberDetail;
import org.ridercoop.web.membership.entity.MyMembership;
import org.ridercoop.web.payouts.entity.BankAccount;
import org.ridercoop.web.payouts.entity.Ledger;
import org.ridercoop.web.payouts.entity.PayoutCommands;
import org.ridercoop.web.payouts.entity.Run;
import org.ridercoop.web.payouts.entity.RunView;
import org.ridercoop.web.payouts.entity.Settings;
import org.ridercoop.web.payouts.entity.Statement;
import org.ridercoop.web.platform.api.ProblemMapper;

/**
 * cooperative-api's payout calls: a member's statements (and whose they are) and bank account, the runs, their
 * steps and their transfer file, the settings, the ledger. The money-moving steps (post, pay, reverse) carry an
 * Idempotency-Key: a double tap or a retry is done once.
 */
@RegisterRestClient(configKey = "coop-api")
@RegisterProvider(ProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PayoutsClient {
    String AUTH = HttpHeaders.AUTHORIZATION;
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @GET
    @Path("me/memberships")
    List<MyMembership> myMemberships(@HeaderParam(AUTH) String authorization);

    /** Whose statement the board or a consultant reads: the member's number and name. */
    @GET
    @Path("coops/{coop}/members/{member}")
    MemberDetail member(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("member") long member);

    @GET
    @Path("coops/{coop}/members/{member}/payouts")
    List<Statement> statements(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("member") long member);

    /** The member's dividends of adopted year-end appropriations, latest year first. */
    @GET
    @Path("coops/{coop}/members/{member}/payouts/dividends")
    List<org.ridercoop.web.payouts.entity.MemberDividend> dividends(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                                                                   @PathParam("member") long member);

    /** 404 while the member has none on file. */
    @GET
    @Path("coops/{coop}/members/{member}/payouts/bank-account")
    BankAccount bankAccount(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("member") long member);

    @PUT
    @Path("coops/{coop}/members/{member}/payouts/bank-account")
    BankAccount saveBankAccount(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("member") long member,
                                PayoutCommands.BankAccount account);

    /** The bank transfer file of a posted run (UTF-8 with a byte order mark, Korean headers), passed on to the browser byte for byte. */
    @GET
    @Path("coops/{coop}/payout-runs/{run}/bank-file.csv")
    @Produces({"text/csv", "application/problem+json"})
    Response bankFile(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("run") long run);

    @GET
    @Path("coops/{coop}/payout-runs")
    List<Run> runs(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @GET
    @Path("coops/{coop}/payout-runs/{run}")
    RunView run(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("run") long run);

    @POST
    @Path("coops/{coop}/payout-runs")
    RunView prepare(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, PayoutCommands.NewRun run);

    /** The body is an empty object. */
    @POST
    @Path("coops/{coop}/payout-runs/{run}/approve")
    Run approve(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("run") long run, Map<String, Object> body);

    @POST
    @Path("coops/{coop}/payout-runs/{run}/post")
    Run post(@HeaderParam(AUTH) String authorization, @HeaderParam(IDEMPOTENCY_KEY) String key, @PathParam("coop") long coop,
             @PathParam("run") long run, Map<String, Object> body);

    @POST
    @Path("coops/{coop}/payout-runs/{run}/payments")
    Run pay(@HeaderParam(AUTH) String authorization, @HeaderParam(IDEMPOTENCY_KEY) String key, @PathParam("coop") long coop,
            @PathParam("run") long run, PayoutCommands.Payment payment);

    @POST
    @Path("coops/{coop}/payout-runs/{run}/reversal")
    Run reverse(@HeaderParam(AUTH) String authorization, @HeaderParam(IDEMPOTENCY_KEY) String key, @PathParam("coop") long coop,
                @PathParam("run") long run, Map<String, Object> body);

    @GET
    @Path("coops/{coop}/payout-settings")
    Settings settings(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @PUT
    @Path("coops/{coop}/payout-settings")
    Settings saveSettings(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, Settings settings);

    @GET
    @Path("coops/{coop}/ledger")
    Ledger ledger(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);
}
