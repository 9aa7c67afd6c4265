package org.ridercoop.web.signin.pkce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A Proof Key for Code Exchange pair (RFC 7636): the verifier never leaves the server, only its S256 challenge
 * travels through the browser, so a stolen authorization code is useless without the session that asked for it.
 */
public record Pkce(String verifier, String challenge) {
    public static final String METHOD = "S256";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    public Pkce {
        if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
            throw new IllegalArgumentException("a PKCE verifier has 43 to 128 unreserved characters (RFC 7636, 4.1)");
        }
        if (!challengeOf(verifier).equals(challenge)) {
            throw new IllegalArgumentException("the challenge does not belong to the verifier");
        }
    }

    /** A fresh pair: 32 random bytes, base64url-encoded, as RFC 7636 recommends. */
    public static Pkce generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return of(BASE64URL.encodeToString(bytes));
    }

    public static Pkce of(String verifier) {
        return new Pkce(verifier, challengeOf(verifier));
    }

    /** BASE64URL(SHA256(ASCII(verifier))), the S256 method. */
    public static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "Pkce[challenge=" + challenge + "]";
    }
}
