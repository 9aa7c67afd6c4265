package org.ridercoop.membership.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the caller's memberships, in any status, with its history. */
@Schema(name = "MyMembership")
public record MyMembership(DirectoryEntry coop, MemberView member, List<MemberDetail.StatusChangeView> history, String refusalReason) {
}
