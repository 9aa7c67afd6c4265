package org.ridercoop.web.signin.pkce;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.enterprise.inject.spi.ProcessInjectionTarget;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.glassfish.soteria.mechanisms.openid.controller.AuthenticationController;
import org.glassfish.soteria.mechanisms.openid.controller.TokenController;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdConfiguration;
import org.ridercoop.web.platform.WebSettings;

/**
 * Puts PKCE into the standard OpenID Connect mechanism. Soteria registers its controllers as beans of its own
 * bean archive, which does not see this application's beans, so a CDI alternative here would never be chosen.
 * Instead, when CDI prepares the injection targets of Soteria's {@link AuthenticationController} and
 * {@link TokenController}, this extension has them create the PKCE subclasses; CDI then injects Soteria's own
 * collaborators into those instances exactly as it would into the originals. Should a later Soteria stop creating
 * these beans, Keycloak refuses every sign-in without PKCE: the failure is loud, never a silent downgrade.
 */
public class PkceExtension implements Extension {
    private static final Logger LOG = Logger.getLogger(PkceExtension.class.getName());

    private volatile Map<String, String> headers;

    void authorizationRequests(@Observes ProcessInjectionTarget<AuthenticationController> event) {
        event.setInjectionTarget(new Creating<>(event.getInjectionTarget(),
                () -> new PkceAuthenticationController(this::securityHeaders)));
        LOG.info("PKCE (S256): authorization requests of the OpenID Connect mechanism carry a code challenge");
    }

    void tokenRequests(@Observes ProcessInjectionTarget<TokenController> event, BeanManager beans) {
        event.setInjectionTarget(new Creating<>(event.getInjectionTarget(),
                () -> new PkceTokenController(() -> beans.createInstance().select(OpenIdConfiguration.class).get())));
        LOG.info("PKCE (S256): token requests of the OpenID Connect mechanism carry the code verifier");
    }

    /** The mechanism's redirect to Keycloak is written before any servlet filter runs: it gets the headers here. */
    private void securityHeaders(HttpServletResponse response) {
        if (headers == null) {
            headers = WebSettings.fromConfig().securityHeaders();
        }
        headers.forEach(response::setHeader);
        response.setHeader("Cache-Control", "no-store");
    }

    /** The container's injection target, creating another instance (a subclass) of the same type. */
    private record Creating<T>(InjectionTarget<T> delegate, Supplier<? extends T> creator) implements InjectionTarget<T> {

        @Override
        public T produce(CreationalContext<T> context) {
            return creator.get();
        }

        @Override
        public void inject(T instance, CreationalContext<T> context) {
            delegate.inject(instance, context);
        }

        @Override
        public void postConstruct(T instance) {
            delegate.postConstruct(instance);
        }

        @Override
        public void preDestroy(T instance) {
            delegate.preDestroy(instance);
            if (instance instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.fine(() -> "closing " + instance.getClass().getSimpleName() + ": " + e);
                }
            }
        }

        @Override
        public void dispose(T instance) {
            delegate.dispose(instance);
        }

        @Override
        public Set<InjectionPoint> getInjectionPoints() {
            return delegate.getInjectionPoints();
        }
    }
}
