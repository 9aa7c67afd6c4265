package org.ridercoop.web.home.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ridercoop.web.home.control.IdentityLookup;
import org.ridercoop.web.home.entity.Lookup;
import org.ridercoop.web.home.entity.Me;
import org.ridercoop.web.signin.Roles;

/**
 * The home page ({@code #{home}}): who is signed in, as the API says, and one section per role. When the API
 * cannot answer, the sections still follow the roles of the sign-in, and the page says what went wrong.
 */
@Named("home")
@RequestScoped
public class HomePage {

    @Inject
    IdentityLookup lookup;

    @Inject
    SecurityContext security;

    public Optional<Me> me() {
        return lookup.me().person();
    }

    public boolean isLoaded() {
        return me().isPresent();
    }

    /** Message key suffix of the API problem ("unavailable", "sign_in_again", "unexpected"), or null. */
    public String getProblem() {
        return lookup.me() instanceof Lookup.Failed failed ? failed.reason().name().toLowerCase(Locale.ROOT) : null;
    }

    public String getName() {
        return me().map(Me::name).filter(n -> !n.isBlank()).orElseGet(this::getUsername);
    }

    public String getUsername() {
        return me().map(Me::username).orElseGet(() -> Optional.ofNullable(security.getCallerPrincipal())
                .map(Principal::getName).orElse(""));
    }

    public String getEmail() {
        return me().map(Me::email).orElse(null);
    }

    public List<Me.CooperativeRef> getCooperatives() {
        return me().map(Me::cooperatives).orElse(List.of());
    }

    /** The person's known roles in display order: from the API, else from the sign-in. */
    public List<String> getRoles() {
        return me().map(m -> Roles.ALL.stream().filter(m.roles()::contains).toList())
                .orElseGet(() -> Roles.ALL.stream().filter(security::isCallerInRole).toList());
    }

    public boolean hasRole(String role) {
        return getRoles().contains(role);
    }

    /**
     * Signed in but in no cooperative (and advising none): applying is what this person can do next. Unknown while
     * the API does not answer, so the page does not push someone to apply who may already be a member.
     */
    public boolean isWithoutCooperative() {
        return isLoaded() && getCooperatives().isEmpty();
    }

    public boolean isWithoutRole() {
        return getRoles().isEmpty();
    }
}
