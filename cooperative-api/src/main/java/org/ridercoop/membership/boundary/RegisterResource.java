package org.ridercoop.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.membership.entity.MembershipStatus;
import org.ridercoop.platform.csv.SpreadsheetCsv;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;

/**
 * The member register (조합원 명부, §49) as a CSV file that Excel opens with its Korean text intact: UTF-8 with a
 * byte-order mark, CRLF lines, with the totals of the current members' shares and paid-in capital.
 */
@Path("coops/{coopId}/register.csv")
@RequestScoped
@Tag(name = "membership")
public class RegisterResource {
    static final String CSV = "text/csv; charset=UTF-8";
    static final Map<MembershipStatus, String> STATUS_KO = Map.of(MembershipStatus.APPLICANT, "가입신청", MembershipStatus.ACTIVE, "조합원",
            MembershipStatus.WITHDRAWING, "탈퇴예고", MembershipStatus.WITHDRAWN, "탈퇴", MembershipStatus.EXPELLED, "제명",
            MembershipStatus.DECEASED, "사망", MembershipStatus.REFUSED, "가입거절");

    @Inject
    Memberships memberships;
    @Inject
    Tenant tenant;

    @GET
    @Produces(CSV)
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @CoopAccess({Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @SecurityRequirement(name = Roles.SCHEME)
    @Operation(summary = "The member register as CSV (UTF-8 with BOM, for Excel), with totals")
    @APIResponse(responseCode = "200", description = "The register", content = @Content(mediaType = CSV))
    public Response register() {
        Cooperative cooperative = memberships.cooperative(tenant.coopId());
        List<Membership> members = memberships.search(tenant.coopId(), null, null).stream().filter(m -> m.memberNumber() != null).toList();
        byte[] body = csv(cooperative, members).getBytes(StandardCharsets.UTF_8);
        return Response.ok(body, CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"member-register-" + cooperative.id()
                        + ".csv\"; filename*=UTF-8''%EC%A1%B0%ED%95%A9%EC%9B%90%EB%AA%85%EB%B6%80-" + cooperative.id() + ".csv")
                .build();
    }

    static String csv(Cooperative cooperative, List<Membership> members) {
        SpreadsheetCsv out = new SpreadsheetCsv();
        out.line("조합원번호", "성명", "가입일", "출자좌수", "출자금(원)", "납입출자금(원)", "상태", "탈퇴·제명일");
        long shares = 0;
        long subscribed = 0;
        long paidIn = 0;
        for (Membership m : members) {
            out.line(String.valueOf(m.memberNumber()), m.name(), String.valueOf(m.joinedOn()), String.valueOf(m.shares()),
                    String.valueOf(m.subscribedWon(cooperative.sharePrice())), String.valueOf(m.paidIn()), STATUS_KO.get(m.status()),
                    m.leftOn() == null ? "" : m.leftOn().toString());
            if (m.status().holdsShares()) {
                shares += m.shares();
                subscribed += m.subscribedWon(cooperative.sharePrice());
                paidIn += m.paidIn();
            }
        }
        out.line("합계(현 조합원)", "", "", String.valueOf(shares), String.valueOf(subscribed), String.valueOf(paidIn), "", "");
        return out.toString();
    }
}
