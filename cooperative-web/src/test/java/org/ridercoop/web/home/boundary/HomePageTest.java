package org.ridercoop.web.home.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.home.control.IdentityLookup;
import org.ridercoop.web.home.entity.Lookup;
import org.ridercoop.web.home.entity.Me;

class HomePageTest {

    @Test
    void showsTheApisIdentityAndOneSectionPerKnownRoleInAFixedOrder() {
        Me board = new Me("s", "board", "박서연", null, List.of("board", "rider", "offline_access"), List.of());
        HomePage page = page(new Lookup.Found(board), Set.of());

        assertThat(page.isLoaded()).isTrue();
        assertThat(page.getName()).isEqualTo("박서연");
        assertThat(page.getUsername()).isEqualTo("board");
        assertThat(page.getRoles()).containsExactly("rider", "board");
        assertThat(page.hasRole("board")).isTrue();
        assertThat(page.hasRole("admin")).isFalse();
        assertThat(page.isWithoutRole()).isFalse();
        assertThat(page.getProblem()).isNull();
    }

    @Test
    void whenTheApiFailsTheSectionsFollowTheSignInAndThePageSaysWhy() {
        HomePage page = page(new Lookup.Failed(Lookup.Reason.UNAVAILABLE), Set.of("consultant"));

        assertThat(page.isLoaded()).isFalse();
        assertThat(page.getProblem()).isEqualTo("unavailable");
        assertThat(page.getUsername()).isEqualTo("caller");
        assertThat(page.getName()).isEqualTo("caller");
        assertThat(page.getRoles()).containsExactly("consultant");
    }

    @Test
    void aPersonWithoutRoleHasNoSectionButTheExplanation() {
        Me visitor = new Me("s", "visitor", "강하늘", null, List.of(), null);
        HomePage page = page(new Lookup.Found(visitor), Set.of());
        assertThat(page.getRoles()).isEmpty();
        assertThat(page.isWithoutRole()).isTrue();
    }

    @Test
    void applyingIsTheNextStepOfSomeoneInNoCooperativeButNotWhileTheApiIsSilent() {
        assertThat(page(new Lookup.Found(new Me("s", "visitor", "강하늘", null, List.of(), null)), Set.of()).isWithoutCooperative())
                .isTrue();
        Me member = new Me("s", "rider", "김민준", null, List.of("rider"), List.of(new Me.CooperativeRef(7, "대구", "member")));
        assertThat(page(new Lookup.Found(member), Set.of()).isWithoutCooperative()).isFalse();
        assertThat(page(new Lookup.Failed(Lookup.Reason.UNAVAILABLE), Set.of()).isWithoutCooperative()).isFalse();
    }

    @Test
    void aBlankNameFallsBackToTheUsername() {
        HomePage page = page(new Lookup.Found(new Me("s", "rider2", " ", null, List.of("rider"), null)), Set.of());
        assertThat(page.getName()).isEqualTo("rider2");
    }

    private static HomePage page(Lookup result, Set<String> signInRoles) {
        HomePage page = new HomePage();
        page.lookup = new IdentityLookup() {
            @Override
            public Lookup me() {
                return result;
            }
        };
        Principal caller = () -> "caller";
        page.security = Fakes.of(SecurityContext.class, Map.of(
                "getCallerPrincipal", args -> caller,
                "isCallerInRole", args -> signInRoles.contains((String) args[0])));
        return page;
    }
}
