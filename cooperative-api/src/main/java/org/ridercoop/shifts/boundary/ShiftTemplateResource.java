package org.ridercoop.shifts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.shifts.control.ShiftTemplates;

/** The cooperative's usual week of shifts, from which a week is published in one step. */
@Path("coops/{coopId}/shift-template")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "shifts")
public class ShiftTemplateResource {
    @Inject
    ShiftTemplates templates;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    /** The template as shown: times as HH:mm. */
    public record TemplateView(List<SlotView> slots) {
    }

    public record SlotView(long zoneId, java.time.DayOfWeek dayOfWeek, String start, String end, int ridersWanted) {
    }

    @GET
    @CoopAccess({Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The weekly template")
    public TemplateView get() {
        return new TemplateView(templates.of(tenant.coopId()).stream().map(s -> new SlotView(s.zoneId(), s.dayOfWeek(), clock(s.startMinute()),
                clock(s.endMinute()), s.ridersWanted())).toList());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Replace the weekly template")
    public TemplateView set(@NotNull(message = "a JSON body is required") @Valid ShiftCommands.Template command) {
        templates.replace(tenant.coopId(), command.slots().stream().map(s -> new ShiftTemplates.Slot(s.zoneId(), s.dayOfWeek(), minute(s.start()),
                minute(s.end()), s.ridersWanted())).toList(), caller.displayName());
        return get();
    }

    static int minute(String clock) {
        return Integer.parseInt(clock.substring(0, 2)) * 60 + Integer.parseInt(clock.substring(3));
    }

    static String clock(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
