package org.ridercoop.testsupport;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ridercoop.devstack.DemoUser;

/**
 * Black-box tests of the packaged WAR on Payara Micro (Arquillian, managed), with a real MariaDB and real
 * Keycloak tokens. Each subclass is one Payara start: group a feature's tests in one class.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PackagedApiTest {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        File war = new File("target/cooperative-api.war");
        return ShrinkWrap.create(ZipImporter.class, "cooperative-api.war").importFrom(war).as(WebArchive.class);
    }

    @ArquillianResource
    protected URL contextUrl;

    protected ApiClient api;

    @BeforeEach
    void client() {
        String url = contextUrl.toString();
        api = new ApiClient(url.substring(0, url.indexOf("/api")));
    }

    protected static String token(DemoUser user) {
        return TestStack.tokens().accessToken(user);
    }
}
