package fr.interconnectes.candidatures.notifications;

import static fr.interconnectes.candidatures.domain.Language.FR;
import static fr.interconnectes.candidatures.testing.MailSamples.DEADLINE;
import static fr.interconnectes.candidatures.testing.MailSamples.FILES;
import static fr.interconnectes.candidatures.testing.MailSamples.LINK;
import static fr.interconnectes.candidatures.testing.MailSamples.ORG;
import static fr.interconnectes.candidatures.testing.MailSamples.PROJECT;
import static fr.interconnectes.candidatures.testing.MailSamples.RECEIPT;
import static fr.interconnectes.candidatures.testing.MailSamples.SELECTION;
import static fr.interconnectes.candidatures.testing.MailSamples.SUMMER;
import static fr.interconnectes.candidatures.testing.MailSamples.TITLE_FR;
import static fr.interconnectes.candidatures.testing.MailSamples.TO;
import static fr.interconnectes.candidatures.testing.MailSamples.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.notifications.AccessLinkMail.Status;
import fr.interconnectes.candidatures.notifications.ConfirmationMail.Attachment;
import org.junit.jupiter.api.Test;

/** The checks every mail model makes before anything is written out (the renderer's own tests are in aws). */
class MailModelsTest {

    static final MailHeader HEADER = header(FR);

    @Test
    void only_http_links_are_accepted() {
        assertThatThrownBy(() -> new AccessLinkMail(HEADER, Status.DRAFT, null, null, "javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("alert");
        assertThatThrownBy(() -> new AccessLinkMail(HEADER, Status.DRAFT, null, null, "https://x.example/a b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessLinkMail(HEADER, Status.DRAFT, null, null, "https://x.example/a\u007f"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_recipient_is_an_address_on_one_line() {
        assertThatThrownBy(() -> new MailHeader("a@b.example\r\nBcc: c@d.example", FR, null, TITLE_FR, ORG, PROJECT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("b.example");
        assertThatThrownBy(() -> new MailHeader("nobody", FR, null, TITLE_FR, ORG, PROJECT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailHeader("a@b.exam\u007fple", FR, null, TITLE_FR, ORG, PROJECT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ExpiredMail(new MailHeader("a b@c.example", FR, null, TITLE_FR, ORG, PROJECT), SUMMER).to())
                .as("a space inside is left to the address checks of the form, only controls break a header")
                .isEqualTo("a b@c.example");
        assertThat(new ExpiredMail(new MailHeader(" a@b.example ", FR, null, TITLE_FR, ORG, PROJECT), SUMMER).to())
                .isEqualTo("a@b.example");
    }

    @Test
    void required_values_are_required() {
        assertThatThrownBy(() -> new ConfirmationMail(HEADER, " ", SUMMER, FILES, SELECTION, DEADLINE, LINK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailHeader(TO, FR, null, null, ORG, PROJECT))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ExpiredMail(null, SUMMER)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Attachment("a.pdf", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_header_about_no_single_dossier_names_neither_organisation_nor_project() {
        assertThat(new MailHeader(TO, FR, null, TITLE_FR, null, null).organisation()).isNull();
        assertThatThrownBy(() -> new MailHeader(TO, FR, null, TITLE_FR, ORG, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void kinds_name_the_templates() {
        assertThat(new ConfirmationMail(HEADER, RECEIPT, SUMMER, FILES, SELECTION, DEADLINE, LINK).kind())
                .isEqualTo("confirmation");
        assertThat(new ExpiredMail(HEADER, SUMMER).kind()).isEqualTo("expired");
        assertThat(new WithdrawalMail(HEADER, null, SUMMER, LINK).kind()).isEqualTo("withdrawal");
        assertThat(new AccessLinkMail(HEADER, Status.DRAFT, null, null, LINK).kind()).isEqualTo("access_link");
        assertThat(new DecisionMail(HEADER, DecisionMail.Outcome.FINALIST, null, null).kind()).isEqualTo("decision");
    }
}
