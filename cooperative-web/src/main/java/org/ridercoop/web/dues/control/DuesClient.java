package org.ridercoop.web.dues.control;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.ridercoop.web.dues.entity.Arrears;
import org.ridercoop.web.dues.entity.BillingRun;
import org.ridercoop.web.dues.entity.Collection;
import org.ridercoop.web.dues.entity.DuesAccount;
import org.ridercoop.web.dues.entity.DuesCommands;
import org.ridercoop.web.dues.entity.Plan;
import org.ridercoop.web.dues.entity.Reminders;
import org.ridercoop.web.dues.entity.StatementReport;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.membership.entity.MyMembership;
import org.ridercoop.web.platform.api.ProblemMapper;

/**
 * cooperative-api's dues calls: plans, a member's account, payments and plan, the monthly billing, arrears (also as
 * a spreadsheet), collection, the bank statement import and the reminders. Refusals arrive as
 * {@link org.ridercoop.web.platform.api.ApiProblem} with the API's reasons.
 */
@RegisterRestClient(configKey = "coop-api")
@RegisterProvider(ProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DuesClient {
    String AUTH = HttpHeaders.AUTHORIZATION;
    /** A payment carries one: the API records a repeat (a double tap, a retry) once. */
    String IDEMPOTENCY_KEY = "Idempotency-Key";
    String CSV_UTF8 = "text/csv; charset=UTF-8";

    @GET
    @Path("me/memberships")
    List<MyMembership> myMemberships(@HeaderParam(AUTH) String authorization);

    /** {@code status} is left out of the query when null. */
    @GET
    @Path("coops/{coop}/members")
    List<Member> members(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @QueryParam("status") String status);

    @GET
    @Path("coops/{coop}/dues/plans")
    List<Plan> plans(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @POST
    @Path("coops/{coop}/dues/plans")
    Plan addPlan(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, DuesCommands.NewPlan plan);

    @POST
    @Path("coops/{coop}/dues/plans/{plan}/end")
    Plan endPlan(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("plan") long plan,
                 DuesCommands.EndPlan end);

    @GET
    @Path("coops/{coop}/members/{member}/dues")
    DuesAccount account(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("member") long member);

    @POST
    @Path("coops/{coop}/members/{member}/dues/payments")
    DuesAccount pay(@HeaderParam(AUTH) String authorization, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                    @PathParam("coop") long coop, @PathParam("member") long member, DuesCommands.Payment payment);

    @PUT
    @Path("coops/{coop}/members/{member}/dues/plan")
    DuesAccount assignPlan(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("member") long member,
                           DuesCommands.AssignPlan plan);

    @POST
    @Path("coops/{coop}/dues/billing-runs")
    BillingRun bill(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, DuesCommands.Billing billing);

    @GET
    @Path("coops/{coop}/dues/arrears")
    List<Arrears> arrears(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    /** The arrears as a spreadsheet (UTF-8 with a byte order mark, Korean headers), passed on to the browser byte for byte. */
    @GET
    @Path("coops/{coop}/dues/arrears.csv")
    @Produces({"text/csv", "application/problem+json"})
    Response arrearsCsv(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @GET
    @Path("coops/{coop}/dues/collection")
    List<Collection> collection(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    /** The bank's statement as text, its header line first; the query names the columns of the day, the amount and the payer. */
    @POST
    @Path("coops/{coop}/dues/bank-statements")
    @Consumes(CSV_UTF8)
    StatementReport importStatement(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                                    @QueryParam("date") String dateColumn, @QueryParam("amount") String amountColumn,
                                    @QueryParam("payer") String payerColumn, String csv);

    @GET
    @Path("coops/{coop}/dues/reminders")
    Reminders reminders(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @PUT
    @Path("coops/{coop}/dues/reminders")
    Reminders saveReminders(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                            DuesCommands.ReminderSettings settings);

    /** Today's reminders now, whatever the day; the body is an empty object. */
    @POST
    @Path("coops/{coop}/dues/reminder-runs")
    Reminders.Run remind(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, Map<String, Object> body);
}
