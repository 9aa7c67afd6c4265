package org.ridercoop.platform.tenancy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A read-only view of the cooperative table: only whether the id exists. */
@Entity
@Table(name = "cooperative")
class CooperativeExists {
    @Id
    private Long id;

    protected CooperativeExists() {
        // for JPA
    }
}
