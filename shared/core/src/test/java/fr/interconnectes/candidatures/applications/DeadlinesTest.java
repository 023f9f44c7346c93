package fr.interconnectes.candidatures.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.JuryGrid;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Region;
import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.UploadLimits;
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

    @Test
    void the_deadline_instant_is_in_utc_what_paris_says() {
        assertThat(CLOSES).isEqualTo(Instant.parse("2019-10-10T21:59:59.999Z"));
    }

    @Test
    void a_request_received_exactly_at_the_deadline_is_in_time() {
        assertThatCode(() -> Deadlines.requireOpen(CAMPAIGN, null, CLOSES)).doesNotThrowAnyException();
    }

    @Test
    void one_millisecond_later_it_is_refused_naming_the_deadline_in_paris_time() {
        assertThatThrownBy(() -> Deadlines.requireOpen(CAMPAIGN, null, CLOSES.plusMillis(1)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DEADLINE_PASSED);
                    assertThat(e.message(Language.FR)).contains("jeudi 10 octobre 2019 à 23:59:59", "heure de Paris");
                    assertThat(e.message(Language.EN)).contains("Thursday 10 October 2019 at 23:59:59");
                });
    }

    @Test
    void before_opening_it_is_not_open_yet() {
        assertThatThrownBy(() -> Deadlines.requireOpen(CAMPAIGN, null, CAMPAIGN.opensAt().minusMillis(1)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CAMPAIGN_NOT_OPEN));
        assertThatCode(() -> Deadlines.requireOpen(CAMPAIGN, null, CAMPAIGN.opensAt())).doesNotThrowAnyException();
    }

    @Test
    void winter_time_deadlines_follow_the_zone_rules() {
        Instant march = ZonedDateTime.of(2027, 3, 28, 2, 30, 0, 0, PARIS).toInstant();
        // 2:30 does not exist on the night clocks go forward in Paris: java.time moves it to 3:30 (UTC+2)
        assertThat(march).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
    }
}
