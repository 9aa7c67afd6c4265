package org.ridercoop.web.coop.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ridercoop.web.coop.control.CooperativeLookup;
import org.ridercoop.web.coop.entity.ConsultantGrant;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.platform.api.Answer;

/**
 * For every page of a cooperative: may the signed-in person run it (board in office, or the platform operator)?
 * The API decides, not the web: its list of consultant grants answers the board and the operator only, so a
 * consultant or a plain member, who may read, gets no forms. The API checks every change again anyway.
 */
@RequestScoped
public class CoopAccess {

    @Inject
    CooperativeLookup lookup;

    private final Map<Long, Answer<List<ConsultantGrant>>> grants = new HashMap<>();
    private final Map<Long, Answer<Cooperative>> cooperatives = new HashMap<>();

    /** The cooperative, as far as the person may see it (another cooperative is not found). */
    public Answer<Cooperative> cooperative(long coopId) {
        return cooperatives.computeIfAbsent(coopId, lookup::cooperative);
    }

    public boolean manages(long coopId) {
        return grants(coopId) instanceof Answer.Found;
    }

    /** The consultant grants, asked once per request for both the question above and the consultants page. */
    public Answer<List<ConsultantGrant>> grants(long coopId) {
        return grants.computeIfAbsent(coopId, lookup::consultants);
    }
}
