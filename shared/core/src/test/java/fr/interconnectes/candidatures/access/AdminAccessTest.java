package fr.interconnectes.candidatures.access;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminAccessTest {

    private final Campaign ara = Fixtures.labelCampaign();
    private final Campaign idf = Fixtures.otherRegionCampaign();
    private final Campaign national = Fixtures.nationalLabelCampaign();

    private final Principal organiser = Fixtures.organiser();
    private final Principal araOrganiser = Fixtures.regionalOrganiser("ARA");
    private final Principal idfOrganiser = Fixtures.regionalOrganiser("IDF");
    private final Principal regionless = Fixtures.regionalOrganiser(null);
    private final Principal juror = Fixtures.juror("juror-1");
    private final Principal nobody = Fixtures.withoutRole();

    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final AdminAccess access = new AdminAccess(juryRecords);
    private final JuryRecord assignment = juryRecords.save(Fixtures.assigned("c1", "juror-1", Fixtures.DURING_CALL));

    @Test
    void national_organisers_organise_every_campaign_regional_ones_only_their_regions() {
        assertThat(AdminAccess.organises(organiser, ara)).isTrue();
        assertThat(AdminAccess.organises(organiser, idf)).isTrue();
        assertThat(AdminAccess.organises(organiser, national)).isTrue();

        assertThat(AdminAccess.organises(araOrganiser, ara)).isTrue();
        assertThat(AdminAccess.organises(Fixtures.regionalOrganiser("ara"), ara)).as("any case").isTrue();
        assertThat(AdminAccess.organises(araOrganiser, idf)).isFalse();
        assertThat(AdminAccess.organises(araOrganiser, national)).isFalse();
        assertThat(AdminAccess.organises(regionless, ara)).as("no region is no region, not every one").isFalse();

        assertThat(AdminAccess.organises(juror, ara)).isFalse();
        assertThat(AdminAccess.organises(nobody, ara)).isFalse();
    }

    @Test
    void outside_their_region_a_regional_organiser_is_told_so_anyone_else_is_forbidden() {
        assertThatCode(() -> AdminAccess.requireOrganiser(organiser, idf)).doesNotThrowAnyException();
        assertThatCode(() -> AdminAccess.requireOrganiser(araOrganiser, ara)).doesNotThrowAnyException();

        refused(ErrorCode.OUT_OF_REGION, () -> AdminAccess.requireOrganiser(idfOrganiser, ara));
        refused(ErrorCode.OUT_OF_REGION, () -> AdminAccess.requireOrganiser(araOrganiser, national));
        refused(ErrorCode.OUT_OF_REGION, () -> AdminAccess.requireOrganiser(regionless, ara));
        refused(ErrorCode.FORBIDDEN, () -> AdminAccess.requireOrganiser(juror, ara));
        refused(ErrorCode.FORBIDDEN, () -> AdminAccess.requireOrganiser(nobody, ara));
    }

    @Test
    void only_national_organisers_are_national_organisers() {
        assertThatCode(() -> AdminAccess.requireNationalOrganiser(organiser)).doesNotThrowAnyException();
        refused(ErrorCode.FORBIDDEN, () -> AdminAccess.requireNationalOrganiser(araOrganiser));
        refused(ErrorCode.FORBIDDEN, () -> AdminAccess.requireNationalOrganiser(juror));
        refused(ErrorCode.FORBIDDEN, () -> AdminAccess.requireNationalOrganiser(nobody));
    }

    @Test
    void organisers_of_the_campaign_need_no_assignment() {
        assertThat(access.requireOrganiserOrAssignedJuror(organiser, ara, "c2")).isEmpty();
        assertThat(access.requireOrganiserOrAssignedJuror(araOrganiser, ara, "c2")).isEmpty();
    }

    @Test
    void a_juror_reaches_the_dossiers_assigned_to_them_and_gets_their_record() {
        assertThat(access.requireOrganiserOrAssignedJuror(juror, ara, "c1")).contains(assignment);
        assertThat(access.requireAssignedJuror(juror, ara, "c1")).isEqualTo(assignment);
    }

    @Test
    void a_juror_is_not_assigned_to_another_dossier_nor_to_the_same_one_in_another_campaign() {
        refused(ErrorCode.NOT_ASSIGNED, () -> access.requireOrganiserOrAssignedJuror(juror, ara, "c2"));
        refused(ErrorCode.NOT_ASSIGNED, () -> access.requireAssignedJuror(juror, ara, "c2"));
        refused(ErrorCode.NOT_ASSIGNED, () -> access.requireAssignedJuror(Fixtures.juror("juror-2"), ara, "c1"));
        refused(ErrorCode.NOT_ASSIGNED, () -> access.requireAssignedJuror(juror, idf, "c1"));
    }

    @Test
    void without_the_campaign_or_an_assignment_organisers_and_others_are_refused() {
        refused(ErrorCode.OUT_OF_REGION, () -> access.requireOrganiserOrAssignedJuror(idfOrganiser, ara, "c1"));
        refused(ErrorCode.OUT_OF_REGION, () -> access.requireOrganiserOrAssignedJuror(regionless, ara, "c1"));
        refused(ErrorCode.FORBIDDEN, () -> access.requireOrganiserOrAssignedJuror(nobody, ara, "c1"));
    }

    @Test
    void a_juror_who_also_organises_another_region_reaches_their_assigned_dossier_as_a_juror() {
        Principal both = new Principal("juror-1", null, Set.of(Role.JUROR, Role.REGIONAL_ORGANISER), "IDF");

        assertThat(access.requireOrganiserOrAssignedJuror(both, ara, "c1")).contains(assignment);
        refused(ErrorCode.NOT_ASSIGNED, () -> access.requireOrganiserOrAssignedJuror(both, ara, "c2"));
    }

    @Test
    void only_jurors_act_as_jurors_an_organiser_elsewhere_is_told_the_region_is_not_theirs() {
        refused(ErrorCode.FORBIDDEN, () -> access.requireAssignedJuror(organiser, ara, "c1"));
        refused(ErrorCode.FORBIDDEN, () -> access.requireAssignedJuror(nobody, ara, "c1"));
        refused(ErrorCode.OUT_OF_REGION, () -> access.requireAssignedJuror(idfOrganiser, ara, "c1"));
        refused(ErrorCode.OUT_OF_REGION, () -> access.requireAssignedJuror(regionless, ara, "c1"));
    }

    @Test
    void an_organiser_of_the_region_is_not_told_the_campaign_belongs_to_another_region_when_acting_as_a_juror() {
        var refusal = refused(ErrorCode.FORBIDDEN, () -> access.requireAssignedJuror(araOrganiser, ara, "c1"));

        assertThat(refusal.message(Language.EN)).isEqualTo("Your role does not allow this action.");
    }
}
