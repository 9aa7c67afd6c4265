package org.ridercoop.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Set;

/** The cooperative of the current request and the caller's relations with it, set by {@link TenantFilter}. */
@RequestScoped
public class Tenant {
    private Long coopId;
    private Set<Relation> relations = EnumSet.noneOf(Relation.class);

    void resolve(long coopId, Set<Relation> relations) {
        this.coopId = coopId;
        this.relations = relations.isEmpty() ? EnumSet.noneOf(Relation.class) : EnumSet.copyOf(relations);
    }

    /** The cooperative of this request; only below {@code /coops/{coopId}}. */
    public long coopId() {
        if (coopId == null) {
            throw new IllegalStateException("no cooperative in this request");
        }
        return coopId;
    }

    public boolean is(Relation relation) {
        return relations.contains(relation);
    }

    public Set<Relation> relations() {
        return Set.copyOf(relations);
    }
}
