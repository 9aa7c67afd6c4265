package org.ridercoop.membership.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.CooperativeKind;

/** What anyone signed in may know of a cooperative before applying to it. */
@Schema(name = "DirectoryEntry")
public record DirectoryEntry(long id, String nameKo, String nameRomanized, CooperativeKind kind, long sharePriceWon) {

    static DirectoryEntry of(Cooperative c) {
        return new DirectoryEntry(c.id(), c.nameKo(), c.nameRomanized(), c.kind(), c.sharePrice());
    }
}
