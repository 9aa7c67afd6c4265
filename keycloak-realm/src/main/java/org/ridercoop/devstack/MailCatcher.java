package org.ridercoop.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An SMTP server in this JVM (GreenMail) that keeps what it is sent: the local run's e-mail (written to a folder
 * as .eml files and announced on the console) and the tests' (read back with {@link #received()}).
 */
public final class MailCatcher implements AutoCloseable {
    private final GreenMail server;
    private ScheduledExecutorService watcher;

    private MailCatcher(int port) {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static MailCatcher start(int port) {
        return new MailCatcher(port);
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** Everything received so far, oldest first. */
    public List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }

    /** Writes each new message to {@code folder} as an .eml file and prints a line for it. */
    public MailCatcher keepIn(Path folder, PrintStream out) {
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mail-catcher");
            thread.setDaemon(true);
            return thread;
        });
        int[] seen = {0};
        watcher.scheduleWithFixedDelay(() -> {
            MimeMessage[] messages = server.getReceivedMessages();
            for (; seen[0] < messages.length; seen[0]++) {
                MimeMessage message = messages[seen[0]];
                try {
                    Files.createDirectories(folder);
                    Path file = folder.resolve(String.format("%05d.eml", seen[0] + 1));
                    try (OutputStream stream = Files.newOutputStream(file)) {
                        message.writeTo(stream);
                    }
                    out.printf("E-mail to %s: %s (%s)%n", String.join(", ", List.of(message.getHeader("To"))), message.getSubject(), file);
                } catch (IOException | MessagingException e) {
                    out.println("An e-mail could not be kept: " + e.getMessage());
                }
            }
        }, 2, 2, TimeUnit.SECONDS);
        return this;
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
        server.stop();
    }
}
