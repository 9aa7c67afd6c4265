package org.ridercoop.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.util.Objects;

/** An item of a meeting's agenda put to the vote; its kind of resolution fixes what it needs to pass (§29). */
@Entity
@Table(name = "motion")
@NamedQuery(name = Motion.OF_MEETING, query = "SELECT m FROM Motion m WHERE m.meetingId = :meetingId ORDER BY m.seq")
public class Motion {
    public static final String OF_MEETING = "Motion.ofMeeting";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;
    @Column(nullable = false, updatable = false)
    private int seq;
    @Column(nullable = false, updatable = false, length = 200)
    private String title;
    @Column(updatable = false, length = 4000)
    private String details;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private ResolutionKind resolution;
    @Column(name = "expulsion_case_id", updatable = false)
    private Long expulsionCaseId;
    @Column(name = "surplus_proposal_id", updatable = false)
    private Long surplusProposalId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 8)
    private Office office;
    @Column(updatable = false)
    private Integer seats;
    @Enumerated(EnumType.STRING)
    @Column(name = "tie_rule", updatable = false, length = 10)
    private TieRule tieRule;

    protected Motion() {
        // for JPA
    }

    public Motion(Meeting meeting, int seq, String title, String details, ResolutionKind resolution) {
        this(meeting, seq, title, details, resolution, null);
    }

    /** With {@code expulsionCaseId}: the motion decides that pending case (§25), by special resolution only. */
    public Motion(Meeting meeting, int seq, String title, String details, ResolutionKind resolution, Long expulsionCaseId) {
        if (expulsionCaseId != null && resolution != ResolutionKind.SPECIAL) {
            throw org.ridercoop.platform.problem.ProblemException.ruleViolated("expulsion-special",
                    "Expulsion is decided by a special resolution (§29②).");
        }
        if (expulsionCaseId != null && !meeting.kind().assembly()) {
            throw org.ridercoop.platform.problem.ProblemException.ruleViolated("expulsion-assembly",
                    "Expulsion is decided by the general assembly, not the board (§25).");
        }
        this.expulsionCaseId = expulsionCaseId;
        this.coopId = meeting.coopId();
        this.meetingId = Objects.requireNonNull(meeting.id(), "the meeting is stored first");
        this.seq = seq;
        this.title = Normalizer.normalize(title.strip(), Normalizer.Form.NFC);
        this.details = details == null || details.isBlank() ? null : Normalizer.normalize(details.strip(), Normalizer.Form.NFC);
        this.resolution = Objects.requireNonNull(resolution);
    }

    /**
     * An election of officers (§34): an ordinary resolution's quorum; each voter marks up to {@code seats}
     * candidates; ties for the last seat are decided by the rule stated on the ballot.
     */
    public static Motion election(Meeting meeting, int seq, String title, String details, Office office, int seats, TieRule tieRule) {
        if (seats < 1 || seats > 20) {
            throw org.ridercoop.platform.problem.ProblemException.ruleViolated("election-seats", "An election fills 1 to 20 seats.");
        }
        Motion motion = new Motion(meeting, seq, title, details, ResolutionKind.ORDINARY, null);
        motion.office = Objects.requireNonNull(office);
        motion.seats = seats;
        motion.tieRule = Objects.requireNonNull(tieRule);
        return motion;
    }

    public boolean isElection() {
        return office != null;
    }

    public Office office() {
        return office;
    }

    /** The seats an election fills; 0 for a resolution. */
    public int seats() {
        return seats == null ? 0 : seats;
    }

    public TieRule tieRule() {
        return tieRule;
    }

    public long coopId() {
        return coopId;
    }

    public Long id() {
        return id;
    }

    public long meetingId() {
        return meetingId;
    }

    public int seq() {
        return seq;
    }

    public String title() {
        return title;
    }

    public String details() {
        return details;
    }

    /**
     * The motion decides the board's proposal for a year's surplus: an assembly's ordinary resolution (§29), on its own
     * (not also an expulsion).
     */
    public static Motion onSurplus(Meeting meeting, int seq, String title, String details, ResolutionKind resolution, long surplusProposalId) {
        if (!meeting.kind().assembly()) {
            throw org.ridercoop.platform.problem.ProblemException.ruleViolated("surplus-assembly",
                    "The appropriation of the surplus is decided by the general assembly, not the board (§29).");
        }
        Motion motion = new Motion(meeting, seq, title, details, resolution, null);
        motion.surplusProposalId = surplusProposalId;
        return motion;
    }

    public Long surplusProposalId() {
        return surplusProposalId;
    }

    public Long expulsionCaseId() {
        return expulsionCaseId;
    }

    public ResolutionKind resolution() {
        return resolution;
    }
}
