package fr.interconnectes.candidatures.adapter.aws.items;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import org.junit.jupiter.api.Test;

class PrimingSamplesTest {

    @Test
    void the_samples_are_read_back_as_they_were_written() {
        Campaign campaign = PrimingSamples.campaign();
        Candidacy dossier = PrimingSamples.dossier(campaign);

        assertThat(CampaignItem.fromItem(CampaignItem.toItem(campaign))).isEqualTo(campaign);
        assertThat(PrimingSamples.mapInMemory()).isEqualTo(dossier);
    }

    @Test
    void the_dossier_holds_what_a_submission_writes() {
        // the parts the priming request never reaches: a filled form, a file, the receipt, the unwritten confirmation
        Candidacy dossier = PrimingSamples.mapInMemory();

        assertThat(dossier.status()).isEqualTo(CandidacyStatus.SUBMITTED);
        assertThat(dossier.form().project()).isNotNull();
        assertThat(dossier.attachments()).hasSize(1);
        assertThat(dossier.receipt()).isNotNull();
        assertThat(dossier.outbox()).singleElement().satisfies(mail -> {
            assertThat(mail.unwritten()).isTrue();
            assertThat(mail.kind()).isEqualTo("confirmation");
        });
        assertThat(CandidacyDocument.version(dossier)).as("the newest schema version's fields are mapped").isEqualTo(4);
    }
}
