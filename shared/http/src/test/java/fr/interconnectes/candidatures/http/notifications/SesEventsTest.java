package fr.interconnectes.candidatures.http.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.candidacy.MailOutcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SES configuration-set events as SNS delivers them, read into reports about our outbox mails. */
class SesEventsTest {

    private static final String MAIL = "\"mail\":{\"timestamp\":\"2027-10-10T14:03:13.001Z\",\"messageId\":\"ses-1\","
            + "\"tags\":{\"ses:configuration-set\":[\"candidatures-mail\"],\"candidacyId\":[\"cX9f\"],\"mailId\":[\"m1\"]}}";

    private static MailOutcome outcome(String event) {
        return SesEvents.report("{" + event + "," + MAIL + "}").orElseThrow().outcome();
    }

    @Test
    void a_permanent_bounce_is_a_bounce_with_its_diagnostic_a_transient_one_a_soft_bounce() {
        var report = SesEvents.report("{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\","
                + "\"bounceSubType\":\"General\",\"timestamp\":\"2027-10-10T14:03:15.412Z\",\"bouncedRecipients\":"
                + "[{\"emailAddress\":\"a@b.fr\",\"diagnosticCode\":\"smtp; 550 5.1.1 user unknown\"}]}," + MAIL + "}")
                .orElseThrow();

        assertThat(report.candidacyId()).isEqualTo("cX9f");
        assertThat(report.mailId()).isEqualTo("m1");
        assertThat(report.messageId()).isEqualTo("ses-1");
        assertThat(report.outcome()).isEqualTo(new MailOutcome(MailOutcome.Type.BOUNCED,
                Instant.parse("2027-10-10T14:03:15.412Z"), "Permanent/General: smtp; 550 5.1.1 user unknown"));
        assertThat(outcome("\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Transient\",\"bounceSubType\":"
                + "\"MailboxFull\"}").type()).isEqualTo(MailOutcome.Type.SOFT_BOUNCED);
    }

    @Test
    void complaints_deliveries_and_rejects_are_read_the_same_way() {
        var complaint = outcome("\"eventType\":\"Complaint\",\"complaint\":{\"timestamp\":\"2027-10-11T08:00:00Z\","
                + "\"complaintFeedbackType\":\"abuse\"}");
        assertThat(complaint).isEqualTo(new MailOutcome(MailOutcome.Type.COMPLAINED, Instant.parse("2027-10-11T08:00:00Z"),
                "abuse"));
        assertThat(outcome("\"eventType\":\"Delivery\",\"delivery\":{\"timestamp\":\"2027-10-10T14:03:14Z\","
                + "\"smtpResponse\":\"250 2.0.0 OK\"}").type()).isEqualTo(MailOutcome.Type.DELIVERED);
        var reject = outcome("\"eventType\":\"Reject\",\"reject\":{\"reason\":\"Bad content\"}");
        assertThat(reject.type()).isEqualTo(MailOutcome.Type.REJECTED);
        assertThat(reject.at()).as("the mail's time when the event has none").isEqualTo(Instant.parse("2027-10-10T14:03:13.001Z"));
        // identity notifications say notificationType
        assertThat(outcome("\"notificationType\":\"Complaint\",\"complaint\":{}").type())
                .isEqualTo(MailOutcome.Type.COMPLAINED);
    }

    @Test
    void other_event_types_and_messages_that_are_no_ses_event_are_passed_over() {
        assertThat(SesEvents.reports(List.of("{\"eventType\":\"Send\"," + MAIL + "}", "{\"eventType\":\"Open\"}",
                "not json", "[1,2]", "null"))).isEmpty();
        var untagged = SesEvents.report("{\"eventType\":\"Delivery\",\"delivery\":{},\"mail\":{\"messageId\":\"x\"}}");
        assertThat(untagged).hasValueSatisfying(r -> assertThat(r.candidacyId()).isNull());
    }
}
