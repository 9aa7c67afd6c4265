package org.ridercoop.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.membership.control.Cooperatives;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.membership.entity.CapitalEntry;
import org.ridercoop.membership.control.ShareCap;
import org.ridercoop.membership.entity.Articles;
import org.ridercoop.membership.entity.BoardPosition;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.membership.entity.Position;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.platform.time.KoreanCalendar;

/** Registering cooperatives, and reading one cooperative, its register and its board. */
@Path("coops")
@RequestScoped
@Tag(name = "cooperatives", description = "Cooperatives, their members and officers")
public class CooperativesResource {
    @Inject
    Cooperatives cooperatives;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;
    @Inject
    Memberships memberships;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = Roles.SCHEME)
    @Transactional
    @Operation(summary = "Register a cooperative with at least five founders (§15)",
            description = "Founders become active members numbered in the order given; their offices start today for four years.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CooperativeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Registration number already registered", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "A rule of the law is broken (30% cap, duplicate founder, two chairs)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response register(@NotNull(message = "a JSON body is required") @Valid RegisterCooperative command, @Context UriInfo uri) {
        checkFounders(command.founders());
        if (cooperatives.byRegistrationNumber(command.registrationNumber().strip()).isPresent()) {
            throw ProblemException.conflict("duplicate-registration",
                    "A cooperative with registration number " + command.registrationNumber() + " is already registered.");
        }
        var articles = command.articles();
        Cooperative cooperative = cooperatives.add(new Cooperative(command.nameKo(), command.nameRomanized(), command.kind(),
                command.registrationNumber(), command.fiscalYearStartMonth(), command.sharePriceWon(),
                new Articles(articles.nonUseMonthsForExpulsion(), articles.unpaidMonthsForExpulsion(), articles.withdrawalNoticeDays()),
                java.time.Instant.now()));
        long coopId = cooperative.id();
        audit.record(coopId, "cooperative.registered", "cooperative", coopId, null, CooperativeView.of(cooperative));
        LocalDate today = KoreanCalendar.today();
        String by = caller.displayName();
        int number = 1;
        for (RegisterCooperative.Founder founder : command.founders()) {
            Membership member = memberships.add(Membership.founder(coopId, number++, founder.name(), founder.email(),
                    founder.phone(), founder.shares(), today), by, "founder");
            memberships.record(CapitalEntry.admission(member, cooperative.sharePrice(), today, by));
            memberships.record(member.pay(member.subscribedWon(cooperative.sharePrice()), cooperative.sharePrice(), today, by, "paid at the founding"));
            audit.record(coopId, "membership.founded", "membership", member.id(), null, MemberView.of(member, cooperative.sharePrice()));
            if (founder.position() != null) {
                BoardPosition office = cooperatives.add(new BoardPosition(member, founder.position(), today,
                        today.plusYears(BoardPosition.MAX_TERM_YEARS).minusDays(1)));
                audit.record(coopId, "board.appointed", "board_position", member.id(), null, OfficerView.of(office, member.name(), today));
            }
        }
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(coopId)).build())
                .entity(CooperativeView.of(cooperative)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @SecurityRequirement(name = Roles.SCHEME)
    @Operation(summary = "The cooperatives the caller belongs to or was granted as a consultant (all of them for a platform operator)")
    @APIResponse(responseCode = "200", description = "Cooperatives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CooperativeView.class)))
    public List<CooperativeView> list() {
        if (caller.roles().contains(Roles.ADMIN)) {
            return cooperatives.all().stream().map(CooperativeView::of).toList();
        }
        String email = caller.verifiedEmail().orElse(null);
        java.util.Map<Long, Cooperative> visible = new java.util.TreeMap<>();
        cooperatives.ofMember(caller.subject(), email).forEach(c -> visible.put(c.id(), c));
        if (caller.roles().contains(Roles.CONSULTANT)) {
            cooperatives.grantedTo(email).forEach(c -> visible.put(c.id(), c));
        }
        return visible.values().stream().map(CooperativeView::of).toList();
    }

    @GET
    @Path("directory")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @SecurityRequirement(name = Roles.SCHEME)
    @Operation(summary = "The cooperatives a signed-in person may apply to")
    @APIResponse(responseCode = "200", description = "Cooperatives by name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DirectoryEntry.class)))
    public List<DirectoryEntry> directory() {
        return cooperatives.all().stream().map(DirectoryEntry::of)
                .sorted(java.util.Comparator.comparing(DirectoryEntry::nameKo)).toList();
    }

    @GET
    @Path("{coopId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @SecurityRequirement(name = Roles.SCHEME)
    @Operation(summary = "One cooperative")
    @APIResponse(responseCode = "200", description = "The cooperative",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CooperativeView.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative, or none of the caller's", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CooperativeView one() {
        Cooperative cooperative = cooperatives.byId(tenant.coopId()).orElseThrow(() -> ProblemException.notFound("Cooperative"));
        Memberships.CapitalTotals totals = memberships.totals(cooperative);
        return CooperativeView.of(cooperative, new CooperativeView.Capital(totals.currentMembers(), totals.applicants(),
                totals.totalShares(), totals.subscribedWon(), totals.paidInWon(), totals.overCapMemberIds()));
    }

    /** The rules of the law on a founding list, each answered 422 with what to change. */
    static void checkFounders(List<RegisterCooperative.Founder> founders) {
        Set<String> emails = new HashSet<>();
        for (RegisterCooperative.Founder founder : founders) {
            if (!emails.add(founder.email().strip().toLowerCase(Locale.ROOT))) {
                throw ProblemException.ruleViolated("duplicate-founder", founder.email() + " is listed twice among the founders.");
            }
        }
        if (founders.stream().filter(f -> f.position() == Position.CHAIR).count() > 1) {
            throw ProblemException.ruleViolated("one-chair", "A cooperative has one chair (이사장).");
        }
        Map<String, Integer> shares = new LinkedHashMap<>();
        founders.forEach(f -> shares.put(f.name() + " <" + f.email() + ">", f.shares()));
        ShareCap.firstOverCap(shares).ifPresent(holder -> {
            throw ProblemException.ruleViolated("share-cap", holder + " would hold more than " + ShareCap.PERCENT
                    + "% of all shares (§22).");
        });
    }
}
