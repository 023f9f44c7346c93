package fr.interconnectes.candidatures.local.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.adapter.aws.items.CandidacyItem;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.domain.candidacy.Undeliverable;
import fr.interconnectes.candidatures.local.bench.DossierSeed;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Dossier writes on dynalite store the item the mapper writes, no more and no less: they are UpdateItems of the
 * whole item (DynamoDbTable#replace), so an attribute the dossier no longer has must be removed, as a PutItem would
 * have dropped it; and a write on a stale revision or over an existing dossier changes nothing.
 */
class DynamoDbCandidaciesTest {

    private static final TestEmulators EMULATORS = TestEmulators.get();
    private static final Instant AT = Instant.parse("2030-10-01T08:00:00Z");

    private final DynamoDbCandidacies candidacies = new DynamoDbCandidacies(EMULATORS.aws().dynamoDb(),
            EMULATORS.tableName());
    private final String campaign = "it-write-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_write_removes_the_attributes_the_dossier_no_longer_has_and_stores_exactly_the_mapped_item() {
        Candidacy full = withEveryOptionalAttribute(new DossierSeed(campaign, AT).dossier(0));
        assertThat(CandidacyItem.toItem(full).keySet()).containsAll(CandidacyItem.OPTIONAL_ATTRIBUTES);
        assertThat(candidacies.create(full)).isTrue();
        assertThat(stored(full.id())).isEqualTo(CandidacyItem.toItem(full.atRevision(1)));

        // the same dossier as a draft without a contact address: none of the optional attributes applies any more
        Candidacy bare = Candidacy.newDraft(full.id(), campaign, withoutContactEmail(full.form()),
                AccessTokens.hash("token-bare"), AT).atRevision(1);
        assertThat(CandidacyItem.toItem(bare).keySet()).doesNotContainAnyElementsOf(CandidacyItem.OPTIONAL_ATTRIBUTES);
        Candidacy written = candidacies.update(candidacies.find(full.id()).orElseThrow(), bare);

        assertThat(written.revision()).isEqualTo(2);
        assertThat(stored(full.id())).isEqualTo(CandidacyItem.toItem(bare.atRevision(2)));
        assertThat(candidacies.find(full.id())).contains(bare.atRevision(2));

        // and back: every optional attribute is written again
        Candidacy again = withEveryOptionalAttribute(new DossierSeed(campaign, AT).dossier(0)).atRevision(2);
        candidacies.update(written, again);
        assertThat(stored(full.id())).isEqualTo(CandidacyItem.toItem(again.atRevision(3)));
    }

    @Test
    void a_write_on_a_stale_revision_or_over_an_existing_dossier_changes_nothing() {
        Candidacy dossier = new DossierSeed(campaign, AT).dossier(1);
        assertThat(candidacies.create(dossier)).isTrue();
        Candidacy first = candidacies.update(dossier.atRevision(1), dossier.withdrawn(AT.plusSeconds(60)).atRevision(1));
        Map<String, AttributeValue> afterFirst = stored(dossier.id());
        assertThat(afterFirst).isEqualTo(CandidacyItem.toItem(first));

        assertThatThrownBy(() -> candidacies.update(dossier.atRevision(1), dossier.atRevision(1)))
                .isInstanceOf(Candidacies.StaleRevision.class);
        assertThat(candidacies.create(dossier.withdrawn(AT))).isFalse();

        assertThat(stored(dossier.id())).isEqualTo(afterFirst);
    }

    @Test
    void a_mail_due_at_a_whole_second_is_due_within_that_second() {
        // long past, so that no other test's mail is due before it; the stream would send it at the next request,
        // so the dossier is written again without it before the test ends
        Instant wholeSecond = Instant.parse("2001-02-03T04:05:06Z");
        Candidacy dossier = new DossierSeed(campaign, AT).dossier(2);
        Candidacy withMail = dossier.withMailAdded(OutboxMail.pending("whole", "confirmation", dossier.contactEmail(),
                "Accusé de réception", "Bonjour", null, "nonce-whole", wholeSecond));
        assertThat(candidacies.create(withMail)).isTrue();
        try {
            assertThat(candidacies.withMailDue(wholeSecond.plusMillis(35), 100)).extracting(Candidacy::id)
                    .containsExactly(dossier.id());
            assertThat(candidacies.withMailDue(wholeSecond.minusNanos(1), 100)).isEmpty();
        } finally {
            candidacies.update(candidacies.find(dossier.id()).orElseThrow(), dossier.atRevision(1));
        }
        assertThat(candidacies.withMailDue(wholeSecond.plusSeconds(1), 100)).isEmpty();
    }

    /** A submitted dossier (listSubmitted) with a contact (GSI2), a mail due (GSI3) and an undeliverable address. */
    private static Candidacy withEveryOptionalAttribute(Candidacy submitted) {
        String email = submitted.contactEmail();
        return submitted
                .withMailAdded(OutboxMail.pending("due", "confirmation", email, "Accusé de réception", "Bonjour",
                        "<p>Bonjour</p>", "nonce-due", AT))
                .withMailing(mailing -> mailing.withUndeliverable(new Undeliverable(email,
                        Undeliverable.Reason.BOUNCE, AT, "due", "mailbox does not exist")));
    }

    private static ApplicationForm withoutContactEmail(ApplicationForm form) {
        Applicant applicant = form.applicant();
        Contact contact = applicant.contact();
        return new ApplicationForm(new Applicant(applicant.organisation(), applicant.kind(), applicant.siren(),
                applicant.siret(), new Contact(contact.name(), contact.role(), null, contact.phone())),
                form.project(), Language.FR);
    }

    private static Map<String, AttributeValue> stored(String candidacyId) {
        return EMULATORS.aws().dynamoDb().getItem(r -> r.tableName(EMULATORS.tableName())
                .key(CandidacyItem.key(candidacyId)).consistentRead(true)).item();
    }
}
