package org.ridercoop.membership.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.ridercoop.membership.control.Cooperatives;

/** For other features: the cooperatives a person belongs to. */
@ApplicationScoped
public class MyCooperatives {

    /** A cooperative of the person, by name. */
    public record Ref(long id, String name) {
    }

    @Inject
    Cooperatives cooperatives;

    public List<Ref> of(String subject, String verifiedEmail) {
        return cooperatives.ofMember(subject, verifiedEmail).stream().map(c -> new Ref(c.id(), c.nameKo())).toList();
    }
}
