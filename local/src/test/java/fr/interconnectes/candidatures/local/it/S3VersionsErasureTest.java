package fr.interconnectes.candidatures.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.adapter.aws.DynamoDbAuditLog;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCampaigns;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbJuryRecords;
import fr.interconnectes.candidatures.adapter.aws.S3FileStore;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.local.demo.DemoCampaigns;
import fr.interconnectes.candidatures.privacy.DossierErasure;
import fr.interconnectes.candidatures.privacy.EraseCandidacy;
import fr.interconnectes.candidatures.privacy.LinkedDossiers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Erasure against an S3 with versioning (S3Mock): the dossier's files are gone with every older version and delete
 * marker, the files of another dossier are untouched; and the whole erasure, dossier in dynalite, files in S3Mock.
 */
class S3VersionsErasureTest {

    private static VersionedS3 s3;

    @BeforeAll
    static void start() {
        s3 = VersionedS3.start();
    }

    @AfterAll
    static void stop() {
        s3.close();
    }

    private static S3FileStore files() {
        return new S3FileStore(s3.aws().s3(), s3.aws().s3Presigner(), VersionedS3.BUCKET);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void every_version_and_delete_marker_of_the_folder_goes_and_nothing_else() {
        String folder = "campaigns/aura-2027-label/candidacies/c" + UUID.randomUUID() + "/";
        String other = "campaigns/aura-2027-label/candidacies/c" + UUID.randomUUID() + "/a1.pdf";
        for (int version = 1; version <= 3; version++) {
            s3.put(folder + "a1.pdf", bytes("%PDF version " + version));
        }
        s3.put(folder + "a2.pdf", bytes("%PDF deleted by the applicant"));
        files().delete(folder + "a2.pdf");
        s3.put(other, bytes("%PDF one"));
        s3.put(other, bytes("%PDF two"));
        assertThat(s3.versions(folder)).as("a plain delete only hides a file on a versioned bucket").hasSize(5)
                .anyMatch(v -> v.endsWith("(delete marker)"));

        int erased = files().eraseAll(folder);

        assertThat(erased).isEqualTo(5);
        assertThat(s3.versions(folder)).isEmpty();
        assertThat(s3.versions(other)).hasSize(2);
        assertThat(files().eraseAll(folder)).as("again: nothing more").isZero();
    }

    @Test
    void an_erasure_on_request_removes_the_dossiers_files_with_their_old_versions() {
        TestEmulators backend = TestEmulators.get();
        var dynamoDb = backend.aws().dynamoDb();
        var campaign = DemoCampaigns.label(2027);
        new DynamoDbCampaigns(dynamoDb, backend.tableName()).save(campaign);
        var candidacies = new DynamoDbCandidacies(dynamoDb, backend.tableName());
        String id = "cV" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        String key = Attachment.storageFolder(campaign.id(), id) + "a1.pdf";
        s3.put(key, bytes("%PDF first upload"));
        s3.put(key, bytes("%PDF uploaded again"));
        Instant at = campaign.opensAt().plusSeconds(3600);
        Candidacy dossier = Candidacy.newDraft(id, campaign.id(), new ApplicationForm(
                        new Applicant("Commune des Versions", OrganisationKind.COMMUNE, "200063402", null,
                                new Contact("Élise Martin", "DGS", "elise@versions.test", "+33450338888")),
                        new LabelProject("Titre", null, null, null, null, null, null, null), null), "hash", at)
                .withAttachments(List.of(new Attachment("a1", "dossier.pdf", FileType.PDF, 19, Attachment.State.RECEIVED,
                        key, at, at)), at)
                .submitted(new Receipt("ARA-2027-L-9001", at), at);
        assertThat(candidacies.create(dossier)).isTrue();
        Clock clock = Clock.systemUTC();
        Audit audit = new Audit(new DynamoDbAuditLog(dynamoDb, backend.tableName()), clock);
        var erase = new EraseCandidacy(new DynamoDbCampaigns(dynamoDb, backend.tableName()), candidacies,
                new LinkedDossiers(new DynamoDbCampaigns(dynamoDb, backend.tableName()), candidacies),
                new DossierErasure(new CandidacyWriter(candidacies), new DynamoDbJuryRecords(dynamoDb, backend.tableName()),
                        files(), audit, clock), audit, clock);

        var erased = erase.execute(new Principal("organiser-versions", null, Set.of(Role.ORGANISER), null),
                new EraseCandidacy.Command(id, "Demande reçue par courrier", true));

        assertThat(erased.complete()).isTrue();
        assertThat(s3.versions(Attachment.storageFolder(campaign.id(), id))).isEmpty();
        Candidacy stored = candidacies.find(id).orElseThrow();
        assertThat(stored.contactEmail()).isNull();
        assertThat(stored.attachments()).isEmpty();
        assertThat(stored.erasure().complete()).isTrue();
    }
}
