package org.ridercoop.web.shifts.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.ridercoop.web.platform.api.ProblemMapper;
import org.ridercoop.web.shifts.entity.Hours;
import org.ridercoop.web.shifts.entity.ImportMapping;
import org.ridercoop.web.shifts.entity.ImportResult;
import org.ridercoop.web.shifts.entity.Notification;
import org.ridercoop.web.shifts.entity.PooledPlace;
import org.ridercoop.web.shifts.entity.Shift;
import org.ridercoop.web.shifts.entity.ShiftCommands;
import org.ridercoop.web.shifts.entity.ShiftRules;
import org.ridercoop.web.shifts.entity.SignupWindow;
import org.ridercoop.web.shifts.entity.Swap;
import org.ridercoop.web.shifts.entity.Template;
import org.ridercoop.web.shifts.entity.WorkRecord;
import org.ridercoop.web.shifts.entity.Zone;

/**
 * cooperative-api's shift and work calls: zones, rules, shifts, the pool, swaps, hours, notifications, sign-up
 * windows, the calendar feed and work records. Refusals arrive as {@link org.ridercoop.web.platform.api.ApiProblem}.
 */
@RegisterRestClient(configKey = "coop-api")
@RegisterProvider(ProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ShiftsClient {
    String AUTH = HttpHeaders.AUTHORIZATION;

    @GET
    @Path("coops/{coop}/zones")
    List<Zone> zones(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @POST
    @Path("coops/{coop}/zones")
    Zone addZone(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, ShiftCommands.NewZone zone);

    @PUT
    @Path("coops/{coop}/shift-template")
    Template setTemplate(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, Template template);

    @GET
    @Path("coops/{coop}/shift-rules")
    ShiftRules rules(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @PUT
    @Path("coops/{coop}/shift-rules")
    ShiftRules setRules(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, ShiftRules rules);

    /** Days travel as yyyy-MM-dd text: the REST client has no converter for LocalDate query parameters. */
    /** Shifts starting on the days from..to (Korean days, inclusive), ordered by start. */
    @GET
    @Path("coops/{coop}/shifts")
    List<Shift> shifts(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                       @QueryParam("from") String from, @QueryParam("to") String to);

    @POST
    @Path("coops/{coop}/shifts")
    Shift publish(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, ShiftCommands.NewShift shift);

    @GET
    @Path("coops/{coop}/shift-template")
    Template template(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @POST
    @Path("coops/{coop}/shifts/from-template")
    ShiftCommands.Published fromTemplate(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                                         ShiftCommands.Week week);

    @POST
    @Path("coops/{coop}/shifts/{shift}/claims")
    Shift claim(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("shift") long shift,
                ShiftCommands.Empty body);

    @POST
    @Path("coops/{coop}/shifts/{shift}/offer")
    Shift offer(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("shift") long shift,
                ShiftCommands.Offer offer);

    @POST
    @Path("coops/{coop}/shifts/{shift}/offer/withdraw")
    Shift withdraw(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("shift") long shift,
                   ShiftCommands.Empty body);

    @GET
    @Path("coops/{coop}/shift-pool")
    List<PooledPlace> pool(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @GET
    @Path("coops/{coop}/swaps")
    List<Swap> swaps(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @POST
    @Path("coops/{coop}/swaps")
    Swap propose(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, ShiftCommands.NewSwap swap);

    /** {@code decision}: accept, decline (the other rider) or cancel (the proposer). */
    @POST
    @Path("coops/{coop}/swaps/{swap}/{decision}")
    Swap decide(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("swap") long swap,
                @PathParam("decision") String decision, ShiftCommands.Empty body);

    @GET
    @Path("coops/{coop}/members/{member}/shifts/hours")
    Hours hours(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("member") long member,
                @QueryParam("weekOf") String weekOf);

    @POST
    @Path("coops/{coop}/members/{member}/shifts/calendar-feed")
    ShiftCommands.Feed renewFeed(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                                 @PathParam("member") long member, ShiftCommands.Empty body);

    @DELETE
    @Path("coops/{coop}/members/{member}/shifts/calendar-feed")
    void revokeFeed(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("member") long member);

    @GET
    @Path("coops/{coop}/notifications")
    List<Notification> notifications(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @POST
    @Path("coops/{coop}/notifications/read")
    void markRead(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, ShiftCommands.Empty body);

    @GET
    @Path("coops/{coop}/signup-windows")
    List<SignupWindow> windows(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @GET
    @Path("coops/{coop}/signup-windows/{window}")
    SignupWindow window(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("window") long window);

    @POST
    @Path("coops/{coop}/signup-windows")
    SignupWindow openWindow(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, ShiftCommands.NewWindow window);

    @PUT
    @Path("coops/{coop}/signup-windows/{window}/requests")
    SignupWindow request(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("window") long window,
                         ShiftCommands.Requests requests);

    @POST
    @Path("coops/{coop}/signup-windows/{window}/allocate")
    SignupWindow allocate(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("window") long window,
                          ShiftCommands.Empty body);

    /** Records that started on the days from..to (the API's default: the last 31 days); a member gets their own. */
    @GET
    @Path("coops/{coop}/work-records")
    List<WorkRecord> workRecords(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("status") String status);

    @POST
    @Path("coops/{coop}/work-records")
    WorkRecord addWorkRecord(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                             ShiftCommands.NewWorkRecord record);

    @POST
    @Path("coops/{coop}/work-records/{record}/confirm")
    WorkRecord confirm(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("record") long record,
                       ShiftCommands.Empty body);

    @POST
    @Path("coops/{coop}/work-records/{record}/reject")
    WorkRecord reject(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("record") long record,
                      ShiftCommands.Decision decision);

    @GET
    @Path("coops/{coop}/work-records/import-mapping")
    ImportMapping mapping(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @PUT
    @Path("coops/{coop}/work-records/import-mapping")
    ImportMapping setMapping(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, ImportMapping mapping);

    /** A platform's CSV export, all or nothing: any bad line is a 422 naming every bad line. */
    @POST
    @Path("coops/{coop}/work-records/imports")
    @Consumes("text/csv")
    ImportResult importCsv(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, String csv);
}
