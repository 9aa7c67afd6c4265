package org.ridercoop.dues.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.dues.control.Dues;
import org.ridercoop.dues.control.DuesReminders;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.platform.time.KoreanCalendar;

/** When reminders of unpaid dues go out (the board's setting) and those sent; the run itself is a billing-like run. */
@Path("coops/{coopId}/dues/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "dues")
public class RemindersResource {
    @Inject
    DuesReminders reminders;
    @Inject
    Dues dues;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    @GET
    @CoopAccess({Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "When reminders go out, and the reminders of the last twelve months with their e-mail status")
    @APIResponse(responseCode = "200", description = "Settings and reminders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DuesViews.RemindersView.class)))
    public DuesViews.RemindersView get() {
        long coopId = tenant.coopId();
        DuesReminders.Settings settings = reminders.settings(coopId);
        return new DuesViews.RemindersView(settings.monthsInArrears(), settings.dayOfMonth(), reminders.sent(coopId, KoreanCalendar.today()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Set when reminders go out: the day of the month and the months in arrears (an empty list: no reminders)")
    @APIResponse(responseCode = "200", description = "Settings and reminders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DuesViews.RemindersView.class)))
    @APIResponse(responseCode = "400", description = "Months outside 1..24 or repeated, more than 6, a day outside 1..28",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DuesViews.RemindersView set(@NotNull(message = "a JSON body is required") @Valid DuesCommands.ReminderSettings command) {
        List<Integer> months = command.monthsInArrears().stream().sorted().toList();
        if (months.stream().distinct().count() != months.size()) {
            throw ProblemException.invalidField("monthsInArrears", "each number of months once");
        }
        long coopId = tenant.coopId();
        dues.lockCooperative(coopId);
        DuesReminders.Settings before = reminders.settings(coopId);
        DuesReminders.Settings after = new DuesReminders.Settings(months, command.dayOfMonth());
        reminders.save(coopId, after, caller.displayName());
        audit.record(coopId, "dues.reminders-set", "cooperative", coopId, before, after);
        return get();
    }
}
