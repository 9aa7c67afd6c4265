package org.ridercoop.voting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.membership.boundary.ExpulsionDecisions;
import org.ridercoop.platform.tenancy.CurrentMember;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.platform.time.KoreanCalendar;
import org.ridercoop.voting.control.Ballots;
import org.ridercoop.voting.control.Meetings;
import org.ridercoop.voting.control.NoticeSender;
import org.ridercoop.voting.control.Notices;
import org.ridercoop.voting.entity.Meeting;
import org.ridercoop.voting.entity.MeetingKind;
import org.ridercoop.voting.entity.Motion;
import org.ridercoop.voting.entity.Proxy;
import org.ridercoop.voting.entity.ResolutionKind;
import org.ridercoop.voting.entity.Tally;

/** Calling meetings (§28), opening and closing their voting, and their results once closed. */
@Path("coops/{coopId}/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "voting", description = "Meetings, motions, votes and results")
public class MeetingsResource {
    @Inject
    Meetings meetings;
    @Inject
    Ballots ballots;
    @Inject
    CurrentMember voter;
    @Inject
    ExpulsionDecisions expulsions;
    @Inject
    org.ridercoop.payouts.control.Surplus surplus;
    @Inject
    MeetingDecisions decisions;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Results results;
    @Inject
    Notices notices;
    @Inject
    Event<NoticeSender.MeetingCalled> called;
    @Inject
    Tenant tenant;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Call a meeting with its agenda", description = "The notice goes out now; an assembly starts at least 7 days "
            + "later (§28). Its voters are fixed today: the current members (for a board meeting, the directors in office).")
    @APIResponse(responseCode = "201", description = "Called",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VotingViews.MeetingView.class)))
    @APIResponse(responseCode = "422", description = "Notice too short, a delegates' assembly at 200 members or fewer, or a voting window "
            + "that does not make sense", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response call(@NotNull(message = "a JSON body is required") @Valid VotingCommands.CallMeeting command, @Context UriInfo uri) {
        long coopId = tenant.coopId();
        Instant now = Instant.now();
        LocalDate today = KoreanCalendar.today();
        int members = meetings.currentMembers(coopId);
        Meeting meeting = meetings.call(new Meeting(coopId, command.kind(), command.title(), command.startsAt(), command.place(),
                command.votingOpensAt(), command.votingClosesAt(), members, now, today, caller.displayName()));
        int seq = 1;
        for (VotingCommands.Item item : command.motions()) {
            String field = "motions[" + (seq - 1) + "]";
            if (item.election() != null) {
                if (item.expulsionCaseId() != null || item.surplusProposalId() != null || item.resolution() == ResolutionKind.SPECIAL) {
                    throw ProblemException.invalidField(field + ".election", "an election is neither a special resolution, an expulsion nor "
                            + "a surplus proposal");
                }
                VotingCommands.Election election = item.election();
                if (new java.util.HashSet<>(election.candidateMembershipIds()).size() != election.candidateMembershipIds().size()) {
                    throw ProblemException.invalidField(field + ".election.candidateMembershipIds", "a candidate is named twice");
                }
                Motion motion = Motion.election(meeting, seq++, item.title(), item.details(), election.office(), election.seats(),
                        election.tieRule());
                meetings.add(motion);
                meetings.nominate(motion, election.candidateMembershipIds());
                continue;
            }
            if (item.resolution() == null) {
                throw ProblemException.invalidField(field + ".resolution", "is required: ORDINARY or SPECIAL");
            }
            if (item.surplusProposalId() != null) {
                if (item.expulsionCaseId() != null) {
                    throw ProblemException.invalidField(field + ".surplusProposalId", "a motion decides an expulsion or a surplus proposal, not both");
                }
                Motion motion = Motion.onSurplus(meeting, seq++, item.title(), item.details(), item.resolution(), item.surplusProposalId());
                meetings.add(motion);
                meetings.flush();
                surplus.putOnAgenda(coopId, item.surplusProposalId(), motion.id());
                continue;
            }
            if (item.expulsionCaseId() != null) {
                expulsions.requireDecidable(coopId, item.expulsionCaseId(), meeting.startsAt().atZone(KoreanCalendar.ZONE).toLocalDate());
            }
            meetings.add(new Motion(meeting, seq++, item.title(), item.details(), item.resolution(), item.expulsionCaseId()));
        }
        int voters = meetings.fixRoll(meeting, today);
        if (meeting.kind() == MeetingKind.DELEGATES_ASSEMBLY && voters < Meetings.delegatesNeeded(members)) {
            throw ProblemException.ruleViolated("delegates-too-few", "A delegates' assembly needs at least " + Meetings.delegatesNeeded(members)
                    + " delegates in office (a tenth of the " + members + " members, 100 suffice, §31); there are " + voters + ".");
        }
        notices.queue(meeting.id());
        meetings.flush();
        called.fire(new NoticeSender.MeetingCalled(meeting.id()));
        VotingViews.MeetingView view = view(meeting, now);
        audit.record(coopId, "meeting.called", "meeting", meeting.id(), null, Map.of("meeting", view, "voters", voters));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(meeting.id())).build()).entity(view).build();
    }

    @GET
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The cooperative's meetings, latest first")
    @APIResponse(responseCode = "200", description = "Meetings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = VotingViews.MeetingView.class)))
    public List<VotingViews.MeetingView> list() {
        Instant now = Instant.now();
        return meetings.of(tenant.coopId()).stream().map(m -> view(m, now)).toList();
    }

    @GET
    @Path("{meetingId}")
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "One meeting with its agenda, and whether the caller may vote and has voted")
    @APIResponse(responseCode = "200", description = "The meeting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VotingViews.MeetingView.class)))
    public VotingViews.MeetingView one(@PathParam("meetingId") long meetingId) {
        Meeting meeting = meetings.meeting(tenant.coopId(), meetingId);
        // the notice reached a member in the app when they first open the meeting (§28)
        voter.membershipId().ifPresent(me -> notices.seen(meeting.id(), me));
        return view(meeting, Instant.now());
    }

    @GET
    @Path("{meetingId}/notices")
    @CoopAccess({Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "When the notice reached each member on the roll: by e-mail, and in the app (§28)")
    @APIResponse(responseCode = "200", description = "One line per member, by member number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = VotingViews.NoticeView.class)))
    public List<VotingViews.NoticeView> notices(@PathParam("meetingId") long meetingId) {
        return notices.of(meetings.meeting(tenant.coopId(), meetingId).id()).stream()
                .map(d -> new VotingViews.NoticeView(d.membershipId(), d.memberNumber(), d.name(), d.email(), d.emailStatus(),
                        d.emailSentAt(), d.emailAttempts(), d.emailError(), d.seenInAppAt())).toList();
    }

    @POST
    @Path("{meetingId}/notices/resend")
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Send the failed notice e-mails again", description = "They are queued again and sent shortly after.")
    @APIResponse(responseCode = "200", description = "The notices, the failed ones queued again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = VotingViews.NoticeView.class)))
    public List<VotingViews.NoticeView> resendNotices(@PathParam("meetingId") long meetingId) {
        Meeting meeting = meetings.meeting(tenant.coopId(), meetingId);
        int requeued = notices.requeueFailed(meeting.id());
        if (requeued > 0) {
            audit.record(tenant.coopId(), "meeting.notices-resent", "meeting", meeting.id(), null, Map.of("emails", requeued));
            called.fire(new NoticeSender.MeetingCalled(meeting.id()));
        }
        return notices(meetingId);
    }

    @POST
    @Path("{meetingId}/open")
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Open voting now")
    @APIResponse(responseCode = "200", description = "Voting is open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VotingViews.MeetingView.class)))
    @APIResponse(responseCode = "409", description = "Already open or closed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public VotingViews.MeetingView open(@PathParam("meetingId") long meetingId) {
        return change(meetingId, "meeting.voting-opened", Meeting::openNow);
    }

    @POST
    @Path("{meetingId}/close")
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Close voting now: results and the ballot list can then be read")
    @APIResponse(responseCode = "200", description = "Voting is closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VotingViews.MeetingView.class)))
    @APIResponse(responseCode = "409", description = "Not open", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public VotingViews.MeetingView close(@PathParam("meetingId") long meetingId) {
        VotingViews.MeetingView closed = change(meetingId, "meeting.voting-closed", Meeting::closeNow);
        decisions.carryOut(tenant.coopId(), meetingId, caller.displayName());
        return closed;
    }

    @GET
    @Path("{meetingId}/results")
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "Per motion: present (of which by proxy), quorum, yes / no / abstain, threshold, passed or failed",
            description = "Sealed (409) until voting closes, for everyone.")
    @APIResponse(responseCode = "200", description = "Results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = VotingViews.MotionResult.class)))
    @APIResponse(responseCode = "409", description = "Voting has not closed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<VotingViews.MotionResult> results(@PathParam("meetingId") long meetingId) {
        Meeting meeting = meetings.meeting(tenant.coopId(), meetingId);
        meeting.requireClosed(Instant.now());
        return results.of(meeting);
    }

    @POST
    @Path("{meetingId}/proxies")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Register a proxy (§23): another member or a cohabiting family member, with the written proof",
            description = "One proxy per member, and a proxy represents one member only; none at a delegates' assembly (§31).")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VotingViews.ProxyView.class)))
    @APIResponse(responseCode = "409", description = "The member already has a proxy, or the proxy already represents someone",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "A delegates' assembly, voting closed, not on the roll, or the member themself",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response appointProxy(@PathParam("meetingId") long meetingId,
                                 @NotNull(message = "a JSON body is required") @Valid VotingCommands.AppointProxy command) {
        Meeting meeting = meetings.locked(tenant.coopId(), meetingId);
        Proxy proxy = new Proxy(meeting, command.principalMembershipId(), command.proxyMembershipId(), command.proxyName(),
                command.relationship(), command.proof(), Instant.now(), caller.displayName());
        if (!meetings.onRoll(meeting.id(), proxy.principalId())
                || proxy.proxyMemberId() != null && !meetings.onRoll(meeting.id(), proxy.proxyMemberId())) {
            throw ProblemException.ruleViolated("not-on-roll", "The member and a member proxy are both on this meeting's voters' roll.");
        }
        List<Proxy> registered = meetings.proxies(meeting.id());
        if (registered.stream().anyMatch(p -> p.principalId() == proxy.principalId())) {
            throw ProblemException.conflict("proxy-exists", "This member already has a proxy for this meeting.");
        }
        if (registered.stream().anyMatch(p -> java.util.Objects.equals(p.proxyMemberId(), proxy.proxyMemberId()) && p.proxyMemberId() != null
                || p.proxyName() != null && p.proxyName().equals(proxy.proxyName()))) {
            throw ProblemException.conflict("proxy-taken", "A proxy represents only one member (§23).");
        }
        VotingViews.ProxyView view = view(meetings.add(proxy));
        audit.record(tenant.coopId(), "meeting.proxy-registered", "meeting", meeting.id(), null, view);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("{meetingId}/proxies")
    @CoopAccess({Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The proxies registered for a meeting")
    @APIResponse(responseCode = "200", description = "Proxies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = VotingViews.ProxyView.class)))
    public List<VotingViews.ProxyView> proxies(@PathParam("meetingId") long meetingId) {
        return meetings.proxies(meetings.meeting(tenant.coopId(), meetingId).id()).stream().map(MeetingsResource::view).toList();
    }

    static VotingViews.ProxyView view(Proxy p) {
        return new VotingViews.ProxyView(p.id(), p.principalId(), p.proxyMemberId(), p.proxyName(), p.relationship(), p.proof(),
                p.registeredAt(), p.registeredBy());
    }

    private VotingViews.MeetingView change(long meetingId, String action, java.util.function.BiConsumer<Meeting, Instant> change) {
        Instant now = Instant.now();
        Meeting meeting = meetings.locked(tenant.coopId(), meetingId);
        VotingViews.MeetingView before = view(meeting, now);
        change.accept(meeting, now);
        meetings.flush();
        VotingViews.MeetingView after = view(meeting, now);
        audit.record(tenant.coopId(), action, "meeting", meeting.id(), before, after);
        return after;
    }

    /** Whom the caller votes for as their registered proxy at this meeting. */
    private List<VotingViews.Principal> represented(Meeting meeting, Optional<Long> me) {
        if (me.isEmpty()) {
            return List.of();
        }
        List<Long> principals = meetings.proxies(meeting.id()).stream()
                .filter(p -> p.proxyMemberId() != null && p.proxyMemberId().longValue() == me.get()).map(Proxy::principalId).toList();
        Map<Long, Object[]> names = meetings.names(meeting.coopId(), principals);
        return principals.stream().map(id -> new VotingViews.Principal(id, (Integer) names.get(id)[1], (String) names.get(id)[0])).toList();
    }

    VotingViews.MeetingView view(Meeting meeting, Instant now) {
        Optional<Long> me = voter.membershipId();
        Boolean eligible = me.map(id -> meetings.onRoll(meeting.id(), id)).orElse(null);
        List<VotingViews.MotionView> motions = meetings.motions(meeting.id()).stream()
                .map(m -> new VotingViews.MotionView(m.id(), m.seq(), m.title(), m.details(), m.resolution(), m.resolution().threshold(),
                        m.expulsionCaseId(), m.surplusProposalId(), results.ballot(m), Boolean.TRUE.equals(eligible) ? ballots.voted(m.id(), me.get()) : null))
                .toList();
        return new VotingViews.MeetingView(meeting.id(), meeting.kind(), meeting.title(), meeting.startsAt(), meeting.place(),
                meeting.recordDate(), meeting.noticedAt(), meeting.votingOpensAt(), meeting.votingClosesAt(), meeting.state(now),
                meetings.rollSize(meeting.id()), meeting.calledBy(), eligible, motions, represented(meeting, me));
    }
}
