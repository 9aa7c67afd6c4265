package org.ridercoop.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * The identifiers that appear in paths below {@code /coops/{coopId}}, and the table each names a row of. Before a
 * resource method runs (and before its body is even read), every such identifier must name a row of the
 * request's cooperative; otherwise the answer is 404, as if it did not exist. A feature that adds a path
 * parameter adds its line here (the tenant-isolation test fails until it does).
 */
@ApplicationScoped
public class OwnedIdentifiers {
    static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("memberId", "membership"),
            Map.entry("positionId", "board_position"),
            Map.entry("caseId", "expulsion_case"),
            Map.entry("grantId", "consultant_grant"),
            Map.entry("meetingId", "meeting"),
            Map.entry("motionId", "motion"),
            Map.entry("delegateId", "delegate"),
            Map.entry("planId", "dues_plan"),
            Map.entry("shiftId", "shift"),
            Map.entry("swapId", "shift_swap"),
            Map.entry("windowId", "signup_window"),
            Map.entry("recordId", "work_record"),
            Map.entry("runId", "payout_run"),
            Map.entry("proposalId", "surplus_proposal"));

    @PersistenceContext(unitName = "coop")
    EntityManager em;

    /** Whether the path parameter's value names a row of the cooperative. */
    public boolean belongs(long coopId, String parameter, String value) {
        String table = TABLES.get(parameter);
        if (table == null) {
            throw new IllegalStateException("path parameter {" + parameter + "} is not registered in OwnedIdentifiers");
        }
        long id;
        try {
            id = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return false;
        }
        // the table name comes from the constant map above, never from the request
        List<?> rows = em.createNativeQuery("SELECT 1 FROM " + table + " WHERE id = ?1 AND coop_id = ?2")
                .setParameter(1, id).setParameter(2, coopId).getResultList();
        return !rows.isEmpty();
    }
}
