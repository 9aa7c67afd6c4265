package org.ridercoop.voting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.ridercoop.voting.control.Ballots;
import org.ridercoop.voting.control.Meetings;
import org.ridercoop.voting.entity.Candidate;
import org.ridercoop.voting.entity.Choice;
import org.ridercoop.voting.entity.ElectionCount;
import org.ridercoop.voting.entity.Meeting;
import org.ridercoop.voting.entity.Motion;
import org.ridercoop.voting.entity.Tally;

/** The outcome of each motion of a closed meeting, counted from its published ballot list as anyone can. */
@RequestScoped
public class Results {
    @Inject
    Meetings meetings;
    @Inject
    Ballots ballots;

    public List<VotingViews.MotionResult> of(Meeting meeting) {
        long eligible = meetings.rollSize(meeting.id());
        return meetings.motions(meeting.id()).stream().map(motion -> of(motion, eligible)).toList();
    }

    private VotingViews.MotionResult of(Motion motion, long eligible) {
        List<Ballots.PublishedBallot> list = ballots.published(motion.id());
        String head = list.isEmpty() ? Ballots.GENESIS : list.get(list.size() - 1).hash();
        long byProxy = ballots.byProxy(motion.id());
        long inPerson = ballots.participants(motion.id()) - byProxy;
        if (!motion.isElection()) {
            Map<Choice, Long> counts = Ballots.count(list);
            Tally tally = new Tally(eligible, inPerson, byProxy, counts.get(Choice.YES), counts.get(Choice.NO), counts.get(Choice.ABSTAIN));
            return new VotingViews.MotionResult(motion.id(), motion.seq(), motion.title(), motion.resolution(),
                    motion.resolution().threshold(), eligible, tally.present(), tally.presentByProxy(), tally.yes(), tally.no(),
                    tally.abstain(), tally.quorate(), tally.decide(motion.resolution()), head, null);
        }
        List<Candidate> candidates = meetings.candidates(motion.id());
        ElectionCount count = ElectionCount.of(candidates.stream().map(c -> new ElectionCount.Entry(c.number(), c.memberNumber())).toList(),
                list.stream().map(Ballots.PublishedBallot::choice).toList(), motion.seats(), motion.tieRule(), head);
        Tally tally = new Tally(eligible, inPerson, byProxy, 0, 0, 0);
        Tally.Outcome outcome = !tally.quorate() ? Tally.Outcome.NO_QUORUM : count.anyElected() ? Tally.Outcome.PASSED : Tally.Outcome.FAILED;
        Map<Integer, Candidate> byNumber = candidates.stream().collect(java.util.stream.Collectors.toMap(Candidate::number, c -> c));
        // without a quorum the meeting decides nothing: nobody is elected, whatever the count
        boolean decides = tally.quorate();
        List<VotingViews.CandidateResult> lines = count.lines().stream().map(line -> {
            Candidate c = byNumber.get(line.number());
            return new VotingViews.CandidateResult(c.number(), c.membershipId(), c.memberNumber(), c.name(), line.votes(),
                    decides && line.elected(), decides && line.byTieRule());
        }).toList();
        return new VotingViews.MotionResult(motion.id(), motion.seq(), motion.title(), motion.resolution(), "the most votes, up to "
                + motion.seats() + (motion.seats() == 1 ? " seat" : " seats"), eligible, tally.present(), tally.presentByProxy(), 0, 0,
                count.blank(), tally.quorate(), outcome, head,
                new VotingViews.ElectionResult(motion.office(), motion.seats(), motion.tieRule(), count.blank(), lines,
                        decides ? count.tieNote() : null));
    }

    /** The ballot of an election, as a voter sees it; null for a resolution. */
    public VotingViews.ElectionView ballot(Motion motion) {
        if (!motion.isElection()) {
            return null;
        }
        return new VotingViews.ElectionView(motion.office(), motion.seats(), motion.tieRule(), motion.tieRule().text(),
                meetings.candidates(motion.id()).stream()
                        .map(c -> new VotingViews.CandidateView(c.number(), c.membershipId(), c.memberNumber(), c.name())).toList());
    }
}
