package org.ridercoop.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeycloakAccountsTest {
    @Test
    void koreanNamesSplitAfterTheFamilyNameOthersAtTheLastWord() {
        assertThat(KeycloakAccounts.split("윤서준")).containsExactly("서준", "윤");
        assertThat(KeycloakAccounts.split("Ali Khan")).containsExactly("Ali", "Khan");
        assertThat(KeycloakAccounts.split("Mary Ann Lee")).containsExactly("Mary Ann", "Lee");
        assertThat(KeycloakAccounts.split("Zhu")).containsExactly("Zhu", "Zhu");
    }

    @Test
    void theAdminApiLivesBesideTheRealm() {
        KeycloakAccounts accounts = new KeycloakAccounts();
        accounts.issuer = "https://id.ridercoop.example/auth/realms/coop";
        assertThat(accounts.adminBase()).isEqualTo("https://id.ridercoop.example/auth/admin/realms/coop");
    }
}
