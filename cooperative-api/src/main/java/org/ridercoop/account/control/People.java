package org.ridercoop.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ridercoop.account.entity.Person;

/** The person register. */
@ApplicationScoped
public class People {
    @PersistenceContext(unitName = "coop")
    EntityManager em;

    public Person add(Person person) {
        em.persist(person);
        return person;
    }

    /** Writes pending changes now, so that the new version is known before the answer is sent. */
    public void flush() {
        em.flush();
    }

    public Optional<Person> byId(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    public Optional<Person> bySubject(String subject) {
        return em.createNamedQuery(Person.BY_SUBJECT, Person.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }
}
