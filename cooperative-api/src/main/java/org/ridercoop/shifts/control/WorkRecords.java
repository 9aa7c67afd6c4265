package org.ridercoop.shifts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.shifts.entity.WorkImport;
import org.ridercoop.shifts.entity.WorkRecord;

/** Work records: entered, confirmed or rejected, imported all or nothing, listed. */
@ApplicationScoped
public class WorkRecords {
    private static final Jsonb JSON = JsonbBuilder.create();

    /** The outcome of an import. */
    public record Imported(int imported, int alreadyImported, long minutes, long deliveries, long incomeWon) {
    }

    @PersistenceContext(unitName = "coop")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    RiderNotifications notifications;

    public WorkRecord add(WorkRecord record) {
        em.persist(record);
        em.flush();
        return record;
    }

    public WorkRecord record(long coopId, long recordId) {
        WorkRecord record = em.find(WorkRecord.class, recordId);
        if (record == null || record.coopId() != coopId) {
            throw ProblemException.notFound("Work record " + recordId);
        }
        return record;
    }

    /** Records in [from, to) by start, newest first; of one member, or all; of one status, or all. */
    public List<WorkRecord> between(long coopId, Instant from, Instant to, Long membershipId, WorkRecord.Status status) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM WorkRecord r WHERE r.coopId = :coopId AND r.startedAt >= :from AND r.startedAt < :to");
        if (membershipId != null) {
            jpql.append(" AND r.membershipId = :member");
        }
        if (status != null) {
            jpql.append(" AND r.status = :status");
        }
        var query = em.createQuery(jpql.append(" ORDER BY r.startedAt DESC, r.id DESC").toString(), WorkRecord.class)
                .setParameter("coopId", coopId).setParameter("from", from).setParameter("to", to).setMaxResults(2000);
        if (membershipId != null) {
            query.setParameter("member", membershipId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    public WorkImport.Mapping mapping(long coopId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT mapping FROM work_import_mapping WHERE coop_id = ?1").setParameter(1, coopId).getResultList();
        return rows.isEmpty() ? WorkImport.DEFAULT_MAPPING : JSON.fromJson(rows.get(0), WorkImport.Mapping.class);
    }

    public void save(long coopId, WorkImport.Mapping mapping, String by) {
        em.createNativeQuery("""
                INSERT INTO work_import_mapping (coop_id, mapping, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4)
                ON DUPLICATE KEY UPDATE mapping = VALUES(mapping), updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)""")
                .setParameter(1, coopId).setParameter(2, JSON.toJson(mapping)).setParameter(3, by).setParameter(4, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    /**
     * Imports a platform export: all lines or none. Every bad line is named in the 422's errors ("line 7": why), and
     * nothing is stored then.
     */
    public Imported importCsv(long coopId, String csv, String by) {
        Map<Integer, Long> members = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT member_number, id FROM membership WHERE coop_id = ?1 AND status IN ('ACTIVE', 'WITHDRAWING') AND member_number IS NOT NULL""")
                .setParameter(1, coopId).getResultList();
        rows.forEach(r -> members.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
        Instant now = Instant.now();
        WorkImport.Result result = WorkImport.read(csv, mapping(coopId), members::get, now);
        if (!result.problems().isEmpty()) {
            throw new ProblemException(Problem.of(422, "work-import-rejected", "Import rejected",
                    result.problems().size() + (result.problems().size() == 1 ? " line is" : " lines are")
                            + " wrong; nothing was imported. Correct them and import the whole file again.")
                    .withErrors(result.problems().stream().map(p -> new org.ridercoop.platform.problem.FieldError("line " + p.line(), p.reason()))
                            .toList()));
        }
        int imported = 0;
        int again = 0;
        long minutes = 0;
        long deliveries = 0;
        long income = 0;
        for (WorkImport.Line line : result.lines()) {
            String key = org.ridercoop.platform.crypto.Sha256.hex(coopId + "|" + line.key());
            if (!em.createNativeQuery("SELECT 1 FROM work_record WHERE coop_id = ?1 AND import_key = ?2").setParameter(1, coopId)
                    .setParameter(2, key).getResultList().isEmpty()) {
                again++;
                continue;
            }
            WorkRecord record = new WorkRecord(coopId, members.get(line.memberNumber()), null, line.startedAt(), line.endedAt(), line.deliveries(),
                    line.distanceMetres(), line.incomeWon(), WorkRecord.Source.IMPORT, key, by, now);
            em.persist(record);
            imported++;
            minutes += record.minutes();
            deliveries += record.deliveries();
            income += record.incomeWon();
        }
        em.flush();
        Imported outcome = new Imported(imported, again, minutes, deliveries, income);
        audit.record(coopId, "work.imported", "cooperative", coopId, null, outcome);
        return outcome;
    }

    public void decide(WorkRecord record, boolean confirm, String reason, String by) {
        record.decide(confirm, reason, by, Instant.now());
        em.flush();
        audit.record(record.coopId(), confirm ? "work.confirmed" : "work.rejected", "work_record", record.id(), null,
                Map.of("status", record.status().name(), "reason", reason == null ? "" : reason));
        if (!confirm) {
            notifications.tell(record.coopId(), record.membershipId(), RiderNotifications.Kind.RECORD_DECIDED,
                    "근무 기록이 반려되었습니다" + (reason == null ? "." : ": " + reason),
                    "Your work record was rejected" + (reason == null ? "." : ": " + reason), record.shiftId());
        }
    }

    /** Member number and name by membership id. */
    public Map<Long, Object[]> names(long coopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, member_number, name FROM membership WHERE coop_id = ?1").setParameter(1, coopId)
                .getResultList();
        Map<Long, Object[]> names = new HashMap<>();
        rows.forEach(r -> names.put(((Number) r[0]).longValue(), new Object[] {r[1] == null ? null : ((Number) r[1]).intValue(), r[2]}));
        return names;
    }
}
