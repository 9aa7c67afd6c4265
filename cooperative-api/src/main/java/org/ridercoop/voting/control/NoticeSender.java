package org.ridercoop.voting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ridercoop.voting.entity.Meeting;
import org.ridercoop.voting.entity.Motion;

/**
 * Sends the queued notice e-mails ({@link Notices}) through the configured SMTP server: right after a meeting is
 * called, and every minute for what is left (retries, or a sender that stopped half-way). Each e-mail is claimed
 * first, so two instances never send the same one.
 */
@ApplicationScoped
public class NoticeSender {
    private static final Logger LOG = Logger.getLogger(NoticeSender.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Seoul"));

    /** Fired, within its transaction, when a meeting was called: its notices are sent once that commits. */
    public record MeetingCalled(long meetingId) {
    }

    @Inject
    Notices notices;
    @Inject
    Meetings meetings;
    @PersistenceContext(unitName = "coop")
    EntityManager em;
    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "coop.mail.host", defaultValue = "localhost")
    String host;
    @Inject
    @ConfigProperty(name = "coop.mail.port", defaultValue = "3025")
    int port;
    @Inject
    @ConfigProperty(name = "coop.mail.from", defaultValue = "Ridercoop <noreply@ridercoop.local>")
    String from;
    @Inject
    @ConfigProperty(name = "coop.mail.user")
    Optional<String> user;
    @Inject
    @ConfigProperty(name = "coop.mail.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "coop.mail.starttls", defaultValue = "false")
    boolean starttls;
    @Inject
    @ConfigProperty(name = "coop.web.url", defaultValue = "http://localhost:8080")
    String webUrl;

    private final AtomicBoolean draining = new AtomicBoolean();

    void afterCall(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeetingCalled called) {
        executor.execute(this::drain);
    }

    /** Sends what is due; one drain at a time in this instance. */
    public int drain() {
        if (!draining.compareAndSet(false, true)) {
            return 0;
        }
        int sent = 0;
        try {
            Session session = session();
            Map<Long, Content> contents = new HashMap<>();
            for (List<Notices.Pending> due = notices.due(200); !due.isEmpty(); due = notices.due(200)) {
                int claimed = 0;
                for (Notices.Pending pending : due) {
                    if (!notices.claim(pending)) {
                        continue;
                    }
                    claimed++;
                    try {
                        Content content = contents.computeIfAbsent(pending.meetingId(), this::content);
                        send(session, pending.email(), content);
                        notices.sent(pending);
                        sent++;
                    } catch (MessagingException | RuntimeException e) {
                        String why = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                        LOG.log(Level.WARNING, "notice e-mail for meeting {0} failed: {1}", new Object[] {pending.meetingId(), why});
                        notices.failed(pending, why);
                    }
                }
                if (claimed == 0) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sending notices stopped: {0}", e.toString());
        } finally {
            draining.set(false);
        }
        return sent;
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        props.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
        return Session.getInstance(props);
    }

    private void send(Session session, String to, Content content) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(content.subject(), "UTF-8");
        message.setText(content.body(), "UTF-8");
        message.setSentDate(new java.util.Date());
        if (user.isPresent()) {
            Transport.send(message, user.get(), password.orElse(""));
        } else {
            Transport.send(message);
        }
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
