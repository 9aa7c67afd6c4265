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
import org.ridercoop.shifts.control.Shifts;
import org.ridercoop.shifts.control.Shifts;
import org.ridercoop.shifts.control.WorkRecords;
import org.ridercoop.shifts.entity.Shift;
import org.ridercoop.shifts.entity.WorkImport;
import org.ridercoop.shifts.entity.WorkRecord;

/** Work records: entered by riders and confirmed by the board, entered by the board, or imported from a delivery platform's CSV export. */
@Path("coops/{coopId}/work-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "shifts")
public class WorkRecordsResource {
    @Inject
    WorkRecords records;
    @Inject
    Shifts shifts;
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
    @Operation(summary = "Records that started on the days from..to (default: the last 31 days), newest first: all for the board, one's own for a member")
    public List<ShiftViews.WorkRecordView> list(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("status") String status) {
        LocalDate last = ShiftsResource.day(to, "to", org.ridercoop.platform.time.KoreanCalendar.today());
        LocalDate first = ShiftsResource.day(from, "from", last.minusDays(30));
        if (last.isBefore(first) || first.plusDays(400).isBefore(last)) {
            throw ProblemException.invalidField("to", "from 'from' to at most 400 days later");
        }
        WorkRecord.Status wanted;
        try {
            wanted = status == null || status.isBlank() ? null : WorkRecord.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "SUBMITTED, CONFIRMED or REJECTED");
        }
        boolean all = access.managing() || tenant.is(Relation.CONSULTANT);
        Long self = access.selfOrNull();
        if (!all && self == null) {
            return List.of();
        }
        Map<Long, Object[]> names = records.names(tenant.coopId());
        return records.between(tenant.coopId(), Shifts.startOf(first), Shifts.startOf(last.plusDays(1)), all ? null : self, wanted).stream()
                .map(r -> view(r, names)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Record work: a rider's own waits for the board's confirmation; the board's for a member is confirmed")
    public Response add(@NotNull(message = "a JSON body is required") @Valid ShiftCommands.NewWorkRecord command) {
        long coopId = tenant.coopId();
        java.math.BigDecimal km = command.distanceKm();
        if (km.signum() < 0 || km.compareTo(java.math.BigDecimal.valueOf(1000)) > 0 || km.stripTrailingZeros().scale() > 3) {
            throw ProblemException.invalidField("distanceKm", "0 to 1000 km, at most 3 decimals");
        }
        long rider = access.forWhom(command.membershipId(), "membershipId");
        boolean self = rider == java.util.Objects.requireNonNullElse(access.selfOrNull(), -1L);
        if (command.shiftId() != null) {
            Shift shift = shifts.shift(coopId, command.shiftId(), false);
            if (shifts.placeOf(shift.id(), rider).isEmpty()) {
                throw ProblemException.invalidField("shiftId", "is not a shift this rider held");
            }
        }
        WorkRecord record = records.add(new WorkRecord(coopId, rider, command.shiftId(), command.startedAt(), command.endedAt(), command.deliveries(),
                command.distanceKm().movePointRight(3).intValueExact(), command.incomeWon(),
                self ? WorkRecord.Source.RIDER : WorkRecord.Source.BOARD, null, caller.displayName(), Instant.now()));
        ShiftViews.WorkRecordView view = view(record, records.names(coopId));
        audit.record(coopId, "work.recorded", "work_record", record.id(), null, view);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @POST
    @Path("{recordId}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Confirm a rider's record (it then counts for payouts)")
    public ShiftViews.WorkRecordView confirm(@PathParam("recordId") long recordId) {
        WorkRecord record = records.record(tenant.coopId(), recordId);
        records.decide(record, true, null, caller.displayName());
        return view(record, records.names(tenant.coopId()));
    }

    @POST
    @Path("{recordId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Reject a rider's record with a reason; the rider is told")
    public ShiftViews.WorkRecordView reject(@PathParam("recordId") long recordId,
                                            @NotNull(message = "a JSON body is required") @Valid ShiftCommands.Decision command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw ProblemException.invalidField("reason", "is required: the rider is told why");
        }
        WorkRecord record = records.record(tenant.coopId(), recordId);
        records.decide(record, false, command.reason().strip(), caller.displayName());
        return view(record, records.names(tenant.coopId()));
    }

    @GET
    @Path("import-mapping")
    @CoopAccess({Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "Which CSV column holds what, for imports")
    public WorkImport.Mapping mapping() {
        return records.mapping(tenant.coopId());
    }

    @PUT
    @Path("import-mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Set the column mapping of imports")
    public WorkImport.Mapping setMapping(@NotNull(message = "a JSON body is required") @Valid ShiftCommands.Mapping command) {
        WorkImport.Mapping mapping = new WorkImport.Mapping(command.memberNumber().strip(), command.startedAt().strip(), command.endedAt().strip(),
                command.deliveries().strip(), command.distanceKm().strip(), command.incomeWon().strip());
        if (mapping.columns().stream().distinct().count() != mapping.columns().size()) {
            throw ProblemException.invalidField("mapping", "names a different column for each figure");
        }
        WorkImport.Mapping before = records.mapping(tenant.coopId());
        records.save(tenant.coopId(), mapping, caller.displayName());
        audit.record(tenant.coopId(), "work.mapping-set", "cooperative", tenant.coopId(), before, mapping);
        return mapping;
    }

    @POST
    @Path("imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Import a delivery platform's CSV export, all or nothing",
            description = "Times yyyy-MM-dd HH:mm (Korea). Any bad line: 422 naming every bad line and why, nothing stored. Lines imported before are counted, not imported again.")
    public ShiftViews.ImportView importCsv(String csv) {
        if (csv == null || csv.isBlank()) {
            throw ProblemException.invalidField("file", "is empty");
        }
        WorkRecords.Imported imported = records.importCsv(tenant.coopId(), csv, caller.displayName());
        return new ShiftViews.ImportView(imported.imported(), imported.alreadyImported(), imported.minutes(), imported.deliveries(), imported.incomeWon());
    }

    private static ShiftViews.WorkRecordView view(WorkRecord record, Map<Long, Object[]> names) {
        Object[] name = names.getOrDefault(record.membershipId(), new Object[] {null, null});
        return ShiftViews.WorkRecordView.of(record, (Integer) name[0], (String) name[1]);
    }
}
