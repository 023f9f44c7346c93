package fr.interconnectes.candidatures.reporting;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignStatisticsTest {

    private static final Instant OCTOBER_1 = Instant.parse("2019-10-01T08:00:00Z");
    /** 00:30 on 2 October in Paris. */
    private static final Instant LATE_ON_OCTOBER_1_UTC = Instant.parse("2019-10-01T22:30:00Z");

    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(Fixtures.labelCampaign());
    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final CampaignStatistics statistics = new CampaignStatistics(campaigns, candidacies);

    private static ApplicationForm withoutKind() {
        return new ApplicationForm(new Applicant("Collectif sans statut", null, null, null,
                new Contact(null, null, "collectif@example.fr", null)),
                new LabelProject(null, null, null, null, null, null, null, null), Language.FR);
    }

    @Test
    void counts_by_status_track_and_kind_submissions_per_paris_day_and_received_bytes() {
        candidacies.put(Fixtures.submitted("c1", "ARA-2019-L-0001", OCTOBER_1));
        candidacies.put(Fixtures.submitted("c2", "ARA-2019-L-0002", LATE_ON_OCTOBER_1_UTC));
        candidacies.put(Fixtures.draft("c3", Fixtures.LABEL_CAMPAIGN, Fixtures.bareLabelForm("maire@annecy.fr"), "t", OCTOBER_1)
                .withAttachments(List.of(
                        new Attachment("p1", "annexe.pdf", FileType.PDF, 5000, Attachment.State.PENDING,
                                "candidacies/c3/p1", OCTOBER_1, null),
                        new Attachment("r1", "dossier.pdf", FileType.PDF, 777, Attachment.State.RECEIVED,
                                "candidacies/c3/r1", OCTOBER_1, OCTOBER_1)), OCTOBER_1));
        candidacies.put(Fixtures.submitted("c4", "ARA-2019-L-0003", OCTOBER_1).withdrawn(OCTOBER_1.plusSeconds(3600)));
        candidacies.put(Fixtures.draft("c5", Fixtures.LABEL_CAMPAIGN, withoutKind(), "t", OCTOBER_1));
        candidacies.put(Fixtures.draft("c6", Fixtures.LABEL_CAMPAIGN, Fixtures.completeStartupForm("lea@cityzen.example"),
                "t", OCTOBER_1));
        candidacies.put(Fixtures.draft("elsewhere", Fixtures.OTHER_REGION_CAMPAIGN, Fixtures.bareLabelForm("a@b.fr"), "t",
                OCTOBER_1));

        CampaignStatistics.Statistics stats = statistics.execute(Fixtures.regionalOrganiser("ARA"), Fixtures.LABEL_CAMPAIGN);

        assertThat(stats.campaign()).isEqualTo(Fixtures.labelCampaign());
        assertThat(stats.total()).isEqualTo(6);
        assertThat(stats.byStatus()).as("every status, in the order of the life of a dossier")
                .containsExactly(entry("draft", 3), entry("submitted", 2), entry("withdrawn", 1), entry("expired", 0));
        assertThat(stats.byTrack()).containsExactlyInAnyOrderEntriesOf(Map.of("label", 5, "startup", 1));
        assertThat(stats.byKind()).containsExactly(
                entry("commune", 1), entry("epci", 3), entry("startup", 1), entry("unknown", 1));
        assertThat(stats.submissionsPerDay()).as("submitted dossiers only, by their receipt's day in Paris")
                .containsExactly(entry(LocalDate.of(2019, 10, 1), 1), entry(LocalDate.of(2019, 10, 2), 1));
        assertThat(stats.attachmentBytes()).as("received files only").isEqualTo(1234 + 1234 + 777 + 1234);
    }

    @Test
    void a_campaign_without_dossiers_counts_zero_everywhere() {
        CampaignStatistics.Statistics stats = statistics.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN);

        assertThat(stats.total()).isZero();
        assertThat(stats.byStatus())
                .containsExactly(entry("draft", 0), entry("submitted", 0), entry("withdrawn", 0), entry("expired", 0));
        assertThat(stats.byTrack()).isEmpty();
        assertThat(stats.byKind()).isEmpty();
        assertThat(stats.submissionsPerDay()).isEmpty();
        assertThat(stats.attachmentBytes()).isZero();
    }

    @Test
    void the_submission_day_is_that_of_the_first_receipt() {
        candidacies.put(Fixtures.submitted("c1", "ARA-2019-L-0001", OCTOBER_1)
                .submitted(new Receipt("ARA-2019-L-0001", OCTOBER_1), OCTOBER_1.plus(Duration.ofDays(3))));

        assertThat(statistics.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN).submissionsPerDay())
                .containsExactly(entry(LocalDate.of(2019, 10, 1), 1));
    }

    @Test
    void organisers_of_the_campaign_only() {
        refused(ErrorCode.FORBIDDEN, () -> statistics.execute(Fixtures.juror("juror-1"), Fixtures.LABEL_CAMPAIGN));
        refused(ErrorCode.OUT_OF_REGION, () -> statistics.execute(Fixtures.regionalOrganiser("IDF"), Fixtures.LABEL_CAMPAIGN));
        refused(ErrorCode.CAMPAIGN_NOT_FOUND, () -> statistics.execute(Fixtures.organiser(), "nowhere-2019"));
    }
}
