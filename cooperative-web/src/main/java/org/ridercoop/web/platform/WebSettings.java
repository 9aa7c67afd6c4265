package org.ridercoop.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where this web app and its identity provider live (MicroProfile Config: COOP_WEB_URL, COOP_OIDC_ISSUER). */
@ApplicationScoped
public class WebSettings {
    static final String WEB_URL = "coop.web.url";
    static final String ISSUER = "coop.oidc.issuer";

    @Inject
    @ConfigProperty(name = WEB_URL, defaultValue = "http://localhost:8080")
    String webUrl;

    @Inject
    @ConfigProperty(name = ISSUER, defaultValue = "http://localhost:8180/realms/coop")
    String issuer;

    /** The same settings for code that runs outside CDI (the security mechanism's extension, listeners). */
    public static WebSettings fromConfig() {
        Config config = ConfigProvider.getConfig();
        WebSettings settings = new WebSettings();
        settings.webUrl = config.getOptionalValue(WEB_URL, String.class).orElse("http://localhost:8080");
        settings.issuer = config.getOptionalValue(ISSUER, String.class).orElse("http://localhost:8180/realms/coop");
        return settings;
    }

    /** The public address of the web app, without a trailing slash. */
    public String webUrl() {
        return webUrl.endsWith("/") ? webUrl.substring(0, webUrl.length() - 1) : webUrl;
    }

    public String issuer() {
        return issuer;
    }

    public String webOrigin() {
        return Origins.of(webUrl).orElseThrow(() -> new IllegalStateException("coop.web.url is not an absolute URL: " + webUrl));
    }

    public String keycloakOrigin() {
        return Origins.of(issuer).orElseThrow(() -> new IllegalStateException("coop.oidc.issuer is not an absolute URL: " + issuer));
    }

    /** Cookies are Secure everywhere but on this machine's loopback address (plain HTTP in development and tests). */
    public boolean secureCookies() {
        return !Origins.isLoopback(webUrl);
    }

    /** {@link SecurityHeaders} for this deployment. */
    public Map<String, String> securityHeaders() {
        return SecurityHeaders.forPages(keycloakOrigin(), webUrl().startsWith("https:"));
    }
}
