package org.ridercoop.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ridercoop.account.control.People;
import org.ridercoop.account.entity.Person;

/** What other features may ask of the person register: the person behind a Keycloak subject, added if new. */
@ApplicationScoped
public class PersonDirectory {
    @Inject
    People people;

    /** The Keycloak subject of a person of the register. */
    public java.util.Optional<String> subjectOf(long personId) {
        return people.byId(personId).map(Person::subject);
    }

    /** The id of the person with this subject; a person who never called the API before is added. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long idOf(String subject, String displayName, String email) {
        Person person = people.bySubject(subject).orElseGet(() -> people.add(new Person(subject, displayName, email)));
        people.flush();
        return person.id();
    }
}
