package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Criterion;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Region;
import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.UploadLimits;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.domain.candidacy.ProjectStage;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.notifications.ConfirmationMail;
import fr.interconnectes.candidatures.notifications.MailHeader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A campaign and a submitted dossier of invented content, each mapped to its item and read back in memory while a
 * function primes for its SnapStart snapshot. The priming request names nothing that exists, so the handler's path
 * stops at its read; mapping these samples puts the mappers, the JSON trees and the domain's classes (and the zone
 * rules) in the snapshot, not in the first request after a restore. Nothing is read or written: no real dossier's
 * data ever sits in a snapshot.
 */
public final class PrimingSamples {

    private static final Instant AT = Instant.parse("2000-01-01T00:00:00Z");

    private PrimingSamples() {
    }

    /** Maps the samples to their items and back; returns the dossier read back (what a test can compare). */
    public static Candidacy mapInMemory() {
        Campaign campaign = CampaignItem.fromItem(CampaignItem.toItem(campaign()));
        return CandidacyItem.fromItem(CandidacyItem.toItem(dossier(campaign)));
    }

    static Campaign campaign() {
        return new Campaign("priming-2000-label", new LocalizedText("Amorçage", "Priming"), new Region("ARA", "Amorçage"),
                Track.LABEL, 2000, AT, AT.plusSeconds(86_400), ZoneId.of("Europe/Paris"),
                new RegionalSelection(LocalDate.of(2000, 1, 3), "Amorçage", 10, 5),
                List.of(new Criterion("innovation", new LocalizedText("Innovation", "Innovation"), 0, 5, 1.0)),
                UploadLimits.defaults());
    }

    static Candidacy dossier(Campaign campaign) {
        ApplicationForm form = new ApplicationForm(
                new Applicant("Amorçage", OrganisationKind.COMMUNE, "000000000", "00000000000000",
                        new Contact("Amorçage", "Amorçage", "priming@invalid.example", "+33000000000")),
                new LabelProject("Amorçage", "Amorçage", "Amorçage", ProjectStage.REALISE, "Amorçage", "Amorçage",
                        "Amorçage", "Amorçage"),
                Language.FR);
        Attachment file = new Attachment("priming0", "amorcage.pdf", FileType.PDF, 1, Attachment.State.RECEIVED,
                "priming/amorcage.pdf", AT, AT);
        Receipt receipt = new Receipt("ARA-2000-L-0001", AT);
        MailHeader header = new MailHeader("priming@invalid.example", Language.FR, campaign.timeZone(),
                campaign.title().fr(), "Amorçage", "Amorçage");
        ConfirmationMail confirmation = new ConfirmationMail(header, receipt.number(), AT,
                List.of(new ConfirmationMail.Attachment(file.fileName(), file.size())), campaign.regionalSelection(),
                campaign.closesAt(), OutboxMail.LINK_PLACEHOLDER);
        return Candidacy.newDraft("priming0", campaign.id(), form, "0".repeat(64), AT)
                .withAttachments(List.of(file), AT)
                .submitted(receipt, AT)
                .withMailAdded(OutboxMail.unwritten("priming0", header.to(), confirmation, "priming0", AT));
    }
}
