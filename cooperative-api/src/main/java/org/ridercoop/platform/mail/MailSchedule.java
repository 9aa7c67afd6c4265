package org.ridercoop.platform.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Every minute, what every e-mail queue still has due: retries after a failure, or what a stopped instance left claimed. */
@Singleton
public class MailSchedule {
    @Inject
    Mailer mailer;
    @Inject
    Instance<MailQueue<?>> queues;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMinute() {
        queues.forEach(mailer::drain);
    }
}
