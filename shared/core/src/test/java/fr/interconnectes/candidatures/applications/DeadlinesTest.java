package fr.interconnectes.candidatures.applications;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.JuryGrid;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Region;
import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.UploadLimits;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    // "jusqu'au 10 octobre 2019": the whole day, Paris time (UTC+2 in October)
    static final Instant CLOSES = ZonedDateTime.of(2019, 10, 10, 23, 59, 59, 999_000_000, PARIS).toInstant();
    static final Campaign CAMPAIGN = new Campaign("aura-2019-label", new LocalizedText("Label", "Label"),
            new Region("ARA", "Auvergne-Rhône-Alpes"), Track.LABEL, 2019,
            ZonedDateTime.of(2019, 6, 3, 0, 0, 0, 0, PARIS).toInstant(), CLOSES, PARIS,
            new RegionalSelection(LocalDate.of(2019, 10, 17), "Annecy", 15, 0), JuryGrid.common(), UploadLimits.defaults());
    /** Granted by the organisers after a network outage on the last day: 13 October, noon in Paris. */
    static final Instant EXTENDED = ZonedDateTime.of(2019, 10, 13, 12, 0, 0, 0, PARIS).toInstant();

    private static Candidacy draft() {
        return Fixtures.readyToSubmit("c1", "t", CAMPAIGN.opensAt());
    }

    @Test
    void a_request_received_exactly_at_the_deadline_is_in_time() {
        assertThatCode(() -> Deadlines.requireOpen(CAMPAIGN, null, CLOSES)).doesNotThrowAnyException();
        assertThatCode(() -> Deadlines.requireOpen(CAMPAIGN, draft(), CLOSES)).doesNotThrowAnyException();
    }

    @Test
    void one_millisecond_later_it_is_refused_naming_the_deadline_in_paris_time() {
        var refusal = refused(ErrorCode.DEADLINE_PASSED, () -> Deadlines.requireOpen(CAMPAIGN, null, CLOSES.plusMillis(1)));

        assertThat(refusal.message(Language.FR)).contains("jeudi 10 octobre 2019 à 23:59:59", "heure de Paris");
        assertThat(refusal.message(Language.EN)).contains("Thursday 10 October 2019 at 23:59:59");
        refused(ErrorCode.DEADLINE_PASSED, () -> Deadlines.requireOpen(CAMPAIGN, draft(), CLOSES.plusMillis(1)));
    }

    @Test
    void before_opening_it_is_not_open_yet_naming_the_opening_in_paris_time() {
        var refusal = refused(ErrorCode.CAMPAIGN_NOT_OPEN,
                () -> Deadlines.requireOpen(CAMPAIGN, null, CAMPAIGN.opensAt().minusMillis(1)));

        assertThat(refusal.message(Language.FR)).contains("lundi 3 juin 2019 à 00:00:00", "heure de Paris");
        assertThatCode(() -> Deadlines.requireOpen(CAMPAIGN, null, CAMPAIGN.opensAt())).doesNotThrowAnyException();
    }

    @Test
    void a_personal_extension_moves_the_deadline_of_that_dossier_only() {
        Candidacy extended = draft().withPersonalDeadline(EXTENDED, CLOSES);

        assertThatCode(() -> Deadlines.requireOpen(CAMPAIGN, extended, EXTENDED)).doesNotThrowAnyException();
        var refusal = refused(ErrorCode.DEADLINE_PASSED,
                () -> Deadlines.requireOpen(CAMPAIGN, extended, EXTENDED.plusMillis(1)));
        assertThat(refusal.message(Language.FR)).contains("dimanche 13 octobre 2019 à 12:00:00");
        refused(ErrorCode.DEADLINE_PASSED, () -> Deadlines.requireOpen(CAMPAIGN, draft(), EXTENDED));
        refused(ErrorCode.DEADLINE_PASSED, () -> Deadlines.requireOpen(CAMPAIGN, null, EXTENDED));
    }

    @Test
    void a_personal_deadline_before_the_campaigns_does_not_shorten_it() {
        Candidacy earlier = draft().withPersonalDeadline(CLOSES.minusSeconds(3600), CAMPAIGN.opensAt());

        assertThatCode(() -> Deadlines.requireOpen(CAMPAIGN, earlier, CLOSES)).doesNotThrowAnyException();
    }

    @Test
    void an_extension_does_not_open_the_campaign_earlier() {
        Candidacy extended = draft().withPersonalDeadline(EXTENDED, CLOSES);

        refused(ErrorCode.CAMPAIGN_NOT_OPEN, () -> Deadlines.requireOpen(CAMPAIGN, extended, CAMPAIGN.opensAt().minusMillis(1)));
    }
}
