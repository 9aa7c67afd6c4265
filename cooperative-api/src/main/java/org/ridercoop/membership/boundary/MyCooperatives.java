package org.ridercoop.membership.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.ridercoop.membership.control.Cooperatives;

/** For other features: the cooperatives a person belongs to. */
@ApplicationScoped
public class MyCooperatives {

    /** A cooperative of the person, by name, and what they are to it: member or consultant. */
    public record Ref(long id, String name, String relation) {
    }

    @Inject
    Cooperatives cooperatives;

    public List<Ref> of(String subject, String verifiedEmail, boolean consultant) {
        List<Ref> refs = new java.util.ArrayList<>(cooperatives.ofMember(subject, verifiedEmail).stream()
                .map(c -> new Ref(c.id(), c.nameKo(), "member")).toList());
        if (consultant) {
            cooperatives.grantedTo(verifiedEmail).stream()
                    .filter(c -> refs.stream().noneMatch(r -> r.id() == c.id()))
                    .forEach(c -> refs.add(new Ref(c.id(), c.nameKo(), "consultant")));
        }
        return List.copyOf(refs);
    }
}
