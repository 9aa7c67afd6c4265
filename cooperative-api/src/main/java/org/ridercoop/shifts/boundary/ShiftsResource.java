package org.ridercoop.shifts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.platform.time.KoreanCalendar;
import org.ridercoop.shifts.control.ShiftPool;
import org.ridercoop.shifts.control.ShiftTemplates;
import org.ridercoop.shifts.control.Shifts;
import org.ridercoop.shifts.entity.Shift;

/** Shifts: the week's list, publishing, and what riders do with places (claim, offer to the pool, take back), the board's removal and cancellation. */
@Path("coops/{coopId}/shifts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "shifts")
public class ShiftsResource {
    static final int MAX_DAYS = 62;

    @Inject
    Shifts shifts;
    @Inject
    ShiftPool pool;
    @Inject
    ShiftTemplates templates;
    @Inject
    ShiftAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    @GET
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "Shifts starting on the days from..to (Korean days, inclusive, at most 62), with their places; mine=true: only the caller's")
    @APIResponse(responseCode = "200", description = "Shifts by start",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = ShiftViews.ShiftView.class)))
    public List<ShiftViews.ShiftView> list(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("mine") @DefaultValue("false") boolean mine) {
        LocalDate first = day(from, "from", KoreanCalendar.today());
        LocalDate last = day(to, "to", first.plusDays(6));
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ProblemException.invalidField("to", "from 'from' to at most " + MAX_DAYS + " days later");
        }
        Long self = access.selfOrNull();
        if (mine && self == null) {
            return List.of();
        }
        return shifts.between(tenant.coopId(), Shifts.startOf(first), Shifts.startOf(last.plusDays(1)), mine ? self : null).stream()
                .map(row -> ShiftViews.ShiftView.of(row, self)).toList();
    }

    @GET
    @Path("{shiftId}")
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "A shift with its places")
    public ShiftViews.ShiftView get(@PathParam("shiftId") long shiftId) {
        return view(shifts.shift(tenant.coopId(), shiftId, false));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Publish a shift")
    @APIResponse(responseCode = "201", description = "The shift",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftViews.ShiftView.class)))
    @APIResponse(responseCode = "422", description = "It would end after the cooperative's latest end (rule-latest-end)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response publish(@NotNull(message = "a JSON body is required") @Valid ShiftCommands.NewShift command) {
        long coopId = tenant.coopId();
        shifts.zone(coopId, command.zoneId());
        Shift shift = shifts.publish(new Shift(coopId, command.zoneId(), command.startsAt(), command.endsAt(), command.ridersWanted(),
                command.note(), null, shifts.rules(coopId), caller.displayName(), Instant.now()));
        ShiftViews.ShiftView view = view(shift);
        audit.record(coopId, "shift.published", "shift", shift.id(), null, view);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @POST
    @Path("from-template")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Publish a week's shifts from the weekly template (409 if that week was published from it already)")
    public Response fromTemplate(@NotNull(message = "a JSON body is required") @Valid ShiftCommands.Week command) {
        List<Shift> created = templates.publishWeek(tenant.coopId(), command.weekOf(), caller.displayName());
        List<ShiftViews.ShiftView> views = created.stream().map(this::view).toList();
        return Response.status(Response.Status.CREATED).entity(new Published(views.size(), views)).build();
    }

    /** Shifts published from the template. */
    @Schema(name = "PublishedWeek")
    public record Published(int created, List<ShiftViews.ShiftView> shifts) {
    }

    @POST
    @Path("{shiftId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Cancel a shift that has not begun; its riders are told")
    public ShiftViews.ShiftView cancel(@PathParam("shiftId") long shiftId, @NotNull(message = "a JSON body is required") @Valid ShiftCommands.Cancel command) {
        return view(pool.cancel(tenant.coopId(), shiftId, blankToNull(command.reason())));
    }

    @POST
    @Path("{shiftId}/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Take a place: an open one, else the oldest offer in the pool. For oneself, or by the board for a member",
            description = "The cooperative's rules are checked for the rider who takes it (422 naming the rule).")
    @APIResponse(responseCode = "200", description = "The shift",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftViews.ShiftView.class)))
    @APIResponse(responseCode = "409", description = "shift-full, already-on-shift, shift-started, shift-cancelled, signup-window-open",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "rule-overlap, rule-max-day, rule-max-week, rule-min-rest, rule-latest-end",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ShiftViews.ShiftView claim(@PathParam("shiftId") long shiftId, @NotNull(message = "a JSON body is required") ShiftCommands.Claim command) {
        long rider = access.forWhom(command.membershipId(), "membershipId");
        boolean self = rider == java.util.Objects.requireNonNullElse(access.selfOrNull(), -1L);
        pool.claim(tenant.coopId(), shiftId, rider, self, self ? null : caller.displayName());
        return view(shifts.shift(tenant.coopId(), shiftId, false));
    }

    @POST
    @Path("{shiftId}/offer")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.MEMBER})
    @Transactional
    @Operation(summary = "Offer one's place to the pool (kept until someone claims it); urgent: ask for cover in an emergency")
    public ShiftViews.ShiftView offer(@PathParam("shiftId") long shiftId, @NotNull(message = "a JSON body is required") @Valid ShiftCommands.Offer command) {
        pool.offer(tenant.coopId(), shiftId, access.self(), true, Boolean.TRUE.equals(command.urgent()), blankToNull(command.reason()));
        return view(shifts.shift(tenant.coopId(), shiftId, false));
    }

    @POST
    @Path("{shiftId}/offer/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.MEMBER})
    @Transactional
    @Operation(summary = "Take one's offer back")
    public ShiftViews.ShiftView withdraw(@PathParam("shiftId") long shiftId) {
        pool.offer(tenant.coopId(), shiftId, access.self(), false, false, null);
        return view(shifts.shift(tenant.coopId(), shiftId, false));
    }

    @POST
    @Path("{shiftId}/removals")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Take a rider off a shift (the place is open again); the rider is told")
    public ShiftViews.ShiftView remove(@PathParam("shiftId") long shiftId, @NotNull(message = "a JSON body is required") @Valid ShiftCommands.Removal command) {
        pool.remove(tenant.coopId(), shiftId, command.membershipId(), blankToNull(command.reason()));
        return view(shifts.shift(tenant.coopId(), shiftId, false));
    }

    private ShiftViews.ShiftView view(Shift shift) {
        return ShiftViews.ShiftView.of(shifts.row(tenant.coopId(), shift), access.selfOrNull());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static LocalDate day(String value, String field, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "a day like 2026-11-30");
        }
    }
}
