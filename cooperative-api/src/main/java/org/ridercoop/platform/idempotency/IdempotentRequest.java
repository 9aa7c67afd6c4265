package org.ridercoop.platform.idempotency;

import jakarta.enterprise.context.RequestScoped;

/** The key and the fingerprint (method, path and body) of the current request, if it carries a key. */
@RequestScoped
public class IdempotentRequest {
    private String key;
    private String fingerprint;

    void set(String key, String fingerprint) {
        this.key = key;
        this.fingerprint = fingerprint;
    }

    public String key() {
        return key;
    }

    public String fingerprint() {
        return fingerprint;
    }
}
