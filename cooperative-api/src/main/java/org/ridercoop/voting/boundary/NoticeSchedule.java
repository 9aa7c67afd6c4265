package org.ridercoop.voting.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.ridercoop.voting.control.NoticeSender;

/** Every minute, the notice e-mails still due: retries after a failure, or those a stopped instance left claimed. */
@Singleton
public class NoticeSchedule {
    @Inject
    NoticeSender sender;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMinute() {
        sender.drain();
    }
}
