package org.ridercoop.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, read from the verified access token. */
@RequestScoped
public class Caller {

    JsonWebToken jwt;

    @Inject
    public void setToken(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public String subject() {
        return jwt.getSubject();
    }

    public String username() {
        String preferred = jwt.getClaim(Claims.preferred_username);
        return preferred != null ? preferred : jwt.getName();
    }

    /**
     * The name as people write it: Korean names family name first without a space (김민준), others
     * given name first (Jihoon Choi). Always NFC.
     */
    public String displayName() {
        String given = jwt.getClaim(Claims.given_name);
        String family = jwt.getClaim(Claims.family_name);
        String name;
        if (given != null && family != null) {
            name = isHangul(family + given) ? family + given : given + " " + family;
        } else {
            name = Optional.ofNullable(jwt.<String>getClaim("name")).orElse(username());
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    public Optional<String> email() {
        return Optional.ofNullable(jwt.getClaim(Claims.email));
    }

    /** The e-mail address, only if Keycloak says it was verified. */
    public Optional<String> verifiedEmail() {
        Object verified = jwt.getClaim(Claims.email_verified);
        boolean isVerified = verified instanceof Boolean b ? b
                : verified instanceof jakarta.json.JsonValue v && v == jakarta.json.JsonValue.TRUE
                || "true".equals(String.valueOf(verified));
        return isVerified ? email().map(e -> e.toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /** The platform roles the caller holds, in a stable order; other realm roles are ignored. */
    public List<String> roles() {
        Set<String> groups = jwt.getGroups() == null ? Set.of() : jwt.getGroups();
        return Roles.ALL.stream().filter(groups::contains).toList();
    }

    static boolean isHangul(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }
}
