package org.ridercoop.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ridercoop.platform.time.KoreanCalendar;

/**
 * The one place that decides who is what to which cooperative. A member is matched by their Keycloak subject,
 * or, until their account is linked to the membership, by their verified e-mail address; a consultant (realm
 * role consultant) by the verified e-mail address of a grant in force.
 */
@ApplicationScoped
public class Relations {
    private static final String MEMBER_SQL = """
            SELECT m.id FROM membership m LEFT JOIN person p ON p.id = m.person_id
            WHERE m.coop_id = ?1 AND m.status IN ('ACTIVE', 'WITHDRAWING')
              AND (p.subject = ?2 OR (m.person_id IS NULL AND ?3 IS NOT NULL AND m.email = ?3))""";
    private static final String CONSULTANT_SQL = """
            SELECT COUNT(*) FROM consultant_grant g WHERE g.coop_id = ?1 AND g.consultant_email = ?2 AND g.revoked_at IS NULL""";
    private static final String BOARD_SQL = """
            SELECT COUNT(*) FROM board_position b WHERE b.membership_id = ?1 AND ?2 BETWEEN b.term_start AND b.term_end""";

    @PersistenceContext(unitName = "coop")
    EntityManager em;

    /** Empty when the cooperative does not exist or the caller has nothing to do with it. */
    public Set<Relation> of(long coopId, String subject, String verifiedEmail, boolean operator, boolean consultant) {
        if (em.find(CooperativeExists.class, coopId) == null) {
            return EnumSet.noneOf(Relation.class);
        }
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        if (operator) {
            relations.add(Relation.OPERATOR);
        }
        if (consultant && verifiedEmail != null) {
            Number grants = (Number) em.createNativeQuery(CONSULTANT_SQL).setParameter(1, coopId).setParameter(2, verifiedEmail)
                    .getSingleResult();
            if (grants.longValue() > 0) {
                relations.add(Relation.CONSULTANT);
            }
        }
        @SuppressWarnings("unchecked")
        List<Number> memberships = em.createNativeQuery(MEMBER_SQL)
                .setParameter(1, coopId).setParameter(2, subject).setParameter(3, verifiedEmail)
                .getResultList();
        for (Number membership : memberships) {
            relations.add(Relation.MEMBER);
            // today in Korea, not the database server's CURRENT_DATE (it may still be yesterday there)
            Number positions = (Number) em.createNativeQuery(BOARD_SQL).setParameter(1, membership.longValue())
                    .setParameter(2, KoreanCalendar.today()).getSingleResult();
            if (positions.longValue() > 0) {
                relations.add(Relation.BOARD);
            }
        }
        return relations;
    }
}
