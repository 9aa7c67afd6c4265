package org.ridercoop.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.home.entity.Lookup;
import org.ridercoop.web.platform.api.Refusal;
import org.ridercoop.web.signin.Roles;

/** Both languages say everything the pages ask for. */
class MessagesTest {
    private static final String BASE = "org.ridercoop.web.i18n.messages";

    @Test
    void koreanAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("ko").stringPropertyNames()).isNotEmpty().isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void everyRoleApiProblemAndErrorHasAMessageInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.KOREAN, Locale.ENGLISH}) {
            ResourceBundle messages = ResourceBundle.getBundle(BASE, locale);
            assertThat(messages.getLocale()).isEqualTo(locale);
            for (String role : Roles.ALL) {
                assertThat(messages.getString("role." + role)).isNotBlank();
                for (String part : new String[] {"title", "text", "next"}) {
                    assertThat(messages.getString("section." + role + "." + part)).isNotBlank();
                }
            }
            for (Lookup.Reason reason : Lookup.Reason.values()) {
                assertThat(messages.getString("api." + reason.name().toLowerCase(Locale.ROOT))).isNotBlank();
            }
            for (String reason : new String[] {"404", "403", "500", "expired", "signin"}) {
                assertThat(messages.getString("error." + reason)).isNotBlank();
            }
        }
    }

    @Test
    void everyCooperativeKindPositionAndMemberStatusHasAMessageInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.KOREAN, Locale.ENGLISH}) {
            ResourceBundle messages = ResourceBundle.getBundle(BASE, locale);
            for (String key : new String[] {"kind.WORKER", "kind.SOCIAL", "position.CHAIR", "position.DIRECTOR",
                    "position.AUDITOR", "status.APPLICANT", "status.ACTIVE", "status.WITHDRAWING", "status.WITHDRAWN",
                    "status.EXPELLED", "status.DECEASED", "status.REFUSED"}) {
                assertThat(messages.getString("coop." + key)).as(locale + " coop." + key).isNotBlank();
            }
        }
        assertThat(ResourceBundle.getBundle(BASE, Locale.KOREAN).getString("coop.kind.WORKER")).isEqualTo("노동자협동조합");
        assertThat(ResourceBundle.getBundle(BASE, Locale.KOREAN).getString("coop.kind.SOCIAL")).isEqualTo("사회적협동조합");
    }

    @Test
    void everyTranslatedProblemAndEveryStateOfTheMembershipPagesHasAMessageInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.KOREAN, Locale.ENGLISH}) {
            ResourceBundle messages = ResourceBundle.getBundle(BASE, locale);
            for (String slug : Refusal.TRANSLATED) {
                assertThat(messages.getString("problem." + slug)).as(locale + " problem." + slug).isNotBlank();
            }
            for (String key : new String[] {"problem.fields", "problem.rule", "problem.forbidden", "problem.not_found",
                    "member.capital.SUBSCRIPTION", "member.capital.PAYMENT", "member.capital.REFUND_PAID",
                    "member.expulsion.ground.NON_USE", "member.expulsion.ground.UNPAID", "member.expulsion.ground.OTHER",
                    "member.expulsion.state.PENDING", "member.expulsion.state.EXPELLED", "member.expulsion.state.REJECTED",
                    "member.expulsion.state.DROPPED", "member.refund.AWAITING_VALUATION", "member.refund.WITHHELD",
                    "member.refund.NOT_YET_PAYABLE", "member.refund.PAYABLE", "member.refund.PAID",
                    "member.refund.TIME_BARRED"}) {
                assertThat(messages.getString(key)).as(locale + " " + key).isNotBlank();
            }
        }
        assertThat(ResourceBundle.getBundle(BASE, Locale.KOREAN).getString("problem.share-cap")).contains("30%");
    }

    @Test
    void everyMeetingKindStateResolutionChoiceAndOutcomeHasAMessageInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.KOREAN, Locale.ENGLISH}) {
            ResourceBundle messages = ResourceBundle.getBundle(BASE, locale);
            for (String key : new String[] {"voting.kind.ORDINARY_GENERAL_ASSEMBLY", "voting.kind.EXTRAORDINARY_GENERAL_ASSEMBLY",
                    "voting.kind.DELEGATES_ASSEMBLY", "voting.kind.BOARD_MEETING", "voting.state.UPCOMING", "voting.state.VOTING",
                    "voting.state.CLOSED", "voting.resolution.ORDINARY", "voting.resolution.SPECIAL", "voting.choice.YES",
                    "voting.choice.NO", "voting.choice.ABSTAIN", "voting.confirm.go.YES", "voting.confirm.go.NO",
                    "voting.confirm.go.ABSTAIN", "voting.result.PASSED", "voting.result.FAILED", "voting.result.NO_QUORUM",
                    "voting.done.called", "voting.done.open", "voting.done.close", "voting.done.room", "problem.not-on-roll",
                    "voting.noteligible.joined", "voting.noteligible.notmember"}) {
                assertThat(messages.getString(key)).as(locale + " " + key).isNotBlank();
            }
        }
        ResourceBundle ko = ResourceBundle.getBundle(BASE, Locale.KOREAN);
        assertThat(ko.getString("voting.resolution.ORDINARY")).contains("출석 과반수");
        assertThat(ko.getString("voting.resolution.SPECIAL")).contains("출석 3분의 2 이상");
        assertThat(ko.getString("voting.voted")).isEqualTo("투표함");
    }

    @Test
    void everyNoticeStatusOfficeTieRuleElectionOutcomeItemKindAndSignatoryRoleHasAMessageInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.KOREAN, Locale.ENGLISH}) {
            ResourceBundle messages = ResourceBundle.getBundle(BASE, locale);
            for (String key : new String[] {"notices.status.SENT", "notices.status.QUEUED", "notices.status.FAILED",
                    "notices.status.NO_ADDRESS", "voting.election.tie.LOT", "voting.election.tie.SENIORITY",
                    "voting.call.election.tie.LOT", "voting.call.election.tie.SENIORITY", "voting.election.bytie.LOT",
                    "voting.election.bytie.SENIORITY", "voting.result.election.PASSED", "voting.result.election.FAILED",
                    "voting.result.election.NO_QUORUM", "voting.call.item.RESOLUTION", "voting.call.item.ELECTION",
                    "voting.call.item.EXPULSION", "proxies.kind.MEMBER", "proxies.kind.FAMILY", "minutes.role.CHAIR",
                    "minutes.role.MEMBER", "minutes.done.drafted", "minutes.done.signed", "voting.done.proxy",
                    "voting.election.none", "voting.election.toomany", "voting.room.election.none",
                    "problem.not-their-proxy", "problem.not-a-signatory"}) {
                assertThat(messages.getString(key)).as(locale + " " + key).isNotBlank();
            }
        }
        ResourceBundle en = ResourceBundle.getBundle(BASE, Locale.ENGLISH);
        assertThat(new java.text.MessageFormat(en.getString("voting.election.votes"), Locale.ENGLISH).format(new Object[] {1L}))
                .isEqualTo("1 vote");
        assertThat(new java.text.MessageFormat(en.getString("voting.election.votes"), Locale.ENGLISH).format(new Object[] {1234L}))
                .isEqualTo("1,234 votes");
        assertThat(new java.text.MessageFormat(en.getString("notices.attempts"), Locale.ENGLISH).format(new Object[] {3}))
                .isEqualTo("3 attempts");
        ResourceBundle ko = ResourceBundle.getBundle(BASE, Locale.KOREAN);
        assertThat(ko.getString("voting.election.tie.LOT")).contains("추첨");
        assertThat(ko.getString("voting.election.tie.SENIORITY")).contains("조합원 번호");
    }

    @Test
    void everyPaymentMethodMonthStatePlanStateImportOutcomeAndFileProblemOfTheDuesHasAMessageInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.KOREAN, Locale.ENGLISH}) {
            ResourceBundle messages = ResourceBundle.getBundle(BASE, locale);
            for (String method : org.ridercoop.web.dues.entity.DuesAccount.METHODS) {
                assertThat(messages.getString("dues.method." + method)).as(locale + " " + method).isNotBlank();
            }
            for (String key : new String[] {"dues.balance.owing", "dues.balance.credit", "dues.balance.settled",
                    "dues.balance.owing.text", "dues.balance.credit.text", "dues.balance.settled.text", "dues.month.paid",
                    "dues.month.partial", "dues.month.due", "dues.month.overdue", "dues.plan.state.current",
                    "dues.plan.state.upcoming", "dues.plan.state.ended", "import.outcome.RECORDED",
                    "import.outcome.ALREADY_IMPORTED", "import.outcome.UNMATCHED", "import.outcome.NOT_A_DEPOSIT",
                    "import.file.empty", "import.file.too-big", "import.file.spreadsheet", "import.bad.amount", "import.bad.day",
                    "import.bad.future", "import.reason.nomatch", "import.reason.nonumber", "import.reason.ambiguous"}) {
                assertThat(messages.getString(key)).as(locale + " " + key).isNotBlank();
            }
        }
        ResourceBundle en = ResourceBundle.getBundle(BASE, Locale.ENGLISH);
        assertThat(new java.text.MessageFormat(en.getString("dues.months.late"), Locale.ENGLISH).format(new Object[] {0})).isEqualTo("due this month");
        assertThat(new java.text.MessageFormat(en.getString("dues.months.late"), Locale.ENGLISH).format(new Object[] {2})).isEqualTo("2 months behind");
        assertThat(new java.text.MessageFormat(en.getString("reminders.done.sent"), Locale.ENGLISH).format(new Object[] {1L}))
                .startsWith("1 reminder is queued");
        ResourceBundle ko = ResourceBundle.getBundle(BASE, Locale.KOREAN);
        assertThat(new java.text.MessageFormat(ko.getString("dues.months.late"), Locale.KOREAN).format(new Object[] {3})).isEqualTo("3개월 밀림");
        assertThat(new java.text.MessageFormat(ko.getString("mydues.howto"), Locale.KOREAN).format(new Object[] {6, "이지은"}))
                .contains("#6 이지은");
    }

    @Test
    void theKoreanBundleIsKorean() {
        assertThat(ResourceBundle.getBundle(BASE, Locale.KOREAN).getString("nav.signout")).isEqualTo("로그아웃");
        assertThat(ResourceBundle.getBundle(BASE, Locale.ENGLISH).getString("nav.signout")).isEqualTo("Sign out");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + BASE.replace('.', '/') + "_" + language + ".properties")) {
            assertThat(in).as(language + " bundle").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
