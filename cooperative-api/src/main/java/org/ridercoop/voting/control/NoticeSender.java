package org.ridercoop.voting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ridercoop.platform.mail.Mail;
import org.ridercoop.platform.mail.MailQueue;
import org.ridercoop.platform.mail.Mailer;
import org.ridercoop.voting.entity.Meeting;
import org.ridercoop.voting.entity.Motion;

/**
 * The notice e-mails of meetings as a mail queue ({@link Notices} keeps it): sent right after a meeting is called,
 * and every minute for what is left (retries, or a sender that stopped half-way).
 */
@ApplicationScoped
public class NoticeSender implements MailQueue<Notices.Pending> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Seoul"));

    /** Fired, within its transaction, when a meeting was called: its notices are sent once that commits. */
    public record MeetingCalled(long meetingId) {
    }

    @Inject
    Notices notices;
    @Inject
    Meetings meetings;
    @Inject
    Mailer mailer;
    @PersistenceContext(unitName = "coop")
    EntityManager em;
    @Resource
    ManagedExecutorService executor;
    @Inject
    @ConfigProperty(name = "coop.web.url", defaultValue = "http://localhost:8080")
    String webUrl;

    void afterCall(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeetingCalled called) {
        executor.execute(this::drain);
    }

    /** Sends the notices due now. */
    public int drain() {
        return mailer.drain(this);
    }

    @Override
    public String name() {
        return "meeting notice";
    }

    @Override
    public List<Notices.Pending> due(int limit) {
        return notices.due(limit);
    }

    @Override
    public boolean claim(Notices.Pending pending) {
        return notices.claim(pending);
    }

    @Override
    public void sent(Notices.Pending pending) {
        notices.sent(pending);
    }

    @Override
    public void failed(Notices.Pending pending, String error) {
        notices.failed(pending, error);
    }

    /** One text per meeting, addressed to each member. */
    @Override
    public Function<Notices.Pending, Mail> composer() {
        Map<Long, Content> contents = new HashMap<>();
        return pending -> {
            Content content = contents.computeIfAbsent(pending.meetingId(), this::content);
            return new Mail(pending.email(), content.subject(), content.body());
        };
    }

    /** The notice's text, in Korean then English: the meeting, the agenda, where to vote. */
    Content content(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        String coop = (String) em.createNativeQuery("SELECT name_ko FROM cooperative WHERE id = ?1").setParameter(1, meeting.coopId())
                .getSingleResult();
        List<Motion> agenda = meetings.motions(meetingId);
        String link = webUrl + "/meeting.xhtml?coop=" + meeting.coopId() + "&meeting=" + meetingId;
        StringBuilder body = new StringBuilder();
        body.append(coop).append(" ").append(korean(meeting)).append(" 소집 통지\n\n")
                .append("회의: ").append(meeting.title()).append('\n')
                .append("일시: ").append(WHEN.format(meeting.startsAt())).append(" (KST)\n")
                .append("장소: ").append(meeting.place()).append('\n')
                .append("온라인 투표: ").append(WHEN.format(meeting.votingOpensAt())).append(" ~ ").append(WHEN.format(meeting.votingClosesAt()))
                .append('\n').append("\n안건:\n");
        agenda.forEach(m -> body.append(m.seq()).append(". ").append(m.title())
                .append(m.isElection() ? " (선거, " + m.seats() + "석)" : m.resolution().name().equals("SPECIAL") ? " (특별결의)" : " (보통결의)")
                .append('\n'));
        body.append("\n투표와 안건 자세히 보기: ").append(link).append("\n\n---\n")
                .append("Notice of ").append(meeting.kind().name().toLowerCase().replace('_', ' ')).append(", ").append(coop).append("\n\n")
                .append("Meeting: ").append(meeting.title()).append('\n')
                .append("When: ").append(WHEN.format(meeting.startsAt())).append(" (KST)\n")
                .append("Where: ").append(meeting.place()).append('\n')
                .append("Online voting: ").append(WHEN.format(meeting.votingOpensAt())).append(" to ").append(WHEN.format(meeting.votingClosesAt()))
                .append("\n\nAgenda:\n");
        agenda.forEach(m -> body.append(m.seq()).append(". ").append(m.title()).append('\n'));
        body.append("\nVote and read the agenda: ").append(link).append('\n');
        return new Content("[" + coop + "] " + korean(meeting) + " 소집 통지: " + meeting.title(), body.toString());
    }

    private static String korean(Meeting meeting) {
        return switch (meeting.kind()) {
            case ORDINARY_GENERAL_ASSEMBLY -> "정기총회";
            case EXTRAORDINARY_GENERAL_ASSEMBLY -> "임시총회";
            case DELEGATES_ASSEMBLY -> "대의원총회";
            case BOARD_MEETING -> "이사회";
        };
    }

    /** A notice e-mail. */
    record Content(String subject, String body) {
    }
}
