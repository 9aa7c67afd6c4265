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
    /** A membership of the caller, in any status and any cooperative: id, cooperative, status. */
    private static final String MEMBERSHIPS_SQL = """
            SELECT m.id, m.coop_id, m.status FROM membership m LEFT JOIN person p ON p.id = m.person_id
            WHERE (p.subject = ?1 OR (m.person_id IS NULL AND ?2 IS NOT NULL AND m.email = ?2))
            ORDER BY m.coop_id, m.id""";
    private static final String GRANTS_SQL = """
            SELECT DISTINCT g.coop_id FROM consultant_grant g WHERE g.consultant_email = ?1 AND g.revoked_at IS NULL ORDER BY g.coop_id""";
    private static final String BOARD_SQL = """
            SELECT COUNT(*) FROM board_position b WHERE b.membership_id = ?1 AND ?2 BETWEEN b.term_start AND b.term_end
              AND (b.vacated_on IS NULL OR ?2 < b.vacated_on)""";

    /** One of a person's memberships. */
    public record MembershipRef(long id, long coopId, String status) {
        /** Active, or withdrawing but not yet gone: a member with a member's rights. */
        public boolean current() {
            return "ACTIVE".equals(status) || "WITHDRAWING".equals(status);
        }
    }

    @PersistenceContext(unitName = "coop")
    EntityManager em;

    /**
     * Empty when the cooperative does not exist; otherwise at least {@link Relation#ANYONE}, and whatever else the
     * caller is to it.
     */
    public Set<Relation> of(long coopId, String subject, String verifiedEmail, boolean operator, boolean consultant) {
        if (em.find(CooperativeExists.class, coopId) == null) {
            return EnumSet.noneOf(Relation.class);
        }
        Set<Relation> relations = EnumSet.of(Relation.ANYONE);
        if (operator) {
            relations.add(Relation.OPERATOR);
        }
        if (consultant && grantedCooperatives(verifiedEmail).contains(coopId)) {
            relations.add(Relation.CONSULTANT);
        }
        for (MembershipRef membership : membershipsOf(subject, verifiedEmail)) {
            if (membership.coopId() != coopId || !membership.current()) {
                continue;
            }
            relations.add(Relation.MEMBER);
            // today in Korea, not the database server's CURRENT_DATE (it may still be yesterday there)
            Number positions = (Number) em.createNativeQuery(BOARD_SQL).setParameter(1, membership.id())
                    .setParameter(2, KoreanCalendar.today()).getSingleResult();
            if (positions.longValue() > 0) {
                relations.add(Relation.BOARD);
            }
        }
        return relations;
    }

    /** Every membership of a person, in every status and cooperative. */
    public List<MembershipRef> membershipsOf(String subject, String verifiedEmail) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(MEMBERSHIPS_SQL).setParameter(1, subject).setParameter(2, verifiedEmail)
                .getResultList();
        return rows.stream().map(r -> new MembershipRef(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2]))
                .toList();
    }

    /** The cooperatives whose grant to this consultant (by verified e-mail) is in force. */
    public List<Long> grantedCooperatives(String verifiedEmail) {
        if (verifiedEmail == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(GRANTS_SQL).setParameter(1, verifiedEmail).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
