package fr.interconnectes.candidatures.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.notifications.AccessLinkMail;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.MailTestBench;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendAccessLinksTest {

    static final Instant NOW = Fixtures.DURING_CALL;
    static final String ADDRESS = "helene.dupre@cc-pays-evian.fr";

    final MailTestBench bench = MailTestBench.at(NOW);
    final SendAccessLinks sendAccessLinks = new SendAccessLinks(bench.campaigns(), bench.candidacies(),
            bench.writer(), bench.notifier(), bench.clock());

    @Test
    void every_dossier_of_the_address_in_the_campaign_gets_a_fresh_link() {
        bench.candidacies().put(Fixtures.submitted("c1", "ARA-2019-L-0001", NOW));
        bench.candidacies().put(Fixtures.readyToSubmit("c2", "token-c2", NOW));
        bench.candidacies().put(Fixtures.draft("c3", Fixtures.STARTUP_CAMPAIGN,
                Fixtures.completeStartupForm(ADDRESS), "token-c3", NOW));

        sendAccessLinks.execute(Fixtures.LABEL_CAMPAIGN, "helene.dupre@CC-Pays-Evian.FR");

        assertThat(bench.mailer().sentTo(ADDRESS)).hasSize(2);
        assertThat(bench.templates().rendered(AccessLinkMail.class)).extracting(AccessLinkMail::status)
                .containsExactlyInAnyOrder(AccessLinkMail.Status.SUBMITTED, AccessLinkMail.Status.DRAFT);
        for (String id : new String[] {"c1", "c2"}) {
            OutboxMail mail = bench.outbox(id).get(0);
            assertThat(mail.kind()).isEqualTo(AccessLinkMail.KIND);
            assertThat(mail.state()).isEqualTo(OutboxMail.State.SENT);
            String token = bench.tokens().token(id, mail.linkNonce());
            assertThat(AccessTokens.matches(token, bench.candidacies().stored(id).accessTokenHashes())).isTrue();
        }
        assertThat(bench.outbox("c3")).isEmpty();
    }

    @Test
    void an_address_without_dossiers_gets_the_same_answer_and_no_mail() {
        bench.candidacies().put(Fixtures.submitted("c1", "ARA-2019-L-0001", NOW));

        sendAccessLinks.execute(Fixtures.LABEL_CAMPAIGN, "personne@ailleurs.fr");

        assertThat(bench.mailer().sent()).isEmpty();
        assertThat(bench.candidacies().updates()).isZero();
    }

    @Test
    void one_mail_per_dossier_in_the_quiet_period_however_often_it_is_asked() {
        bench.candidacies().put(Fixtures.submitted("c1", "ARA-2019-L-0001", NOW));

        sendAccessLinks.execute(Fixtures.LABEL_CAMPAIGN, ADDRESS);
        bench.clock().advance(SendAccessLinks.QUIET_PERIOD.minusSeconds(1));
        sendAccessLinks.execute(Fixtures.LABEL_CAMPAIGN, ADDRESS);
        assertThat(bench.mailer().sent()).hasSize(1);

        bench.clock().advance(Duration.ofSeconds(1));
        sendAccessLinks.execute(Fixtures.LABEL_CAMPAIGN, ADDRESS);
        assertThat(bench.mailer().sent()).hasSize(2);
        assertThat(bench.outbox("c1")).hasSize(2);
    }

    @Test
    void the_address_is_required_and_must_be_valid() {
        assertThatThrownBy(() -> sendAccessLinks.execute(Fixtures.LABEL_CAMPAIGN, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code)
                            .containsExactly(tuple("email", "required"));
                });
        assertThatThrownBy(() -> sendAccessLinks.execute(Fixtures.LABEL_CAMPAIGN, "pas une adresse"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.fieldErrors()).singleElement().satisfies(error -> {
                        assertThat(error.code()).isEqualTo("invalid_email");
                        assertThat(error.message().fr()).isEqualTo("Indiquez une adresse électronique valide.");
                        assertThat(error.message().en()).isEqualTo("Give a valid e-mail address.");
                    });
                });
        assertThat(bench.mailer().sent()).isEmpty();
    }

    @Test
    void an_unknown_campaign_is_not_found() {
        assertThatThrownBy(() -> sendAccessLinks.execute("nowhere-2019", ADDRESS))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CAMPAIGN_NOT_FOUND));
    }
}
