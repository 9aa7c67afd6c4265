package org.ridercoop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void koreanNamesAreFamilyNameFirstWithoutASpaceAndNfc() {
        String nfdGiven = Normalizer.normalize("민준", Normalizer.Form.NFD);
        Caller caller = caller(Map.of("given_name", nfdGiven, "family_name", "김"), Set.of());

        assertThat(caller.displayName()).isEqualTo("김민준");
        assertThat(Normalizer.isNormalized(caller.displayName(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void otherNamesAreGivenNameFirst() {
        assertThat(caller(Map.of("given_name", "Jihoon", "family_name", "Choi"), Set.of()).displayName()).isEqualTo("Jihoon Choi");
        assertThat(caller(Map.of("preferred_username", "rider"), Set.of()).displayName()).isEqualTo("rider");
    }

    @Test
    void onlyPlatformRolesAreReportedInAStableOrder() {
        Caller caller = caller(Map.of(), Set.of("offline_access", "board", "default-roles-coop", "rider"));

        assertThat(caller.roles()).containsExactly("rider", "board");
    }

    private static Caller caller(Map<String, Object> claims, Set<String> groups) {
        Caller caller = new Caller();
        caller.setToken(new JsonWebToken() {
            @Override
            public String getName() {
                return (String) claims.getOrDefault("preferred_username", "someone");
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            public Set<String> getGroups() {
                return groups;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        });
        return caller;
    }
}
