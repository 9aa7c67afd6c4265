package org.ridercoop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.ridercoop.devstack.DemoData;
import org.ridercoop.devstack.DemoUser;
import org.ridercoop.web.i18n.Language;

/**
 * The web app as a person meets it, in headless Chromium, signed in through the real Keycloak login page with
 * PKCE enforced by the realm. One Payara Micro (both WARs) for the whole class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppIT {
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_STYLE = Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

    private static WebStack stack;
    private static Browser browser;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void start() {
        stack = WebStack.start();
        browser = Browser.start(stack.logs);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    @Test
    @Order(1)
    void theLandingPageIsPublicKoreanAndCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> landing = get(stack.baseUrl + "/", null);

        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).containsPattern("<html[^>]* lang=\"ko\"").contains("라이더", "id=\"landing-sign-in\"");
        assertSecurityHeaders(landing.headers());
        assertNoInlineCode(landing.body());
        assertThat(landing.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));

        HttpResponse<String> missing = get(stack.baseUrl + "/jakarta.faces.resource/missing.css.xhtml?ln=css", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertSecurityHeaders(missing.headers());

        HttpResponse<String> stylesheet = get(stack.baseUrl + "/jakarta.faces.resource/app.css.xhtml?ln=css", null);
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    }

    @Test
    @Order(2)
    void aProtectedPageSendsToKeycloakWithAnS256ChallengeAndKeycloakRefusesARequestWithoutOne() throws Exception {
        HttpResponse<String> home = get(stack.baseUrl + "/home", null);

        assertThat(home.statusCode()).isEqualTo(302);
        String authorize = home.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(stack.issuer + "/protocol/openid-connect/auth?");
        Map<String, String> query = query(authorize);
        assertThat(query).containsEntry("client_id", "coop-web")
                .containsEntry("response_type", "code")
                .containsEntry("redirect_uri", stack.baseUrl + "/callback")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("ui_locales", "ko")
                .containsKeys("state", "nonce");
        assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(home.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertSecurityHeaders(home.headers());

        HttpResponse<String> withPkce = get(authorize, null);
        assertThat(withPkce.statusCode()).as("Keycloak shows its login form").isEqualTo(200);
        assertThat(withPkce.body()).contains("id=\"kc-form-login\"");

        String sessionId = home.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst().orElseThrow();
        HttpResponse<String> cancelled = get(stack.baseUrl + "/callback?error=access_denied&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8), sessionId);
        assertThat(cancelled.body() + cancelled.headers().firstValue("Location").orElse(""))
                .as("a sign-in that Keycloak ends with an error gets a plain message")
                .containsAnyOf("로그인을 마치지 못했습니다", "signin=failed")
                .doesNotContain("Exception");

        String withoutPkce = authorize.replaceAll("&code_challenge(_method)?=[^&]*", "");
        HttpResponse<String> refused = get(withoutPkce, null);
        String answer = refused.statusCode() + " " + refused.headers().firstValue("Location").orElse("") + " " + refused.body();
        assertThat(answer).as("the realm requires PKCE of coop-web").contains("code_challenge_method")
                .doesNotContain("id=\"kc-form-login\"");
    }

    @Test
    @Order(3)
    void aRiderSignsInSeesTheirHomeSwitchesToEnglishAndSignsOutOfKeycloakToo() throws Exception {
        DemoUser rider = DemoUser.RIDER;

        // signed out: the landing page, in Korean; its button leads to Keycloak's login page
        Path shots = Path.of(System.getProperty("coop.screenshots", "target/screenshots"));
        browser.open(stack.baseUrl + "/");
        assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ko");
        browser.viewport(360, 800, true);
        assertThat(browser.pageWidth()).as("nothing sticks out sideways on a phone").isLessThanOrEqualTo(360);
        browser.screenshot(shots.resolve("landing-phone.png"));
        browser.viewport(1280, 800, false);
        browser.screenshot(shots.resolve("landing-desktop.png"));
        browser.find("landing-sign-in").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        String sessionBeforeSignIn = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        signInOnKeycloak(rider);

        // the rider home, with the identity the API returned
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("identity")));
        assertThat(browser.text("identity-name")).isEqualTo(rider.displayName());
        assertThat(browser.text("identity-username")).isEqualTo(rider.username());
        assertThat(browser.text("greeting")).isEqualTo(rider.displayName() + "님, 안녕하세요");
        assertThat(roles()).containsExactly("rider=라이더");
        assertThat(browser.exists("section-rider")).isTrue();
        assertThat(browser.exists("section-board") || browser.exists("section-admin") || browser.exists("section-consultant")).isFalse();
        assertThat(browser.exists("api-problem")).isFalse();
        assertThat(browser.find("section-rider").getText()).contains("투표, 근무 신청, 정산 내역");

        // what the browser holds: an HttpOnly, SameSite=Lax session cookie and no token anywhere
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.getValue()).as("a new session id after sign-in").isNotEqualTo(sessionBeforeSignIn);
        assertThat(browser.driver.manage().getCookies()).allSatisfy(cookie -> assertThat(cookie.getValue()).doesNotContainPattern(JWT));
        String page = browser.driver.getPageSource();
        assertThat(page).doesNotContainPattern(JWT).doesNotContain("eyJ");
        assertNoInlineCode(page);

        // the same page over plain HTTP with that cookie: headers, and the forms' CSRF defences
        HttpResponse<String> home = get(stack.baseUrl + "/home", session.getValue());
        assertThat(home.statusCode()).isEqualTo(200);
        assertSecurityHeaders(home.headers());
        assertThat(home.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(home.body()).doesNotContain("eyJ");
        assertCrossSiteAndForgedPostsDoNotSignOut(session.getValue(), home.body());
        HttpResponse<String> missing = get(stack.baseUrl + "/no-such-page", session.getValue());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("id=\"error-message\"", "찾으시는 페이지가 없습니다")
                .doesNotContain("Exception", "at org.", "at jakarta.");
        assertSecurityHeaders(missing.headers());

        // how it looks: a 360-px phone and a desktop window
        browser.viewport(360, 800, true);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("identity")));
        assertThat(browser.viewportWidth()).isEqualTo(360);
        assertThat(browser.pageWidth()).as("nothing sticks out sideways on a phone").isLessThanOrEqualTo(360);
        Path phone = browser.screenshot(shots.resolve("rider-home-phone.png"));
        browser.viewport(1280, 800, false);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("identity")));
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(1280);
        browser.screenshot(shots.resolve("rider-home-desktop.png"));
        Path readme = Path.of(System.getProperty("coop.readme.screenshots", "screenshots"));
        Files.createDirectories(readme);
        Path committed = Files.copy(phone, readme.resolve("rider-home-phone.png"), StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(committed, PosixFilePermissions.fromString("rw-r--r--"));

        // English by choice, remembered across a reload
        browser.find("language-switch").click();
        browser.await(ExpectedConditions.textToBe(By.id("greeting"), "Hello, " + rider.displayName()));
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(stack.baseUrl + "/home");
        assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(roles()).containsExactly("rider=Rider");
        assertThat(browser.find("section-rider").getText()).contains("Coming next", "votes, shifts, payouts");
        browser.driver.navigate().refresh();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
        assertThat(browser.text("greeting")).isEqualTo("Hello, " + rider.displayName());
        assertThat(browser.text("language-switch")).isEqualTo("한국어");
        browser.screenshot(shots.resolve("rider-home-desktop-en.png"));

        assertThat(browser.console()).as("no Content-Security-Policy violation on the way")
                .noneMatch(line -> line.contains("Content Security Policy"));

        // sign-out ends the web session and the Keycloak session, and lands on the public page
        browser.find("signout:submit").click();
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/"));
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("landing-sign-in")));
        assertThat(browser.text("landing-title")).isEqualTo("The delivery cooperative riders own");
        assertThat(get(stack.baseUrl + "/home", session.getValue()).statusCode()).as("the old session is gone").isEqualTo(302);

        browser.open(stack.baseUrl + "/home");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.driver.getCurrentUrl()).startsWith(stack.issuer + "/protocol/openid-connect/auth");
        assertThat(browser.exists("identity")).isFalse();
    }

    @Test
    @Order(4)
    void aPersonWithSeveralRolesSeesASectionForEachAndOneWithoutRoleIsToldWhatComesNext() {
        for (DemoUser user : List.of(DemoUser.BOARD, DemoUser.VISITOR)) {
            browser.open(stack.baseUrl + "/home");
            signInOnKeycloak(user);
            browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("identity")));
            assertThat(browser.text("identity-name")).isEqualTo(user.displayName());
            assertThat(browser.exists("api-problem")).isFalse();
            assertThat(roles()).map(r -> r.substring(0, r.indexOf('='))).containsExactlyInAnyOrderElementsOf(user.roles());
            for (String role : List.of("rider", "board", "consultant", "admin")) {
                assertThat(browser.exists("section-" + role)).as(user + " sees the " + role + " section")
                        .isEqualTo(user.roles().contains(role));
            }
            assertThat(browser.exists("section-none")).isEqualTo(user.roles().isEmpty());
            browser.find("signout:submit").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("landing-sign-in")));
        }
    }

    @Test
    @Order(5)
    void theBoardSeesTheCooperativeWithItsRegisterAndAPlainMemberWithout() throws Exception {
        assertThat(DemoData.seed(stack.baseUrl + "/api", stack.issuer)).contains("registered");
        Path shots = Path.of(System.getProperty("coop.screenshots", "target/screenshots"));

        // the chair: from the home page to the cooperative, with the member register
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.BOARD);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        // the browser still remembers the English of the rider before: back to Korean
        browser.open(stack.baseUrl + "/home?" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.className("coop-link")));
        WebElement link = browser.driver.findElement(By.className("coop-link"));
        assertThat(link.getText()).isEqualTo("대구라이더협동조합");
        link.click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("coop-name")));
        String coopUrl = browser.driver.getCurrentUrl();
        assertThat(coopUrl).matches(Pattern.quote(stack.baseUrl) + "/coop\\?id=[1-9][0-9]*");
        assertThat(browser.text("coop-name")).startsWith("대구라이더협동조합").contains("Daegu Rider Cooperative");
        assertThat(browser.text("coop-kind")).isEqualTo("노동자협동조합");
        assertThat(browser.text("coop-share-price")).isEqualTo("50,000원");
        assertThat(browser.text("coop-fiscal-year")).isEqualTo("1월");
        assertThat(browser.text("coop-nonuse")).isEqualTo("12개월");
        assertThat(browser.text("coop-notice")).isEqualTo("30일");
        assertThat(browser.driver.findElements(By.cssSelector("#board .officer"))).extracting(WebElement::getText)
                .anySatisfy(officer -> assertThat(officer).contains("이사장", "박서연"))
                .anySatisfy(officer -> assertThat(officer).contains("감사", "한지우"))
                .hasSize(5);
        assertThat(browser.exists("register")).isTrue();
        // the demo data: six founders, a seventh member paying in instalments, two applications
        assertThat(members()).hasSize(9).contains("1=박서연", "2=김민준", "7=임채원");
        assertThat(browser.text("total-members")).as("members of today, not applicants").isEqualTo("7");
        assertThat(browser.text("total-shares")).isEqualTo("14");
        assertThat(browser.text("total-capital")).isEqualTo("700,000원");
        assertNoInlineCode(browser.driver.getPageSource());

        browser.viewport(360, 800, true);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("register")));
        assertThat(browser.pageWidth()).as("nothing sticks out sideways on a phone").isLessThanOrEqualTo(360);
        browser.screenshot(shots.resolve("board-coop-phone.png"));
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('register').scrollIntoView()");
        browser.screenshot(shots.resolve("board-coop-register-phone.png"));

        // the search: a GET the server filters; the totals stay those of the whole register
        browser.find("q").sendKeys("민준");
        browser.find("search-submit").click();
        browser.await(ExpectedConditions.urlContains("q="));
        assertThat(members()).containsExactly("2=김민준");
        assertThat(browser.text("total-members")).isEqualTo("7");
        browser.viewport(1280, 800, false);
        browser.open(coopUrl);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("register-table")));
        browser.screenshot(shots.resolve("board-coop-desktop.png"));

        // in English
        browser.find("language-switch").click();
        browser.await(ExpectedConditions.textToBe(By.id("coop-kind"), "Worker cooperative"));
        assertThat(browser.text("coop-share-price")).isEqualTo("₩50,000");
        assertThat(browser.text("coop-fiscal-year")).isEqualTo("January");
        assertThat(browser.text("total-capital")).isEqualTo("₩700,000");
        browser.find("language-switch").click();
        browser.await(ExpectedConditions.textToBe(By.id("coop-kind"), "노동자협동조합"));

        // an id that is not a cooperative of hers, or not an id at all: a friendly 404
        String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        for (String id : List.of("999999", "abc", "-1")) {
            HttpResponse<String> missing = get(stack.baseUrl + "/coop?id=" + id, session);
            assertThat(missing.statusCode()).as(id).isEqualTo(404);
            assertThat(missing.body()).contains("id=\"coop-not-found\"", "조합을 찾을 수 없습니다").doesNotContain("Exception");
        }
        assertThat(browser.console()).noneMatch(line -> line.contains("Content Security Policy"));
        browser.find("signout:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("landing-sign-in")));

        // a plain member (no office): the cooperative and its officers, no register
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.RIDER2);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.className("coop-link")));
        assertThat(browser.driver.findElement(By.className("coop-link")).getDomAttribute("href")).endsWith(
                coopUrl.substring(stack.baseUrl.length()));
        browser.open(coopUrl + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("coop-name")));
        assertThat(browser.text("coop-kind")).isEqualTo("노동자협동조합");
        assertThat(browser.exists("board")).isTrue();
        assertThat(browser.exists("register")).isFalse();
        assertThat(browser.exists("api-problem")).isFalse();
        browser.viewport(360, 800, true);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("board")));
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(360);
        browser.screenshot(shots.resolve("rider-coop-phone.png"));
        browser.viewport(1280, 800, false);
        browser.find("signout:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("landing-sign-in")));
    }

    @Test
    @Order(6)
    void theOperatorRegistersACooperativeThroughTheFormAndABadShareCountIsShownNextToItsInput() throws Exception {
        Path shots = Path.of(System.getProperty("coop.screenshots", "target/screenshots"));
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.ADMIN);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("register-coop")));
        browser.open(stack.baseUrl + "/register-coop?" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("registration:nameKo")));
        assertThat(browser.driver.findElements(By.cssSelector("fieldset.founder"))).hasSize(5);

        browser.find("registration:nameKo").sendKeys("부산라이더협동조합");
        browser.find("registration:nameRomanized").sendKeys("Busan Rider Cooperative");
        browser.find("registration:registrationNumber").sendKeys("602-81-30303");
        browser.find("registration:sharePriceWon").sendKeys("10,000");
        String[][] founders = {{"윤서준", "CHAIR"}, {"장예린", "DIRECTOR"}, {"오민호", "DIRECTOR"}, {"신유나", "DIRECTOR"}, {"배지호", "AUDITOR"}};
        for (int i = 0; i < founders.length; i++) {
            String row = "registration:founders:" + i + ":";
            browser.find(row + "name").sendKeys(founders[i][0]);
            browser.find(row + "email").sendKeys("founder" + i + "@busan.example");
            new org.openqa.selenium.support.ui.Select(browser.find(row + "position")).selectByValue(founders[i][1]);
        }
        browser.find("registration:founders:2:shares").clear();
        browser.find("registration:founders:2:shares").sendKeys("0");
        browser.find("registration:add-founder").click();
        browser.await(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.founder"), 6));
        assertThat(browser.find("registration:founders:1:name").getDomProperty("value")).as("typed values survive").isEqualTo("장예린");
        browser.find("registration:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("register-problem")));
        assertThat(browser.exists("registration:founders:2:shares-error")).as(browser.text("register-problem")).isTrue();
        assertThat(browser.exists("registration:founders:1:shares-error")).isFalse();
        browser.viewport(360, 800, true);
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(360);
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('registration:founders:2:shares').scrollIntoView({block: 'center'})");
        browser.screenshot(shots.resolve("admin-register-error-phone.png"));
        browser.viewport(1280, 800, false);

        browser.find("registration:founders:2:shares").clear();
        browser.find("registration:founders:2:shares").sendKeys("1");
        browser.find("registration:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("coop-name")));
        assertThat(browser.driver.getCurrentUrl()).matches(Pattern.quote(stack.baseUrl) + "/coop\\?id=[1-9][0-9]*");
        assertThat(browser.text("coop-name")).startsWith("부산라이더협동조합");
        assertThat(browser.text("coop-share-price")).isEqualTo("10,000원");
        assertThat(members()).hasSize(5).startsWith("1=윤서준");
        assertThat(browser.console()).noneMatch(line -> line.contains("Content Security Policy"));
        browser.find("signout:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("landing-sign-in")));
    }

    @Test
    @Order(7)
    void aVisitorAppliesTheBoardApprovesAndTheVisitorSeesTheirMemberNumber() throws Exception {
        DemoData.seed(stack.baseUrl + "/api", stack.issuer);
        browser.viewport(360, 800, true);

        // the visitor, in no cooperative yet: applying is the main thing the home page offers
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.VISITOR);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/home?" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("apply-cta")));
        assertThat(browser.exists("my-link")).isTrue();
        shoot("visitor-home");
        browser.find("apply-cta").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("directory")));
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("apply-directory");
        WebElement daegu = browser.driver.findElements(By.className("directory-link")).stream()
                .filter(link -> link.getText().contains("대구라이더협동조합")).findFirst().orElseThrow();
        String coopId = daegu.getDomAttribute("id").substring("apply-to-".length());
        daegu.click();

        // the form: the name of the sign-in, the price of a share, the amount worked out on the server
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("application:name")));
        assertThat(browser.find("application:name").getDomProperty("value")).isEqualTo(DemoUser.VISITOR.displayName());
        assertThat(browser.text("apply-share-price")).isEqualTo("50,000원");
        assertThat(browser.text("apply-total")).isEqualTo("50,000원");
        shoot("apply-form-empty");
        browser.find("application:shares").clear();
        browser.find("application:shares").sendKeys("2");
        browser.find("application:recalculate").click();
        browser.await(ExpectedConditions.textToBe(By.id("apply-total"), "100,000원"));
        browser.find("application:phone").sendKeys("010-2021-0077");
        assertNoInlineCode(browser.driver.getPageSource());
        browser.fullScreenshot(shots().resolve("apply-form-phone.png"));
        browser.find("application:submit").click();

        // my membership: applied, waiting for the board, no number yet
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("applied-notice")));
        assertThat(browser.driver.getCurrentUrl()).startsWith(stack.baseUrl + "/my");
        assertThat(browser.text("applied-notice")).contains("대구라이더협동조합", "이사회의 승인을 기다리고");
        assertThat(browser.text("my-status-" + coopId)).isEqualTo("가입 신청");
        assertThat(browser.text("my-number-" + coopId)).isEqualTo("아직 없음");
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("my-applicant");
        signOut();

        // the chair: the cooperative shows the links to run it, the inbox has the application
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.BOARD);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/coop?id=" + coopId + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("manage")));
        assertThat(browser.text("applicant-count")).as("the demo's two and the visitor").isEqualTo("3");
        assertThat(browser.pageWidth()).as("nothing sticks out sideways on a phone").isLessThanOrEqualTo(360);
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("board-coop-manage");
        browser.find("manage-applications").click();
        By visitorCard = By.cssSelector("article.applicant[data-email='visitor@ridercoop.example']");
        browser.await(ExpectedConditions.presenceOfElementLocated(visitorCard));
        assertThat(browser.driver.findElement(visitorCard).getText()).contains("강하늘", "010-2021-0077", "100,000원");
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("applications");
        browser.driver.findElement(visitorCard).findElement(By.cssSelector("input.approve")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("approved-notice")));
        Matcher number = Pattern.compile("(\\d+)번").matcher(browser.text("approved-notice"));
        assertThat(number.find()).as(browser.text("approved-notice")).isTrue();
        String memberNumber = number.group(1);
        assertThat(browser.driver.findElements(visitorCard)).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("article.applicant"))).hasSize(2);

        // the register with the new member, a member's page, the spreadsheet
        browser.open(stack.baseUrl + "/coop?id=" + coopId + "&status=ACTIVE&q=" + URLEncoder.encode("강하늘", StandardCharsets.UTF_8));
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("register-table")));
        assertThat(members()).containsExactly(memberNumber + "=강하늘");
        browser.driver.findElement(By.className("member-link")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("member-name")));
        assertThat(browser.text("member-status")).isEqualTo("정상");
        assertThat(browser.text("member-number")).isEqualTo(memberNumber);
        assertThat(browser.exists("payment:submit")).as("the board records payments").isTrue();
        assertThat(browser.exists("case:submit")).isTrue();
        assertThat(browser.exists("contact:submit")).isTrue();
        String memberUrl = browser.driver.getCurrentUrl();
        assertThat(memberUrl).matches(Pattern.quote(stack.baseUrl) + "/member\\?coop=" + coopId + "&id=[1-9][0-9]*");
        assertThat(browser.text("member-paid-in")).isEqualTo("0원");
        browser.find("payment:amount").sendKeys("50,000");
        browser.find("payment:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        assertThat(browser.text("member-paid-in")).isEqualTo("50,000원");
        assertThat(browser.driver.findElements(By.cssSelector(".ledger-entry"))).extracting(WebElement::getText)
                .anySatisfy(entry -> assertThat(entry).contains("출자금 납입", "50,000원"));
        browser.find("payment:amount").sendKeys("100,000");
        browser.find("payment:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("payment-problem")));
        assertThat(browser.text("payment-problem")).as("the API's overpaid problem, in Korean").contains("약정한 출자금을 넘습니다");
        assertNoInlineCode(browser.driver.getPageSource());
        browser.open(memberUrl);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("member-name")));
        shoot("member");

        String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> csv = HTTP.send(HttpRequest.newBuilder(URI.create(stack.baseUrl + "/register.csv?coop=" + coopId))
                .header("Cookie", "JSESSIONID=" + session).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"member-register-" + coopId + "-").endsWith(".csv\""));
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("강하늘", "박서연");

        // the board's other pages: officers, and the consultant's read access
        browser.open(stack.baseUrl + "/officers?coop=" + coopId);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("appoint:submit")));
        assertThat(browser.driver.findElements(By.cssSelector(".officer-row.in-force"))).hasSize(5);
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("officers");
        browser.open(stack.baseUrl + "/consultants?coop=" + coopId);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("grant:submit")));
        assertThat(browser.driver.findElements(By.cssSelector(".grant.in-force"))).as("the demo's grant").extracting(WebElement::getText)
                .anySatisfy(grant -> assertThat(grant).contains("consultant@ridercoop.example"));
        browser.find("grant:email").sendKeys("accounts@support.example");
        browser.find("grant:name").sendKeys("한회계");
        browser.find("grant:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        assertThat(browser.driver.findElements(By.cssSelector(".grant.in-force"))).extracting(WebElement::getText)
                .anySatisfy(grant -> assertThat(grant).contains("accounts@support.example", "한회계"));
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("consultants");
        assertThat(browser.console()).noneMatch(line -> line.contains("Content Security Policy"));
        signOut();

        // the visitor again: now a member, with their number; applying twice is told in Korean
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.VISITOR);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/my?" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("my-number-" + coopId)));
        assertThat(browser.text("my-number-" + coopId)).isEqualTo(memberNumber);
        assertThat(browser.text("my-status-" + coopId)).isEqualTo("정상");
        assertThat(browser.driver.findElements(By.cssSelector("input.withdraw"))).hasSize(1);
        shoot("my-member");
        browser.open(stack.baseUrl + "/apply?coop=" + coopId);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("application:submit")));
        browser.find("application:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("apply-problem")));
        assertThat(browser.text("apply-problem")).contains("이미 이 조합에 가입했거나");
        browser.fullScreenshot(shots().resolve("apply-already-member-phone.png"));

        // their own page: the payment the board recorded; and leaving, in two steps
        browser.open(stack.baseUrl + "/my");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.className("my-details")));
        browser.driver.findElement(By.className("my-details")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("member-name")));
        assertThat(browser.text("member-paid-in")).isEqualTo("50,000원");
        assertThat(browser.exists("contact:submit")).as("a member changes their own contact details").isTrue();
        assertThat(browser.exists("payment:submit")).as("but records no payment").isFalse();
        browser.open(stack.baseUrl + "/my");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input.withdraw")));
        browser.driver.findElement(By.cssSelector("input.withdraw")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input.withdraw-confirm")));
        assertThat(browser.text("my-status-" + coopId)).as("nothing happened yet").isEqualTo("정상");
        browser.fullScreenshot(shots().resolve("my-withdraw-confirm-phone.png"));
        browser.driver.findElement(By.cssSelector("input.withdraw-confirm")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("withdrawal-notice")));
        assertThat(browser.text("my-status-" + coopId)).isEqualTo("탈퇴 예정");
        signOut();

        // the consultant: the cooperative and its register to read, and no form anywhere
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.CONSULTANT);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/home?" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("coop-" + coopId)));
        assertThat(browser.find("coop-" + coopId).getDomAttribute("data-relation")).isEqualTo("consultant");
        shoot("consultant-home");
        browser.find("coop-" + coopId).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("register-table")));
        assertThat(browser.exists("manage")).isFalse();
        browser.open(memberUrl);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("member-name")));
        assertThat(browser.driver.findElements(By.cssSelector("main form"))).as("read-only").isEmpty();
        shoot("consultant-member");
        signOut();
        browser.viewport(1280, 800, false);
    }

    @Test
    @Order(8)
    void aRiderVotesInTwoTapsTheBoardClosesAndTheRiderFindsTheirReceiptInThePublishedList() throws Exception {
        DemoData.seed(stack.baseUrl + "/api", stack.issuer);
        browser.viewport(360, 800, true);

        // the rider: the home page says a vote is open, and leads to the agenda
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.RIDER);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/home?" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.className("open-vote")));
        WebElement card = browser.driver.findElements(By.className("open-vote")).stream()
                .filter(c -> c.getText().contains("2026년 정기총회")).findFirst().orElseThrow();
        assertThat(card.getText()).contains("투표가 열려 있어요");
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("rider-home-vote");
        browser.driver.findElements(By.className("open-vote")).stream().filter(c -> c.getText().contains("2026년 정기총회"))
                .findFirst().orElseThrow().findElement(By.className("open-vote-go")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("meeting-title")));
        String meetingUrl = browser.driver.getCurrentUrl();
        Matcher ids = Pattern.compile("/meeting\\?coop=([0-9]+)&id=([0-9]+)").matcher(meetingUrl);
        assertThat(ids.find()).as(meetingUrl).isTrue();
        String coopId = ids.group(1);
        assertThat(browser.text("meeting-title")).isEqualTo("2026년 정기총회");
        assertThat(browser.text("meeting-state")).isEqualTo("투표 중");
        assertThat(browser.find("motion-2").getText()).contains("특별결의: 출석 3분의 2 이상");
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("meeting-vote");

        // two taps: a choice, then its confirmation; the receipt once, in large type
        browser.driver.findElement(By.cssSelector("#motion-1 input.choice-YES")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#motion-1 input.confirm-choice")));
        assertThat(browser.exists("voted-1")).as("nothing voted yet").isFalse();
        assertThat(browser.driver.findElement(By.cssSelector("#motion-1 input.confirm-choice")).getDomProperty("value"))
                .isEqualTo("찬성에 투표하기");
        browser.fullScreenshot(shots().resolve("meeting-confirm-phone.png"));
        browser.driver.findElement(By.cssSelector("#motion-1 input.confirm-choice")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code-1")));
        String receipt = browser.text("receipt-code-1");
        assertThat(receipt).matches("[A-Z0-9]{5}(-[A-Z0-9]{5}){3}");
        assertThat(browser.text("receipt-1")).contains("한 번만", "투표한 선택: 찬성");
        assertThat(browser.text("voted-1")).contains("투표함");
        assertThat(browser.driver.findElements(By.cssSelector("#motion-1 input.choice"))).isEmpty();
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(360);
        assertNoInlineCode(browser.driver.getPageSource());
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('receipt-1').scrollIntoView({block: 'center'})");
        browser.screenshot(shots().resolve("meeting-receipt-phone.png"));

        // the second motion in English: the receipt says the same in English
        browser.open(meetingUrl + "&" + Language.PARAMETER + "=en");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#motion-2 input.choice-NO")));
        assertThat(browser.exists("receipt-1")).as("a receipt is shown once").isFalse();
        assertThat(browser.text("voted-1")).contains("Voted");
        browser.driver.findElement(By.cssSelector("#motion-2 input.choice-NO")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#motion-2 input.confirm-choice")));
        browser.driver.findElement(By.cssSelector("#motion-2 input.confirm-choice")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code-2")));
        assertThat(browser.text("receipt-2")).contains("shown only now", "Voted: No");
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(360);
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('receipt-2').scrollIntoView({block: 'center'})");
        browser.screenshot(shots().resolve("meeting-receipt-phone-en.png"));
        browser.open(stack.baseUrl + "/meetings?coop=" + coopId + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("meetings")));
        assertThat(browser.find("meetings").getText()).contains("정기총회", "2026년 정기총회", "까지 투표");
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("meetings");
        assertThat(browser.console()).noneMatch(line -> line.contains("Content Security Policy"));
        signOut();

        // the chair: the meetings with the form to call one; the agenda with the board's controls; closing in two steps
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.BOARD);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/meetings?coop=" + coopId + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("call:submit")));
        assertThat(browser.text("notice-rule")).contains("7일 전", "제28조");
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("meetings-board");
        browser.open(meetingUrl + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("board:close")));
        assertThat(browser.driver.findElements(By.cssSelector("details.room-vote"))).as("one per motion").hasSize(4);
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("meeting-board");
        browser.find("board:close").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("board:confirm-close")));
        assertThat(browser.text("meeting-state")).as("nothing happened yet").isEqualTo("투표 중");
        browser.fullScreenshot(shots().resolve("meeting-close-confirm-phone.png"));
        browser.find("board:confirm-close").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        assertThat(browser.text("meeting-state")).isEqualTo("마감");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("result-1")));
        assertThat(browser.text("result-1")).contains("출석 과반수");
        assertThat(browser.exists("board-controls")).isFalse();
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("meeting-results");
        assertThat(browser.console()).noneMatch(line -> line.contains("Content Security Policy"));
        signOut();

        // the rider again: the published list of the first motion holds their receipt, counted as yes
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.RIDER);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(meetingUrl + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("ballots-link-1")));
        browser.find("ballots-link-1").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("check:receipt")));
        assertThat(browser.find("chain").getDomAttribute("data-intact")).isEqualTo("true");
        assertThat(Integer.parseInt(browser.text("count-yes"))).isGreaterThanOrEqualTo(1);
        assertThat(browser.driver.findElements(By.className("ballot-line"))).isNotEmpty();
        browser.find("check:receipt").sendKeys(" " + receipt.toLowerCase(java.util.Locale.ROOT) + " ");
        browser.find("check:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("check-found")));
        assertThat(browser.text("check-found")).contains("찬성");
        assertNoInlineCode(browser.driver.getPageSource());
        browser.fullScreenshot(shots().resolve("ballots-found-phone.png"));
        browser.find("check:receipt").clear();
        browser.find("check:receipt").sendKeys("AAAAA-BBBBB-CCCCC-DDDDD");
        browser.find("check:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("check-not-found")));
        shoot("ballots");
        assertThat(browser.exists("check:receipt")).as("the language switch after the check keeps the list's address").isTrue();
        assertThat(browser.console()).noneMatch(line -> line.contains("Content Security Policy"));
        signOut();
        browser.viewport(1280, 800, false);
    }

    @Test
    @Order(9)
    void theBoardCallsAnElectionARiderVotesForTwoAndAsAProxyTheChairClosesAndTheSignatoriesSignTheMinutes() throws Exception {
        DemoData.seed(stack.baseUrl + "/api", stack.issuer);
        browser.viewport(360, 800, true);

        // the chair calls an extraordinary assembly whose agenda is an election of two directors
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.BOARD);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/home?" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.className("coop-link")));
        String coopId = browser.driver.findElement(By.className("coop-link")).getDomAttribute("href").replaceFirst(".*[?&]id=", "");
        browser.open(stack.baseUrl + "/meetings?coop=" + coopId + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("call:submit")));
        new org.openqa.selenium.support.ui.Select(browser.find("call:kind")).selectByValue("EXTRAORDINARY_GENERAL_ASSEMBLY");
        browser.find("call:title").sendKeys("임원 선거 임시총회");
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(8).toString();
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('call:startDate').value = arguments[0]", day);
        browser.find("call:place").sendKeys("조합 사무실");
        new org.openqa.selenium.support.ui.Select(browser.find("call:rows:0:itemKind")).selectByValue("ELECTION");
        assertThat(browser.find("call:rows:0:seats").isDisplayed()).as("the election's fields show once it is chosen").isTrue();
        assertThat(browser.find("call:rows:0:resolution").isDisplayed()).isFalse();
        browser.find("call:rows:0:motionTitle").sendKeys("이사 선출");
        browser.find("call:rows:0:seats").clear();
        browser.find("call:rows:0:seats").sendKeys("2");
        for (String name : List.of("김민준", "최도윤", "정하린")) {
            browser.driver.findElements(By.cssSelector("#motion-row-0 label.candidate-option")).stream()
                    .filter(label -> label.getText().contains(name)).findFirst().orElseThrow()
                    .findElement(By.tagName("input")).click();
        }
        new org.openqa.selenium.support.ui.Select(browser.find("call:rows:1:itemKind")).selectByValue("EXPULSION");
        assertThat(browser.find("call:rows:1:expulsionCase").isDisplayed()).isTrue();
        new org.openqa.selenium.support.ui.Select(browser.find("call:rows:1:itemKind")).selectByValue("RESOLUTION");
        assertNoInlineCode(browser.driver.getPageSource());
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('motion-row-0').scrollIntoView()");
        browser.screenshot(shots().resolve("meetings-call-election-phone.png"));
        browser.find("call:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        String meetingUrl = browser.driver.getCurrentUrl().replaceFirst("&done=.*", "");
        assertThat(browser.text("meeting-title")).isEqualTo("임원 선거 임시총회");
        assertThat(browser.text("motion-1")).contains("임원 선거", "이사 2명 선출", "추첨", "김민준", "최도윤", "정하린");

        // the notice went to everyone on the roll; the proxy of 최도윤 is 이지은, a plain member, with the written proof
        assertThat(browser.exists("notices")).isTrue();
        long noticed = java.util.stream.Stream.of("notices-sent", "notices-queued", "notices-failed", "notices-noaddress")
                .mapToLong(id -> Long.parseLong(browser.text(id))).sum();
        assertThat(browser.text("meeting-facts")).contains(noticed + "명");
        assertThat(org.ridercoop.devstack.Http.await(Duration.ofSeconds(30), () -> true, () -> stack.mail.received().stream()
                .anyMatch(m -> subject(m).contains("임원 선거 임시총회")))).as("the notice went out by e-mail").isTrue();
        new org.openqa.selenium.support.ui.Select(browser.find("proxy:principal")).selectByVisibleText("3. 최도윤");
        new org.openqa.selenium.support.ui.Select(browser.find("proxy:proxyMember")).selectByVisibleText("6. 이지은");
        browser.find("proxy:proof").sendKeys("위임장 2026-031");
        browser.find("proxy:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        assertThat(browser.text("proxy-list")).contains("3. 최도윤", "6. 이지은", "위임장 2026-031");
        browser.driver.findElement(By.cssSelector("#notices-members > summary")).click();
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("meeting-notices-proxies");

        // the delegates (§31): 7 members need 1 in office, and 7 members are too few for a delegates' assembly anyway
        browser.open(stack.baseUrl + "/coop?id=" + coopId + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("delegates-link")));
        browser.find("delegates-link").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("delegates-state")));
        int members = Integer.parseInt(browser.text("count-members"));
        assertThat(browser.text("count-needed")).isEqualTo(String.valueOf(Math.min(100, (members + 9) / 10)));
        assertThat(browser.find("delegates-state").getDomAttribute("data-state")).isEqualTo("small");
        assertThat(browser.text("delegates-state")).contains("모자랍니다");
        new org.openqa.selenium.support.ui.Select(browser.find("elect:member")).selectByVisibleText("6. 이지은");
        String termEnd = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusYears(2).toString();
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('elect:termEnd').value = arguments[0]", termEnd);
        browser.find("elect:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        assertThat(browser.text("count-inoffice")).isEqualTo("1");
        assertThat(browser.driver.findElements(By.cssSelector("#delegates-count .tally-bad"))).as("one in office is enough of them").isEmpty();
        assertThat(browser.text("delegates")).contains("6. 이지은", "재임 중");
        assertThat(browser.find("delegates-state").getDomAttribute("data-state")).as("enough delegates, too few members").isEqualTo("small");
        browser.driver.findElement(By.cssSelector(".delegate-row .end-term > summary")).click();
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("delegates");
        browser.driver.findElement(By.cssSelector(".delegate-row .end-term > summary")).click();
        browser.driver.findElement(By.cssSelector(".delegate-row input.end-submit")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        assertThat(browser.text("count-inoffice")).isEqualTo("0");
        assertThat(browser.text("delegates")).contains("임기 일찍 끝남");
        // the call form says when a delegates' assembly may be called, and the API's refusal in words
        for (String language : List.of("ko", "en")) {
            browser.open(stack.baseUrl + "/meetings?coop=" + coopId + "&" + Language.PARAMETER + "=" + language);
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("call:submit")));
            assertThat(browser.find("delegates-rule").isDisplayed()).as("shown for a delegates' assembly only").isFalse();
            new org.openqa.selenium.support.ui.Select(browser.find("call:kind")).selectByValue("DELEGATES_ASSEMBLY");
            assertThat(browser.find("delegates-rule").isDisplayed()).isTrue();
            browser.find("call:title").sendKeys("ko".equals(language) ? "대의원총회" : "Delegates' assembly");
            ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('call:startDate').value = arguments[0]", day);
            browser.find("call:place").sendKeys("조합 사무실");
            browser.find("call:rows:0:motionTitle").sendKeys("ko".equals(language) ? "결산 승인" : "Accounts");
            browser.find("call:submit").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("call-problem")));
            assertThat(browser.find("call-problem").getDomAttribute("data-problem")).isEqualTo("problem.delegates-assembly");
            assertThat(browser.find("delegates-rule").isDisplayed()).as("the kind stays chosen").isTrue();
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(360);
            ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('call-title').scrollIntoView()");
            browser.screenshot(shots().resolve("meetings-call-delegates-phone" + ("ko".equals(language) ? "" : "-en") + ".png"));
        }
        browser.open(stack.baseUrl + "/home?" + Language.PARAMETER + "=ko");
        signOut();

        // the rider: ticks two candidates, confirms, keeps the receipt; no proxy to vote for
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.RIDER);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(meetingUrl + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#motion-1 input.choose-candidates")));
        assertThat(browser.text("motion-1")).contains("2명까지 고를 수 있습니다");
        String minjun = candidate("김민준").getDomAttribute("data-number");
        String harin = candidate("정하린").getDomAttribute("data-number");
        candidate("김민준").findElement(By.tagName("input")).click();
        candidate("최도윤").findElement(By.tagName("input")).click();
        candidate("정하린").findElement(By.tagName("input")).click();
        browser.fullScreenshot(shots().resolve("meeting-election-ballot-phone.png"));
        browser.driver.findElement(By.cssSelector("#motion-1 input.choose-candidates")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("vote-problem-1")));
        assertThat(browser.text("vote-problem-1")).contains("뽑을 인원보다 많이");
        assertThat(candidate("정하린").findElement(By.tagName("input")).isSelected()).as("the ticks stay").isTrue();
        candidate("최도윤").findElement(By.tagName("input")).click();
        browser.driver.findElement(By.cssSelector("#motion-1 input.choose-candidates")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#motion-1 input.confirm-choice")));
        String chosen = Integer.parseInt(minjun) < Integer.parseInt(harin)
                ? minjun + ". 김민준 · " + harin + ". 정하린" : harin + ". 정하린 · " + minjun + ". 김민준";
        String listed = Integer.parseInt(minjun) < Integer.parseInt(harin) ? minjun + "+" + harin : harin + "+" + minjun;
        assertThat(browser.driver.findElement(By.cssSelector("#motion-1 .pending-ballot")).getText()).isEqualTo(chosen);
        assertThat(browser.exists("voted-1")).as("nothing voted yet").isFalse();
        browser.fullScreenshot(shots().resolve("meeting-election-confirm-phone.png"));
        browser.driver.findElement(By.cssSelector("#motion-1 input.confirm-choice")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code-1")));
        String receipt = browser.text("receipt-code-1");
        assertThat(receipt).matches("[A-Z0-9]{5}(-[A-Z0-9]{5}){3}");
        assertThat(browser.text("receipt-1")).contains("투표한 선택: " + chosen);
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(360);
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('receipt-1').scrollIntoView({block: 'center'})");
        browser.screenshot(shots().resolve("meeting-election-receipt-phone.png"));
        assertThat(browser.exists("proxy-voting")).as("김민준 represents nobody here").isFalse();
        signOut();

        // 이지은, a plain member who may not read the proxies: the meeting tells her whom she represents; she votes blank for 최도윤
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.RIDER2);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(meetingUrl + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("proxy-voting")));
        assertThat(browser.exists("proxy-list")).as("the proxies are the board's").isFalse();
        browser.driver.findElement(By.cssSelector("#proxy-voting input.vote-for")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("voting-for")));
        assertThat(browser.text("voting-for")).contains("최도윤");
        browser.driver.findElement(By.cssSelector("#motion-1 input.choose-blank")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#motion-1 input.confirm-choice")));
        browser.driver.findElement(By.cssSelector("#motion-1 input.confirm-choice")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code-1")));
        assertThat(browser.text("receipt-1")).contains("백지", "최도윤 조합원 대신");
        assertNoInlineCode(browser.driver.getPageSource());
        browser.fullScreenshot(shots().resolve("meeting-proxy-receipt-phone.png"));
        assertThat(browser.console()).noneMatch(line -> line.contains("Content Security Policy"));
        signOut();

        // the chair closes; the count per candidate; the minutes with the chair, three signatories and the proceedings
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.BOARD);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(meetingUrl + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("board:close")));
        browser.find("board:close").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("board:confirm-close")));
        browser.find("board:confirm-close").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("result-1")));
        assertThat(browser.text("result-1")).contains("김민준", "정하린", "1표", "백지");
        assertThat(browser.driver.findElements(By.cssSelector("#result-1 .candidate-result"))).hasSize(3);
        shoot("meeting-election-results");
        browser.find("ballots-link-1").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("recount-candidates")));
        assertThat(browser.find("chain").getDomAttribute("data-intact")).isEqualTo("true");
        assertThat(browser.find("count-check").getDomAttribute("class")).isEqualTo("ok");
        assertThat(browser.text("count-blank")).isEqualTo("1표");
        assertThat(browser.driver.findElements(By.className("ballot-choice"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder(listed, "백지");
        shoot("ballots-election");
        browser.open(meetingUrl + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("minutes-link")));
        browser.find("minutes-link").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("draft:submit")));
        assertThat(browser.text("minutes-state")).isEqualTo("작성 전");
        new org.openqa.selenium.support.ui.Select(browser.find("draft:chair")).selectByVisibleText("1. 박서연");
        for (String name : List.of("김민준", "최도윤", "이지은")) {
            browser.driver.findElements(By.cssSelector("label.signatory-option")).stream()
                    .filter(label -> label.getText().contains(name)).findFirst().orElseThrow()
                    .findElement(By.tagName("input")).click();
        }
        browser.find("draft:proceedings").sendKeys("이사장 박서연이 개회를 선언했다.\n이사 2명을 선출했다.");
        browser.find("draft:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        assertThat(browser.text("proceedings")).contains("개회를 선언했다");
        assertThat(browser.driver.findElements(By.cssSelector("#signatories .signatory"))).hasSize(4);
        assertThat(browser.text("minutes-state")).isEqualTo("서명 중");
        assertThat(browser.text("attendance-attended")).isEqualTo("2");
        assertThat(browser.text("attendance-proxy")).isEqualTo("1");
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("minutes-board");
        signOut();

        // a signatory signs, once
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.RIDER);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/minutes?coop=" + coopId + "&meeting=" + meetingUrl.replaceFirst(".*[?&]id=", "")
                + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("sign:submit")));
        assertThat(browser.exists("draft")).as("김민준 is a director: until the first signature the board may redraft").isTrue();
        browser.fullScreenshot(shots().resolve("minutes-sign-phone.png"));
        browser.find("sign:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        assertThat(browser.exists("sign")).as("signed once").isFalse();
        assertThat(browser.exists("draft")).as("signed minutes are no longer redrafted").isFalse();
        assertThat(browser.driver.findElements(By.cssSelector("#signatories .signatory.signed"))).extracting(WebElement::getText)
                .singleElement().asString().contains("김민준", "서명");
        shoot("minutes-signed");
        // printed: no bar, no buttons, A4 wide
        browser.viewport(794, 1123, false);
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.find("signout").isDisplayed()).isFalse();
        browser.fullScreenshot(shots().resolve("minutes-print-a4.png"));
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.viewport(360, 800, true);
        assertThat(browser.console()).noneMatch(line -> line.contains("Content Security Policy"));
        signOut();
        browser.viewport(1280, 800, false);
    }

    @Test
    @Order(10)
    void theBoardRecordsADuesPaymentImportsABankStatementAndTheRiderSeesTheNewBalance() throws Exception {
        DemoData.seed(stack.baseUrl + "/api", stack.issuer);
        browser.viewport(360, 800, true);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString();

        // 이지은 (member 6): this month's 10,000 won billed by the demo, nothing paid yet; her home leads to her dues
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.RIDER2);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/home?" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("my-dues-link")));
        browser.find("my-dues-link").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("balance-amount")));
        assertThat(browser.find("dues-balance").getDomAttribute("data-state")).isEqualTo("owing");
        assertThat(browser.text("balance-amount")).isEqualTo("10,000원");
        assertThat(browser.text("dues-paid")).isEqualTo("0원");
        assertThat(browser.text("dues-plan")).startsWith("월 회비").contains("10,000원");
        assertThat(browser.exists("dues-flag")).isFalse();
        assertThat(browser.driver.findElements(By.cssSelector("#dues-months .dues-month"))).singleElement()
                .satisfies(month -> assertThat(month.getText()).contains("납부 대기", "10,000원"));
        assertThat(browser.text("mydues-howto")).contains("#6 이지은");
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("my-dues-owing");
        // the board's dues page is not hers: told so, and led back to her own
        browser.open(stack.baseUrl + "/home?" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.className("coop-link")));
        String coopId = browser.driver.findElement(By.className("coop-link")).getDomAttribute("href").replaceFirst(".*[?&]id=", "");
        browser.open(stack.baseUrl + "/dues?coop=" + coopId);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("board-only")));
        assertThat(browser.exists("arrears")).isFalse();
        assertThat(browser.driver.findElements(By.cssSelector("main form"))).isEmpty();
        signOut();

        // the chair: the cooperative page leads to the dues; 이지은 owes this month's 10,000 won
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.BOARD);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/coop?id=" + coopId + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("dues-link")));
        browser.find("dues-link").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("arrears")));
        String duesUrl = browser.driver.getCurrentUrl();
        WebElement jieun = arrearsRow("이지은");
        String jieunId = jieun.getDomAttribute("data-member");
        assertThat(jieun.findElement(By.className("arrears-unpaid")).getText()).isEqualTo("10,000원");
        assertThat(jieun.findElement(By.className("arrears-aging")).getText()).contains("이번 달 미납");
        assertThat(browser.driver.findElements(By.cssSelector(".collection-month"))).isNotEmpty();
        assertThat(browser.driver.findElement(By.cssSelector(".collection-month meter")).getDomAttribute("max")).isEqualTo("100");
        assertThat(browser.exists("reminders-unavailable")).isFalse();
        assertThat(browser.find("reminders-rule").getDomAttribute("data-months")).as("the API's default").isEqualTo("1, 2, 3");
        assertThat(browser.find("reminders-rule").getDomAttribute("data-day")).isEqualTo("10");
        assertThat(browser.text("reminders-rule")).contains("매월 10일", "1, 2, 3개월");
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("dues-board");

        // the reminders: seven points are refused by the months, then 1, 3 and 6 on the 15th; sending now finds nobody due
        for (int months = 4; months <= 7; months++) {
            monthBox(months).click();
        }
        browser.find("reminder-settings:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("reminder-settings:months-error")));
        assertThat(browser.find("reminders-problem").getDomAttribute("data-problem")).isEqualTo("problem.fields");
        assertThat(monthBox(7).isSelected()).as("the ticks stay").isTrue();
        for (int months : new int[] {2, 4, 5, 7}) {
            monthBox(months).click();
        }
        browser.find("reminder-settings:day").clear();
        browser.find("reminder-settings:day").sendKeys("15");
        browser.find("reminder-settings:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        assertThat(browser.find("reminders-rule").getDomAttribute("data-months")).isEqualTo("1, 3, 6");
        assertThat(browser.find("reminders-rule").getDomAttribute("data-day")).isEqualTo("15");
        browser.find("remind-now:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        assertThat(browser.text("done-notice")).as("nobody is a month behind yet").contains("보낸 독촉 메일이 없습니다");
        assertThat(browser.exists("reminders-none")).isTrue();
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('reminders').scrollIntoView()");
        browser.screenshot(shots().resolve("dues-reminders-phone.png"));

        // billing this month again charges nobody twice; a reduced plan from next month
        String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Seoul")).toString();
        assertThat(browser.find("billing-form:month").getDomProperty("value")).isEqualTo(thisMonth);
        browser.find("billing-form:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        assertThat(browser.text("done-notice")).contains(thisMonth.replaceFirst("-0?", "년 ") + "월", "청구했습니다");
        browser.driver.findElement(By.cssSelector("#add-plan > summary")).click();
        browser.find("plan:name").sendKeys("감면 회비");
        browser.find("plan:amount").sendKeys("5,000");
        browser.find("plan:standard").click();
        browser.find("plan:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        assertThat(browser.driver.findElements(By.cssSelector("#plans .plan-row"))).extracting(WebElement::getText)
                .anySatisfy(plan -> assertThat(plan).contains("감면 회비", "월 5,000원", "시작 전"))
                .anySatisfy(plan -> assertThat(plan).contains("월 회비", "기본", "적용 중"));

        // a payment of 0 won: the API's words by the amount; then 4,000 won in cash
        new org.openqa.selenium.support.ui.Select(browser.find("payment:member")).selectByValue(jieunId);
        browser.find("payment:amount").sendKeys("0");
        browser.find("payment:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("payment:amount-error")));
        assertThat(browser.find("payment-problem").getDomAttribute("data-problem")).isEqualTo("problem.fields");
        assertThat(browser.exists("payment:paidOn-error")).isFalse();
        assertThat(browser.find("payment:paidOn").getDomProperty("value")).as("the day defaults to today").isEqualTo(today);
        assertThat(new org.openqa.selenium.support.ui.Select(browser.find("payment:member")).getFirstSelectedOption()
                .getDomAttribute("value")).as("the member stays chosen").isEqualTo(jieunId);
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('payment:amount').scrollIntoView({block: 'center'})");
        browser.screenshot(shots().resolve("dues-payment-error-phone.png"));
        browser.find("payment:amount").clear();
        browser.find("payment:amount").sendKeys("4,000");
        new org.openqa.selenium.support.ui.Select(browser.find("payment:method")).selectByValue("CASH");
        browser.find("payment:reference").sendKeys("영수증 1");
        browser.find("payment:submit").click();

        // her account, with the payment: 6,000 won left
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        assertThat(browser.driver.getCurrentUrl()).contains("/member-dues?coop=" + coopId + "&id=" + jieunId);
        assertThat(browser.text("member-dues-title")).startsWith("이지은");
        assertThat(browser.text("balance-amount")).isEqualTo("6,000원");
        assertThat(browser.text("dues-paid")).isEqualTo("4,000원");
        assertThat(browser.driver.findElements(By.cssSelector("#dues-payments .dues-payment"))).singleElement()
                .satisfies(p -> assertThat(p.getText()).contains("현금", "4,000원", "영수증 1", "박서연"));
        assertThat(browser.driver.findElement(By.cssSelector("#dues-months .dues-month")).getText()).contains("일부 납부", "6,000원");
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("member-dues");

        // the bank statement, as a bank saves it (CP949): her transfer with her number, a stranger's, a withdrawal
        String statement = "거래일자,입금액,출금액,적요\r\n"
                + today + " 09:12:44,\"2,000\",,#6 이지은\r\n"
                + today + ",3000,,홍길동\r\n"
                + today + ",,30000,카드대금\r\n";
        Path file = Files.createTempFile(Path.of("target").toAbsolutePath(), "statement-", ".csv");
        Files.write(file, statement.getBytes(java.nio.charset.Charset.forName("x-windows-949")));
        browser.open(duesUrl);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("import-link")));
        browser.find("import-link").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("statement:file")));
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("dues-import");
        browser.find("statement:file").sendKeys(file.toString());
        browser.find("statement:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("report")));
        assertThat(browser.text("report-recorded")).isEqualTo("1");
        assertThat(browser.text("report-recorded-won")).isEqualTo("2,000원");
        assertThat(browser.text("report-unmatched")).isEqualTo("1");
        assertThat(browser.text("report-unmatched-won")).isEqualTo("3,000원");
        assertThat(browser.text("report-notdeposits")).isEqualTo("1");
        List<WebElement> lines = browser.driver.findElements(By.cssSelector("#report-lines .report-line"));
        assertThat(lines).extracting(l -> l.getDomAttribute("data-outcome")).as("the unmatched first")
                .containsExactly("UNMATCHED", "RECORDED", "NOT_A_DEPOSIT");
        assertThat(lines.get(0).getDomAttribute("data-line")).isEqualTo("3");
        assertThat(lines.get(0).getText()).contains("홍길동", "3,000원", "조합원 없음", "이 번호나 이름의 조합원이 없습니다");
        assertThat(lines.get(1).getText()).contains("#6 이지은", "2,000원", "6. 이지은");
        assertThat(lines.get(0).findElement(By.className("line-record")).getDomAttribute("href")).contains("amount=3000", "day=" + today);
        assertNoInlineCode(browser.driver.getPageSource());
        browser.fullScreenshot(shots().resolve("dues-import-report-phone.png"));
        // the same file again, in English: nothing recorded twice
        browser.open(stack.baseUrl + "/dues-import?coop=" + coopId + "&" + Language.PARAMETER + "=en");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("statement:file")));
        browser.find("statement:file").sendKeys(file.toString());
        browser.find("statement:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("report")));
        assertThat(browser.text("report-recorded")).isEqualTo("0");
        assertThat(browser.text("report-already")).isEqualTo("1");
        assertThat(browser.driver.findElement(By.cssSelector("#report-lines .report-line")).getText()).contains("no member", "No member has this number or name");
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(360);
        browser.fullScreenshot(shots().resolve("dues-import-report-phone-en.png"));
        // a line that cannot be read: named, and nothing recorded
        browser.open(stack.baseUrl + "/dues-import?coop=" + coopId + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("details.paste > summary")));
        browser.driver.findElement(By.cssSelector("details.paste > summary")).click();
        browser.find("statement:pasted").sendKeys("거래일자,입금액,적요\n" + today + ",7000,#6 이지은\n어제,7000,#6 이지은\n");
        browser.find("statement:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("import-problem")));
        assertThat(browser.find("import-problem").getDomAttribute("data-problem")).isEqualTo("import.unreadable");
        assertThat(browser.driver.findElements(By.cssSelector("#unreadable-lines .unreadable-line"))).singleElement()
                .satisfies(line -> {
                    assertThat(line.getDomAttribute("data-line")).isEqualTo("3");
                    assertThat(line.getText()).contains("어제");
                });
        assertThat(browser.exists("report")).isFalse();
        browser.fullScreenshot(shots().resolve("dues-import-unreadable-phone.png"));

        // the arrears for a spreadsheet: the byte order mark, the Korean header, her 4,000 won
        String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> csv = HTTP.send(HttpRequest.newBuilder(URI.create(stack.baseUrl + "/dues-arrears.csv?coop=" + coopId))
                .header("Cookie", "JSESSIONID=" + session).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"dues-arrears-" + coopId + "-").endsWith(".csv\""));
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        String arrears = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(arrears).startsWith("\uFEFF조합원번호,성명,미납액(원)").contains("\r\n6,이지은,4000,");
        assertThat(arrears.lines().reduce((a, b) -> b).orElseThrow()).startsWith("합계,");
        browser.open(duesUrl);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("arrears")));
        assertThat(arrearsRow("이지은").findElement(By.className("arrears-unpaid")).getText()).isEqualTo("4,000원");
        assertThat(browser.console()).noneMatch(line -> line.contains("Content Security Policy"));
        signOut();

        // 이지은 again: the board's payment and her transfer, 4,000 won left
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.RIDER2);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/my-dues?coop=" + coopId + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("balance-amount")));
        assertThat(browser.text("balance-amount")).isEqualTo("4,000원");
        assertThat(browser.text("dues-paid")).isEqualTo("6,000원");
        assertThat(browser.text("dues-charged")).isEqualTo("10,000원");
        assertThat(browser.driver.findElements(By.cssSelector("#dues-payments .dues-payment"))).extracting(WebElement::getText)
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("현금", "4,000원", "영수증 1"))
                .anySatisfy(p -> assertThat(p).contains("계좌이체", "2,000원", "#6 이지은"))
                .noneSatisfy(p -> assertThat(p).as("who recorded it is the board's business").contains("박서연"));
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("my-dues");
        signOut();

        // the consultant: the dues to read, no form
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.CONSULTANT);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(duesUrl + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("arrears")));
        assertThat(arrearsRow("이지은").findElement(By.className("arrears-unpaid")).getText()).isEqualTo("4,000원");
        assertThat(browser.exists("record")).isFalse();
        assertThat(browser.driver.findElements(By.cssSelector("main form"))).as("read-only").isEmpty();
        shoot("dues-consultant");
        signOut();
        browser.viewport(1280, 800, false);
    }

    // ---- Payouts (branch web-payouts) ----

    @Test
    @Order(20)
    void theBoardPreparesARunThroughTheFormTheOperatorApprovesTheBoardPostsAndTheRiderOpensTheStatement() throws Exception {
        DemoData.seed(stack.baseUrl + "/api", stack.issuer);
        browser.viewport(360, 800, true);
        java.time.LocalDate lastMonth = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).minusMonths(1).withDayOfMonth(1);
        org.ridercoop.devstack.Tokens tokens = new org.ridercoop.devstack.Tokens(stack.issuer);
        String board = tokens.accessToken(DemoUser.BOARD);
        String coopId = payoutsCoopId(board);
        String coop = stack.baseUrl + "/api/coops/" + coopId;
        // the first two days of last month as the platform exports them: 박서연 (1) earned 40,000 won, 김민준 (2) 60,000
        StringBuilder csv = new StringBuilder("라이더번호,시작시각,종료시각,배달건수,주행거리,정산금액\n");
        for (int day = 0; day < 2; day++) {
            String date = lastMonth.plusDays(day).toString();
            csv.append("1,").append(date).append(" 11:00,").append(date).append(" 15:00,6,18.5,\"20,000\"\n");
            csv.append("2,").append(date).append(" 11:00,").append(date).append(" 15:00,10,30.5,\"30,000\"\n");
        }
        HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(URI.create(coop + "/work-records/imports"))
                .header("Authorization", "Bearer " + board).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        // the chair prepares the run through the form: 1,000,000 won in, 5% operating share, 50,000 of insurance out
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.BOARD);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/coop?id=" + coopId + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("payouts-link")));
        browser.find("payouts-link").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("new-run")));
        assertThat(browser.text("settings-formula")).isEqualTo("플랫폼 수입");
        assertThat(browser.text("ledger-balanced")).contains("일치합니다");
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("payouts-board");
        setValue("run:periodStart", lastMonth.toString());
        setValue("run:periodEnd", lastMonth.plusDays(1).toString());
        List<WebElement> labels = browser.driver.findElements(By.cssSelector("#run input[id$=':label']"));
        List<WebElement> amounts = browser.driver.findElements(By.cssSelector("#run input[id$=':amount']"));
        assertThat(labels).as("five incomes and five deductions").hasSize(10);
        labels.get(0).sendKeys("배달 플랫폼 정산");
        amounts.get(0).sendKeys("1,000,000");
        labels.get(5).sendKeys("단체 상해보험");
        amounts.get(5).sendKeys("50,000");
        browser.find("run:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("run-lines")));
        String runId = query(browser.driver.getCurrentUrl()).get("id");
        assertThat(browser.find("run-state").getDomAttribute("data-state")).isEqualTo("PREVIEW");
        assertThat(browser.text("total-gross")).isEqualTo("1,000,000원");
        assertThat(browser.text("total-operating")).isEqualTo("50,000원");
        assertThat(browser.text("total-net")).isEqualTo("900,000원");
        assertThat(browser.driver.findElements(By.cssSelector(".run-line"))).extracting(WebElement::getText).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("김민준", "522,180원", "8시간", "20건", "60,000원", "60%", "540,000원", "17,820원"))
                .anySatisfy(line -> assertThat(line).contains("박서연", "348,120원", "40%", "360,000원", "11,880원"));
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("payout-preview");
        // whoever prepared it cannot approve it: the page says so
        browser.find("steps:approve").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("step-problem")));
        assertThat(browser.find("step-problem").getDomAttribute("data-problem")).isEqualTo("payouts.problem.own-run");
        assertThat(browser.text("step-problem")).contains("다른 이사가 승인해야");

        // the operator approves through the API; the chair posts it from the page
        HttpResponse<String> approved = HTTP.send(HttpRequest.newBuilder(URI.create(coop + "/payout-runs/" + runId + "/approve"))
                .header("Authorization", "Bearer " + tokens.accessToken(DemoUser.ADMIN)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        browser.open(stack.baseUrl + "/payout-run?coop=" + coopId + "&id=" + runId + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("steps:post")));
        browser.find("steps:post").click();
        browser.await(ExpectedConditions.attributeToBe(By.id("run-state"), "data-state", "POSTED"));
        assertThat(browser.exists("steps:pay")).isTrue();
        assertThat(browser.exists("steps:reverse")).isTrue();
        shoot("payout-posted");
        signOut();

        // 김민준 opens his payouts from his home, finds the period and opens its statement
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.RIDER);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/home?" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("my-payouts-link")));
        browser.find("my-payouts-link").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("payout-periods")));
        WebElement period = browser.driver.findElement(By.cssSelector(".payout-period[data-run='" + runId + "']"));
        assertThat(period.getText()).contains("522,180원", "지급 전");
        assertThat(browser.driver.findElements(By.cssSelector("svg.payout-bars rect.payout-bar"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("svg.payout-bars rect.payout-bar[data-run='" + runId + "']"))).hasSize(1);
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("my-payouts");
        // the screenshots switched the language back and forth: the page is a new one
        browser.driver.findElement(By.cssSelector(".payout-period[data-run='" + runId + "'] .period-link")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("statement")));
        assertThat(browser.find("statement").getDomAttribute("data-standing")).isEqualTo("unpaid");
        assertThat(browser.text("mine-hours")).isEqualTo("8시간");
        assertThat(browser.text("mine-deliveries")).isEqualTo("20건");
        assertThat(browser.text("mine-income")).isEqualTo("60,000원");
        assertThat(browser.text("mine-share")).isEqualTo("60%");
        assertThat(browser.text("mine-part")).isEqualTo("540,000원");
        assertThat(browser.text("mine-withholding")).isEqualTo("− 17,820원");
        assertThat(browser.text("mine-payable")).isEqualTo("522,180원");
        assertThat(browser.text("pool-gross")).isEqualTo("1,000,000원");
        assertThat(browser.text("pool-operating")).isEqualTo("− 50,000원");
        assertThat(browser.text("pool-net")).isEqualTo("900,000원");
        assertThat(browser.text("statement-formula")).contains("플랫폼 수입");
        assertThat(browser.text("statement-sum")).contains("900,000원", "60%", "540,000원");
        assertThat(browser.driver.getPageSource()).contains("단체 상해보험");
        assertThat(browser.find("mine-withholding").findElement(By.xpath("preceding-sibling::dt")).getText()).isEqualTo("원천징수 (3.3%)");
        // "PDF로 받기" gives the same statement as a PDF, fetched by the page itself with his session
        assertThat(browser.find("statement-pdf").getDomProperty("href"))
                .isEqualTo(stack.baseUrl + "/payout-statement.pdf?coop=" + coopId + "&run=" + runId);
        @SuppressWarnings("unchecked")
        Map<String, Object> pdf = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('statement-pdf').href).then(async r => {"
                + "  const bytes = new Uint8Array(await r.arrayBuffer()); let text = '';"
                + "  for (const b of bytes) { text += String.fromCharCode(b); }"
                + "  done({status: r.status, type: r.headers.get('Content-Type'), file: r.headers.get('Content-Disposition'), body: btoa(text)});"
                + "}).catch(e => done({status: -1, type: String(e)}));");
        assertThat(pdf).containsEntry("status", 200L);
        assertThat((String) pdf.get("type")).startsWith("application/pdf");
        assertThat((String) pdf.get("file")).startsWith("attachment; filename=\"statement-").endsWith(".pdf\"");
        byte[] statementPdf = java.util.Base64.getDecoder().decode((String) pdf.get("body"));
        assertThat(new String(statementPdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.createDirectories(shots());
        Files.write(shots().resolve("payout-statement.pdf"), statementPdf);
        try (var document = org.apache.pdfbox.Loader.loadPDF(statementPdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("정산 명세서", "김민준", "지급액", "522,180원", "원천징수 (3.3%)", "단체 상해보험");
        }
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("payout-statement");

        // he gives the account his payouts go to: the form has his name as the holder; a number ending in a dash is named
        // in Korean next to its input; saved, the number shows by its last four digits only, never whole in the page
        browser.open(stack.baseUrl + "/my-payouts?coop=" + coopId + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("payout-account")));
        assertThat(browser.exists("account-none")).isTrue();
        assertThat(browser.find("account-form:holder").getDomProperty("value")).isEqualTo("김민준");
        browser.find("account-form:bank").sendKeys("카카오뱅크");
        browser.find("account-form:number").sendKeys("3333-01-2345678-");
        browser.find("account-form:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("account-problem")));
        assertThat(browser.find("account-problem").getDomAttribute("data-problem")).isEqualTo("problem.fields");
        assertThat(browser.driver.findElements(By.cssSelector("#payout-account .field-error"))).extracting(WebElement::getText)
                .containsExactly("숫자와 하이픈(-)만 6~40자로, 숫자로 시작하고 끝나게 적어 주세요.");
        browser.fullScreenshot(shots().resolve("my-payouts-account-refused-phone.png"));
        browser.find("account-form:number").clear();
        browser.find("account-form:number").sendKeys("3333-01-2345678");
        browser.find("account-form:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("account-saved")));
        assertThat(browser.text("account-bank")).isEqualTo("카카오뱅크");
        assertThat(browser.text("account-holder")).isEqualTo("김민준");
        assertThat(browser.text("account-number")).isEqualTo("****-**-***5678");
        assertThat(browser.driver.getPageSource()).doesNotContain("3333-01-2345678").doesNotContain("01-2345678");
        assertThat(browser.exists("account-none")).isFalse();
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("my-payouts-account");
        signOut();

        // the chair downloads the run's transfer file: the byte order mark, the Korean header, his line with the account,
        // 박서연's with the bank columns empty (no account on file), the total
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.BOARD);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/payout-run?coop=" + coopId + "&id=" + runId + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("transfers-csv")));
        assertThat(browser.text("run-transfers")).contains("2명", "은행 칸이 빈 줄로");
        String href = browser.find("transfers-csv").getDomProperty("href");
        assertThat(href).isEqualTo(stack.baseUrl + "/payout-transfers.csv?coop=" + coopId + "&run=" + runId);
        String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> file = HTTP.send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(file.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"payout-transfers-" + coopId + "-" + runId + ".csv\"");
        assertThat(file.body()).startsWith(0xEF, 0xBB, 0xBF);
        String transfers = new String(file.body(), StandardCharsets.UTF_8);
        assertThat(transfers).startsWith("\uFEFF은행,계좌번호,예금주,금액(원),조합원번호,성명\r\n")
                .contains("\r\n카카오뱅크,3333-01-2345678,김민준,522180,2,김민준\r\n")
                .contains("\r\n,,,348120,1,박서연\r\n")
                .endsWith("\r\n합계,,,870300,,\r\n");
        // a run that is not posted has no transfer file
        HttpResponse<byte[]> none = HTTP.send(HttpRequest.newBuilder(URI.create(stack.baseUrl + "/payout-transfers.csv?coop=" + coopId + "&run=999999"))
                .header("Cookie", "JSESSIONID=" + session).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(none.statusCode()).isEqualTo(404);
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("payout-transfers");
        signOut();
        browser.viewport(1280, 800, false);
    }

    /** The demo cooperative's id, as the board's API token sees it. */
    private String payoutsCoopId(String boardToken) throws Exception {
        HttpResponse<String> mine = HTTP.send(HttpRequest.newBuilder(URI.create(stack.baseUrl + "/api/me/memberships"))
                .header("Authorization", "Bearer " + boardToken).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"coop\"\\s*:\\s*\\{[^}]*?\"id\"\\s*:\\s*(\\d+)").matcher(mine.body());
        assertThat(id.find()).as(mine.body()).isTrue();
        return id.group(1);
    }

    /** A date input set as a person picking the day would. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", browser.find(id), value);
    }

    // ---- end of payouts ----

    // ---- Year-end surplus (branch web-surplus) ----

    @Test
    @Order(21)
    void theBoardProposesLastYearsSurplusTheAssemblyAdoptsItAndTheRiderReinvestsPartOfTheirDividend() throws Exception {
        DemoData.seed(stack.baseUrl + "/api", stack.issuer);
        browser.viewport(360, 800, true);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
        int lastYear = today.getYear() - 1;
        org.ridercoop.devstack.Tokens tokens = new org.ridercoop.devstack.Tokens(stack.issuer);
        String board = tokens.accessToken(DemoUser.BOARD);
        String coopId = payoutsCoopId(board);
        String coop = stack.baseUrl + "/api/coops/" + coopId;

        // the chair opens the surplus from the payouts page: the demo's proposal for last year is open again (its assembly
        // closed without a quorum on it); he withdraws it from its page to propose anew
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.BOARD);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/payouts?coop=" + coopId + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("surplus-link")));
        browser.find("surplus-link").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("form:submit")));
        WebElement demo = browser.driver.findElement(By.cssSelector(".surplus-row[data-state='PROPOSED']"));
        assertThat(demo.getText()).contains(lastYear + "년", "제안됨", "8,600,000원");
        demo.findElement(By.className("surplus-link")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("steps:withdraw")));
        browser.find("steps:withdraw").click();
        browser.await(ExpectedConditions.attributeToBe(By.id("proposal-state"), "data-state", "WITHDRAWN"));
        assertThat(browser.text("done-notice")).contains("철회했습니다");
        browser.find("back-surplus").click();

        // last year, its figures, the opening balances asked for (no year was appropriated before)
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("form:submit")));
        assertThat(browser.find("pick-year").getDomProperty("value")).isEqualTo(String.valueOf(lastYear));
        assertThat(browser.text("surplus-rules")).contains("10%", "3배", "50%", "제98조");
        assertThat(browser.text("year-paidin")).as("the cooperative was founded this year").isEqualTo("0원");
        assertThat(browser.exists("opening")).isTrue();
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("surplus-board");

        // 10,000,000 won of net income; the minimum is worked out (nothing: the ceiling is three times no capital), the
        // chair sets aside 1,000,000 anyway and proposes a dividend on capital, which the law caps at a tenth of none
        browser.find("form:netIncome").sendKeys("10,000,000");
        browser.find("form:minimum").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("legal-minimum")));
        assertThat(browser.find("form:legalReserve").getDomProperty("value")).isEqualTo("0");
        assertThat(browser.text("legal-minimum")).contains("최소 0원");
        browser.find("form:legalReserve").clear();
        browser.find("form:legalReserve").sendKeys("1,000,000");
        browser.find("form:voluntaryReserve").clear();
        browser.find("form:voluntaryReserve").sendKeys("1,000,000");
        browser.find("form:patronage").clear();
        browser.find("form:patronage").sendKeys("3,000,000");
        browser.find("form:capital").clear();
        browser.find("form:capital").sendKeys("10,000");
        browser.find("form:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("propose-problem")));
        assertThat(browser.find("propose-problem").getDomAttribute("data-problem")).isEqualTo("surplus.problem.capital-dividend-cap");
        assertThat(browser.text("propose-problem")).contains("출자배당이 납입출자금의 10%를 넘습니다", "10000 won is proposed");
        assertThat(browser.text("error-capitalDividendWon")).contains("10%를 넘습니다");
        assertThat(browser.find("form:patronage").getDomProperty("value")).as("what was typed stays").isEqualTo("3,000,000");
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(360);
        browser.fullScreenshot(shots().resolve("surplus-refused-phone.png"));
        browser.find("form:capital").clear();
        browser.find("form:capital").sendKeys("0");
        browser.find("form:submit").click();

        // the waterfall: 10,000,000 less 1,000,000 + 1,000,000 of reserves and 3,000,000 of patronage dividends leaves
        // 5,000,000 carried forward; the preview splits the dividends by last December's platform income, to the won
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("waterfall")));
        String proposalId = query(browser.driver.getCurrentUrl()).get("id");
        assertThat(browser.find("proposal-state").getDomAttribute("data-state")).isEqualTo("PROPOSED");
        assertThat(browser.text("proposal-title")).isEqualTo(lastYear + "년 잉여금 처분안");
        assertThat(browser.text("wf-net")).isEqualTo("10,000,000원");
        assertThat(browser.text("wf-surplus")).isEqualTo("10,000,000원");
        assertThat(browser.text("wf-legal")).isEqualTo("− 1,000,000원");
        assertThat(browser.text("wf-patronage")).isEqualTo("− 3,000,000원");
        assertThat(browser.text("wf-carried")).isEqualTo("5,000,000원");
        assertThat(browser.text("closing-retained")).isEqualTo("5,000,000원");
        assertThat(browser.text("closing-legal")).isEqualTo("1,000,000원");
        List<WebElement> lines = browser.driver.findElements(By.cssSelector(".dividend-row"));
        assertThat(lines).extracting(WebElement::getText).hasSize(6).anySatisfy(line -> assertThat(line).contains("이지은", "이용실적"));
        assertThat(lines.stream().mapToLong(line -> Long.parseLong(line.findElement(By.className("dividend-total")).getText()
                .replaceAll("[^0-9]", ""))).sum()).isEqualTo(3_000_000);
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("surplus-proposal-board");

        // put to a general assembly: three days ahead is refused (§28, the API's earliest start shown); eight are fine
        browser.find("agenda-form:place").sendKeys("대구 북구 조합 사무실");
        setValue("agenda-form:startDate", today.plusDays(3).toString());
        browser.find("agenda-form:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("agenda-problem")));
        assertThat(browser.find("agenda-problem").getDomAttribute("data-problem")).isEqualTo("problem.notice-too-short");
        assertThat(browser.text("agenda-problem")).contains("7일 전", "at the earliest");
        setValue("agenda-form:startDate", today.plusDays(8).toString());
        browser.find("agenda-form:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("proposal-assembly")));
        assertThat(browser.find("proposal-state").getDomAttribute("data-state")).isEqualTo("ON_AGENDA");
        assertThat(browser.text("proposal-assembly")).contains(lastYear + "년도 결산 총회");
        assertThat(browser.exists("agenda")).isFalse();
        String meetingId = query(browser.find("assembly-link").getDomProperty("href")).get("id");
        signOut();

        // the members vote in the room, all in favour, and the chair closes the vote: the proposal is adopted
        String meeting = coop + "/meetings/" + meetingId;
        HttpResponse<String> agenda = HTTP.send(HttpRequest.newBuilder(URI.create(meeting)).header("Authorization", "Bearer " + board)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher motionJson = Pattern.compile("\\{[^{}]*\"surplusProposalId\"\\s*:\\s*" + proposalId + "(?!\\d)[^{}]*\\}").matcher(agenda.body());
        assertThat(motionJson.find()).as(agenda.body()).isTrue();
        Matcher motionId = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(motionJson.group());
        assertThat(motionId.find()).isTrue();
        HttpResponse<String> active = HTTP.send(HttpRequest.newBuilder(URI.create(coop + "/members?status=ACTIVE"))
                .header("Authorization", "Bearer " + board).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher memberIds = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(active.body());
        int votes = 0;
        while (memberIds.find()) {
            HttpResponse<String> vote = HTTP.send(HttpRequest.newBuilder(URI.create(meeting + "/motions/" + motionId.group(1) + "/room-votes"))
                    .header("Authorization", "Bearer " + board).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"membershipId\":" + memberIds.group(1) + ",\"choice\":\"YES\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            // a member who joined after the assembly was called is not on its roll (403)
            assertThat(vote.statusCode()).as(vote.body()).isIn(201, 403);
            votes += vote.statusCode() == 201 ? 1 : 0;
        }
        assertThat(votes).isGreaterThanOrEqualTo(7);
        HttpResponse<String> closed = HTTP.send(HttpRequest.newBuilder(URI.create(meeting + "/close")).header("Authorization", "Bearer " + board)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        // 이지은's dividend as the API posted it
        HttpResponse<String> adopted = HTTP.send(HttpRequest.newBuilder(URI.create(coop + "/surplus-proposals/" + proposalId))
                .header("Authorization", "Bearer " + board).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(adopted.body()).contains("\"state\":\"ADOPTED\"");
        Matcher jieun = Pattern.compile("\\{[^{}]*\"name\"\\s*:\\s*\"이지은\"[^{}]*\\}").matcher(adopted.body());
        assertThat(jieun.find()).as(adopted.body()).isTrue();
        Matcher patronage = Pattern.compile("\"patronageWon\"\\s*:\\s*(\\d+)").matcher(jieun.group());
        assertThat(patronage.find()).isTrue();
        long dividend = Long.parseLong(patronage.group(1));
        assertThat(dividend).isGreaterThanOrEqualTo(100_000);

        // 이지은, a plain member, finds the proposal from the assembly's motion: adopted, her dividend, and reinvests one
        // share of it
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.RIDER2);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/meeting?coop=" + coopId + "&id=" + meetingId + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("surplus-link-1")));
        browser.find("surplus-link-1").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("my-dividend")));
        assertThat(browser.find("proposal-state").getDomAttribute("data-state")).isEqualTo("ADOPTED");
        assertThat(browser.exists("dividends")).as("a member sees their own line only").isFalse();
        assertThat(browser.exists("agenda")).isFalse();
        assertThat(browser.exists("steps:pay")).isFalse();
        String won = String.format(java.util.Locale.ROOT, "%,d원", dividend);
        assertThat(browser.text("mine-patronage")).isEqualTo(won);
        assertThat(browser.text("mine-total")).isEqualTo(won);
        assertThat(browser.text("mine-outstanding")).isEqualTo(won);
        assertThat(browser.text("reinvest-text")).contains("50,000원", "최대 " + dividend / 50_000 + "좌", "30%");
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("surplus-proposal-rider");
        browser.find("reinvest:shares").clear();
        browser.find("reinvest:shares").sendKeys("1");
        browser.find("reinvest:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        assertThat(browser.text("mine-reinvested")).isEqualTo("− 50,000원");
        assertThat(browser.text("mine-outstanding")).isEqualTo(String.format(java.util.Locale.ROOT, "%,d원", dividend - 50_000));
        browser.fullScreenshot(shots().resolve("surplus-reinvested-phone.png"));
        signOut();
        browser.viewport(1280, 800, false);
    }

    /** The box of the reminder settings for that many months behind. */
    private WebElement monthBox(int months) {
        return browser.driver.findElement(By.cssSelector("#reminder-settings label.month-box[data-months='" + months + "'] input"));
    }

    /** The line of the arrears list of the member of that name. */
    private WebElement arrearsRow(String name) {
        return browser.driver.findElements(By.cssSelector("#arrears .arrears-row")).stream()
                .filter(row -> row.findElement(By.className("arrears-name")).getText().contains(name)).findFirst().orElseThrow();
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    // ---- Shifts and work records (issue 5) ----

    @Test
    @Order(30)
    void aRiderClaimsAPooledShiftWithOneTapAndIsToldWhichSafetyRuleRefusesAnother() throws Exception {
        DemoData.seed(stack.baseUrl + "/api", stack.issuer);
        org.ridercoop.devstack.Tokens tokens = new org.ridercoop.devstack.Tokens(stack.issuer);
        String board = tokens.accessToken(DemoUser.BOARD);
        String rider2 = tokens.accessToken(DemoUser.RIDER2);
        String coop = firstId(api("GET", "/coops", tokens.accessToken(DemoUser.ADMIN), null));
        long zone = Long.parseLong(firstId(api("GET", "/coops/" + coop + "/zones", board, null)));
        java.time.ZoneId korea = java.time.ZoneId.of("Asia/Seoul");
        java.time.LocalDate day = java.time.LocalDate.now(korea).plusDays(2);
        java.time.Instant starts = day.atTime(8, 0).atZone(korea).toInstant();
        // the board publishes an early shift; rider2 takes it, then offers it to the pool
        String shift = firstId(api("POST", "/coops/" + coop + "/shifts", board, """
                {"zoneId":%d,"startsAt":"%s","endsAt":"%s","ridersWanted":1,"note":"아침 특근"}"""
                .formatted(zone, starts, starts.plusSeconds(2 * 3600))));
        api("POST", "/coops/" + coop + "/shifts/" + shift + "/claims", rider2, "{}");
        api("POST", "/coops/" + coop + "/shifts/" + shift + "/offer", rider2, "{\"urgent\":false,\"reason\":\"병원 예약\"}");
        browser.viewport(360, 800, true);

        // the rider: from the home page to the week of that day; the place is in the pool, offered by rider2
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.RIDER);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/home?" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("shifts-link-" + coop)));
        browser.find("shifts-link-" + coop).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("shifts-title")));
        assertThat(browser.text("shifts-title")).isEqualTo("근무");
        assertThat(browser.text("hours-week")).contains("시간");
        browser.open(stack.baseUrl + "/shifts?coop=" + coop + "&week=" + day);
        By pooled = By.cssSelector("li.pool-place[data-shift='" + shift + "']");
        browser.await(ExpectedConditions.presenceOfElementLocated(pooled));
        assertThat(browser.driver.findElement(pooled).getText()).contains("08:00–10:00", "이지은 님이 내놓음", "병원 예약");
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("shifts-pool");

        // one tap: the shift is the rider's, and gone from the pool
        browser.driver.findElement(pooled).findElement(By.cssSelector("input.claim-pooled")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
        assertThat(browser.text("done-notice")).isEqualTo("근무를 맡았습니다.");
        WebElement mine = browser.driver.findElement(By.cssSelector("li.shift-mine[data-shift='" + shift + "']"));
        assertThat(mine.getText()).contains("08:00–10:00", "2시간", "아침 특근");
        assertThat(browser.driver.findElements(pooled)).isEmpty();
        assertThat(api("GET", "/coops/" + coop + "/shift-pool", board, null)).doesNotContain("\"shiftId\":" + shift + ",");
        shoot("shifts-claimed");

        // rider2 asks urgently for cover of a shift overlapping the one the rider just took: the rule is named, with its figures
        String overlapping = firstId(api("POST", "/coops/" + coop + "/shifts", board, """
                {"zoneId":%d,"startsAt":"%s","endsAt":"%s","ridersWanted":1}"""
                .formatted(zone, starts.plusSeconds(3600), starts.plusSeconds(3 * 3600))));
        api("POST", "/coops/" + coop + "/shifts/" + overlapping + "/claims", rider2, "{}");
        api("POST", "/coops/" + coop + "/shifts/" + overlapping + "/offer", rider2, "{\"urgent\":true,\"reason\":\"아이가 아파서\"}");
        browser.open(stack.baseUrl + "/shifts?coop=" + coop + "&week=" + day);
        By urgent = By.cssSelector("li.pool-urgent[data-shift='" + overlapping + "']");
        browser.await(ExpectedConditions.presenceOfElementLocated(urgent));
        assertThat(browser.driver.findElement(urgent).getText()).contains("09:00–11:00", "급함", "아이가 아파서");
        browser.driver.findElement(urgent).findElement(By.cssSelector("input.claim-pooled")).click();
        By refused = By.cssSelector("li.pool-urgent[data-shift='" + overlapping + "'] div[data-problem]");
        browser.await(ExpectedConditions.presenceOfElementLocated(refused));
        WebElement problem = browser.driver.findElement(refused);
        assertThat(problem.getDomAttribute("data-problem")).isEqualTo("shifts.problem.rule-overlap");
        assertThat(problem.getText()).contains("안전 규정 위반: 근무 시간이 겹칩니다.", "two shifts at once");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", problem);
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(360);
        browser.fullScreenshot(shots().resolve("shifts-rule-phone.png"));
        assertThat(browser.console()).noneMatch(line -> line.contains("Content Security Policy"));
        signOut();
        browser.viewport(1280, 800, false);
    }

    @Test
    @Order(31)
    void theBoardSeesUncoveredShiftsInTheGridAndAnImportWithABadLineIsRefusedNamingTheLine() throws Exception {
        DemoData.seed(stack.baseUrl + "/api", stack.issuer);
        org.ridercoop.devstack.Tokens tokens = new org.ridercoop.devstack.Tokens(stack.issuer);
        String coop = firstId(api("GET", "/coops", tokens.accessToken(DemoUser.ADMIN), null));
        java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(1);
        browser.viewport(360, 800, true);

        // the rider's own work records: yesterday's, waiting for the board
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.RIDER);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/work?coop=" + coop + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("work-list")));
        assertThat(browser.driver.findElements(By.cssSelector("#work-list li[data-status='SUBMITTED']"))).isNotEmpty();
        assertThat(browser.text("work-list")).contains("확인 대기", "배달 14건", "61,000원");
        assertThat(browser.exists("inbox")).as("the rider is a director: the board's inbox is theirs too").isTrue();
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("work-rider");
        signOut();

        // the board: tomorrow's urgent call for cover is an uncovered place, in red
        browser.open(stack.baseUrl + "/home");
        signInOnKeycloak(DemoUser.BOARD);
        browser.await(ExpectedConditions.urlToBe(stack.baseUrl + "/home"));
        browser.open(stack.baseUrl + "/coop?id=" + coop + "&" + Language.PARAMETER + "=ko");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("manage-shifts")));
        browser.open(stack.baseUrl + "/shifts-board?coop=" + coop + "&week=" + tomorrow);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("coverage-grid")));
        List<WebElement> uncovered = browser.driver.findElements(By.cssSelector("#coverage-grid tr[data-date='" + tomorrow + "'] .cell-shift.uncovered"));
        assertThat(uncovered).isNotEmpty();
        assertThat(uncovered).anySatisfy(cell -> assertThat(cell.getText()).contains("17:00–21:00").containsPattern("[0-9]명 부족"));
        assertThat(browser.text("coverage-summary")).contains("빈자리");
        // the day column on one line, as short as the date can be ("11/30 (월)")
        WebElement day = browser.driver.findElement(By.cssSelector("#coverage-grid tr[data-date='" + tomorrow + "'] th"));
        assertThat(day.getText()).matches("[0-9]{1,2}/[0-9]{1,2} \\(.\\)");
        assertThat(((JavascriptExecutor) browser.driver).executeScript("const r = document.createRange(); r.selectNodeContents(arguments[0]);"
                + " return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size;", day)).as("lines of the day").isEqualTo(1L);
        assertThat(browser.exists("publish:submit")).isTrue();
        assertNoInlineCode(browser.driver.getPageSource());
        shoot("shifts-board");

        // the confirmation inbox holds the rider's record
        browser.open(stack.baseUrl + "/work?coop=" + coop);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("inbox")));
        assertThat(browser.text("inbox")).contains("김민준");
        shoot("work-inbox");

        // an export with a bad line: nothing imported, the line and why
        browser.open(stack.baseUrl + "/work-import?coop=" + coop);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("import:pasted")));
        browser.find("import:pasted").sendKeys("라이더번호,시작시각,종료시각,배달건수,주행거리,정산금액\n"
                + "1,2026-11-20 17:00,2026-11-20 21:00,12,30.5,50000\n"
                + "2,2026-11-20 17:00,2026-11-20 21:00,많이,30.5,50000\n");
        browser.find("import:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("bad-lines")));
        assertThat(browser.find("import-problem").getDomAttribute("data-problem")).isEqualTo("shifts.problem.work-import-rejected");
        assertThat(browser.text("bad-lines")).contains("line 3", "배달건수", "많이").doesNotContain("line 2");
        assertThat(browser.exists("import-result")).isFalse();
        assertNoInlineCode(browser.driver.getPageSource());
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(360);
        browser.fullScreenshot(shots().resolve("work-import-refused-phone.png"));
        shoot("work-import");
        assertThat(browser.console()).noneMatch(line -> line.contains("Content Security Policy"));
        signOut();
        browser.viewport(1280, 800, false);
    }

    /** A call to the API with a token, as the tests' set-up makes it; the answer's body. */
    private static String api(String method, String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.baseUrl + "/api" + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", path.endsWith("/imports") ? "text/csv" : "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isLessThan(300);
        return answer.body();
    }

    private static String firstId(String json) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*([0-9]+)").matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return id.group(1);
    }

    // ---- end of shifts and work records ----

    /** A candidate's line on the election ballot of the meeting's first motion. */
    private WebElement candidate(String name) {
        return browser.driver.findElements(By.cssSelector("#motion-1 label.candidate")).stream()
                .filter(label -> label.getText().contains(name)).findFirst().orElseThrow();
    }

    private static Path shots() {
        return Path.of(System.getProperty("coop.screenshots", "target/screenshots"));
    }

    /** The page on a 360-px phone, whole, in Korean and then in English; back in Korean afterwards. */
    private void shoot(String name) {
        assertThat(browser.pageWidth()).as(name + ": nothing sticks out sideways on a phone").isLessThanOrEqualTo(360);
        assertThat(browser.driver.getPageSource()).as(name + ": every message is in the bundle").doesNotContain("???");
        browser.fullScreenshot(shots().resolve(name + "-phone.png"));
        browser.find("language-switch").click();
        browser.await(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(browser.pageWidth()).as(name + " in English").isLessThanOrEqualTo(360);
        assertThat(browser.driver.getPageSource()).as(name + " in English: every message is in the bundle").doesNotContain("???");
        browser.fullScreenshot(shots().resolve(name + "-phone-en.png"));
        browser.find("language-switch").click();
        browser.await(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ko"));
    }

    private void signOut() {
        browser.find("signout:submit").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("landing-sign-in")));
    }

    /** The register's lines as "number=name". */
    private List<String> members() {
        return browser.driver.findElements(By.cssSelector("#register-table tbody tr")).stream()
                .map(tr -> tr.findElement(By.className("member-number")).getText().strip() + "="
                        + tr.findElement(By.className("member-name")).getText().strip())
                .toList();
    }

    private void signInOnKeycloak(DemoUser user) {
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.driver.getCurrentUrl()).startsWith(stack.issuer + "/protocol/openid-connect/auth")
                .contains("code_challenge_method=S256");
        browser.find("username").sendKeys(user.username());
        browser.find("password").sendKeys(DemoUser.PASSWORD);
        browser.find("kc-login").click();
    }

    private List<String> roles() {
        return browser.driver.findElements(By.cssSelector("#identity-roles li")).stream()
                .map(li -> li.getDomAttribute("data-role") + "=" + li.getText().strip())
                .toList();
    }

    /**
     * A post from another site (Origin names it) is refused before Faces sees it; a post without a valid view state
     * (what a forger would have to guess) only gets the error page. Neither signs the person out.
     */
    private void assertCrossSiteAndForgedPostsDoNotSignOut(String sessionId, String homePage) throws Exception {
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(homePage);
        assertThat(viewState.find()).as("the sign-out form carries a view state").isTrue();
        assertThat(viewState.group(1)).hasSizeGreaterThan(20);
        String signOut = "signout=signout&" + URLEncoder.encode("signout:submit", StandardCharsets.UTF_8) + "=x";

        HttpResponse<String> crossSite = post(stack.baseUrl + "/home", sessionId,
                signOut + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8),
                "https://evil.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("id=\"error-message\"");

        HttpResponse<String> forged = post(stack.baseUrl + "/home", sessionId,
                signOut + "&jakarta.faces.ViewState=-1234567890123456789%3A-987654321098765432", null);
        assertThat(forged.statusCode()).isNotIn(302, 303);
        assertThat(forged.body()).contains("id=\"error-message\"").doesNotContain("Exception");

        assertThat(get(stack.baseUrl + "/home", sessionId).statusCode()).as("still signed in").isEqualTo(200);
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                "base-uri 'self'", "form-action 'self' " + stack.issuer.substring(0, stack.issuer.indexOf("/realms")));
        assertThat(csp).doesNotContain("unsafe-inline");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
    }

    private static void assertNoInlineCode(String html) {
        assertThat(html).doesNotContainPattern(INLINE_SCRIPT).doesNotContainPattern(INLINE_HANDLER)
                .doesNotContainPattern(INLINE_STYLE);
    }

    private static HttpResponse<String> get(String url, String sessionId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String url, String sessionId, String form, String origin)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Cookie", "JSESSIONID=" + sessionId)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        kv -> URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv -> kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "",
                        (a, b) -> a));
    }
}
