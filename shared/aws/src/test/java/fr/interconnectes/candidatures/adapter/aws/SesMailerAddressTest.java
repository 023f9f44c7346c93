package fr.interconnectes.candidatures.adapter.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.port.Mailer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SesMailerAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"jean.dupont@exemple.fr", "a+tag@sub.domaine-long.org", "o'neil@x.co",
            "x@xn--rgion-bva.fr"})
    void accepts_plain_addresses(String address) {
        assertThat(SesMailer.isValidAddress(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pas-une-adresse", "@exemple.fr", "jean@", "jean@localhost", "jean dupont@exemple.fr",
            "jean@exemple.fr ", "jean..dupont@exemple.fr", ".jean@exemple.fr", "jean@-exemple.fr",
            "jean@exemple.fr\r\nBcc: x@y.fr", "Jean <jean@exemple.fr>", "élodie@exemple.fr", "a@b@exemple.fr"})
    void rejects_malformed_addresses(String address) {
        assertThat(SesMailer.isValidAddress(address)).isFalse();
    }

    @Test
    void rejects_too_long_local_part() {
        assertThat(SesMailer.isValidAddress("a".repeat(64) + "@exemple.fr")).isTrue();
        assertThat(SesMailer.isValidAddress("a".repeat(65) + "@exemple.fr")).isFalse();
    }

    @Test
    void invalid_recipient_is_not_sent_and_ses_is_not_called() {
        // a null client: any call to SES would fail with a NullPointerException, not MailNotSent
        var mailer = new SesMailer((software.amazon.awssdk.services.sesv2.SesV2Client) null, "candidatures@interconnectes.fr");

        assertThatThrownBy(() -> mailer.send(new Mailer.Mail("pas-une-adresse", "Sujet", "texte", null)))
                .isInstanceOf(Mailer.MailNotSent.class)
                .hasMessageContaining("pas-une-adresse");
        assertThatThrownBy(() -> mailer.send(new Mailer.Mail(null, "Sujet", "texte", null)))
                .isInstanceOf(Mailer.MailNotSent.class);
    }

    @Test
    void sender_must_be_an_address() {
        assertThatThrownBy(() -> new SesMailer((software.amazon.awssdk.services.sesv2.SesV2Client) null, "Candidatures"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
