package org.ridercoop.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what a {@link MailQueue} holds through the configured SMTP server, over one connection while it lasts; one
 * drain of a queue at a time in this instance (other instances are kept off each e-mail by its claim).
 */
@ApplicationScoped
public class Mailer {
    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static final int BATCH = 200;

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

    private final Map<String, AtomicBoolean> draining = new ConcurrentHashMap<>();
    private final Map<String, AtomicBoolean> asked = new ConcurrentHashMap<>();

    /**
     * Sends what is due in the queue; returns how many were sent. While a drain of the queue runs in this instance,
     * another call only asks it to look once more when it is done (what was queued meanwhile is not left waiting).
     */
    public <P> int drain(MailQueue<P> queue) {
        AtomicBoolean running = draining.computeIfAbsent(queue.name(), k -> new AtomicBoolean());
        AtomicBoolean again = asked.computeIfAbsent(queue.name(), k -> new AtomicBoolean());
        again.set(true);
        int sent = 0;
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                sent += drainOnce(queue);
            } finally {
                running.set(false);
            }
        }
        return sent;
    }

    private <P> int drainOnce(MailQueue<P> queue) {
        int sent = 0;
        Session session = session();
        Transport transport = null;
        try {
            Function<P, Mail> composer = queue.composer();
            for (List<P> due = queue.due(BATCH); !due.isEmpty(); due = queue.due(BATCH)) {
                int claimed = 0;
                for (P pending : due) {
                    if (!queue.claim(pending)) {
                        continue;
                    }
                    claimed++;
                    try {
                        MimeMessage message = message(session, composer.apply(pending));
                        if (transport == null || !transport.isConnected()) {
                            transport = connect(session);
                        }
                        transport.sendMessage(message, message.getAllRecipients());
                        queue.sent(pending);
                        sent++;
                    } catch (MessagingException | RuntimeException e) {
                        String why = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                        LOG.log(Level.WARNING, "{0} e-mail {1} failed: {2}", new Object[] {queue.name(), pending, why});
                        queue.failed(pending, why);
                        transport = close(transport);
                    }
                }
                if (claimed == 0) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sending {0} stopped: {1}", new Object[] {queue.name(), e.toString()});
        } finally {
            close(transport);
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

    private Transport connect(Session session) throws MessagingException {
        Transport transport = session.getTransport("smtp");
        if (user.isPresent()) {
            transport.connect(host, port, user.get(), password.orElse(""));
        } else {
            transport.connect();
        }
        return transport;
    }

    private static Transport close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the connection is gone either way
            }
        }
        return null;
    }

    private MimeMessage message(Session session, Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(new java.util.Date());
        message.saveChanges();
        return message;
    }
}
