package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.JuryGrid;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Region;
import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.UploadLimits;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.domain.candidacy.ProjectStage;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.domain.candidacy.StartupProject;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Auvergne-Rhône-Alpes 2019 call as test data: the label campaign open from 1 September to 10 October
 * (23:59:59 Paris time), its start-up twin, the national round, complete and bare forms, and the people who
 * work on them.
 */
public final class Fixtures {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final Instant OPENS = Instant.parse("2019-08-31T22:00:00Z");
    public static final Instant CLOSES = Instant.parse("2019-10-10T21:59:59Z");
    /** A moment while the call is open. */
    public static final Instant DURING_CALL = Instant.parse("2019-10-01T08:00:00Z");
    public static final Instant AFTER_DEADLINE = CLOSES.plusSeconds(1);

    public static final String LABEL_CAMPAIGN = "aura-2019-label";
    public static final String STARTUP_CAMPAIGN = "aura-2019-startup";
    public static final String NATIONAL_LABEL_CAMPAIGN = "national-2019-label";
    public static final String OTHER_REGION_CAMPAIGN = "idf-2019-label";

    public static final String SECRET = "test-secret-of-at-least-32-characters!";
    public static final String PUBLIC_BASE_URL = "https://candidatures.test";

    private Fixtures() {
    }

    public static AccessTokens tokens() {
        return new AccessTokens(SECRET);
    }

    public static Campaign labelCampaign() {
        return labelCampaign(2019);
    }

    /** The same label call in another edition: id {@code aura-<edition>-label}, the same days of that year. */
    public static Campaign labelCampaign(int edition) {
        return campaign("aura-" + edition + "-label", new Region("ARA", "Auvergne-Rhône-Alpes"), Track.LABEL, edition,
                new RegionalSelection(LocalDate.of(edition, 10, 17), "Annecy", 15, 0));
    }

    public static Campaign startupCampaign() {
        return startupCampaign(2019);
    }

    /** The same start-up call in another edition: id {@code aura-<edition>-startup}, the same days of that year. */
    public static Campaign startupCampaign(int edition) {
        return campaign("aura-" + edition + "-startup", new Region("ARA", "Auvergne-Rhône-Alpes"), Track.STARTUP, edition,
                new RegionalSelection(LocalDate.of(edition, 10, 17), "Annecy", 5, 5));
    }

    public static Campaign otherRegionCampaign() {
        return campaign(OTHER_REGION_CAMPAIGN, new Region("IDF", "Île-de-France"), Track.LABEL, 2019, null);
    }

    /** The national round: it takes only the regional finalists, carried in by the organisers. */
    public static Campaign nationalLabelCampaign() {
        return new Campaign(NATIONAL_LABEL_CAMPAIGN,
                new LocalizedText("Label Territoires Innovants 2019 — finale nationale", "Innovative Territories Label 2019 — national final"),
                new Region(Region.NATIONAL, "France"), Track.LABEL, 2019, Instant.parse("2019-10-17T22:00:00Z"),
                Instant.parse("2019-11-30T22:59:59Z"), PARIS, null, JuryGrid.common(), UploadLimits.defaults());
    }

    private static Campaign campaign(String id, Region region, Track track, int edition, RegionalSelection selection) {
        String name = track == Track.LABEL ? "Label Territoires Innovants" : "Concours start-up";
        int years = edition - 2019;
        return new Campaign(id, new LocalizedText(name + " " + edition + " — " + region.name(),
                name + " " + edition + " — " + region.name()), region, track, edition,
                OPENS.atZone(PARIS).plusYears(years).toInstant(), CLOSES.atZone(PARIS).plusYears(years).toInstant(),
                PARIS, selection, JuryGrid.common(), UploadLimits.defaults());
    }

    /** A label form with everything the jury grid needs. */
    public static ApplicationForm completeLabelForm(String email) {
        return new ApplicationForm(
                new Applicant("Communauté de communes du Pays d'Évian", OrganisationKind.EPCI, "200067551", null,
                        new Contact("Hélène Dupré", "Directrice du numérique", email, "+33450338888")),
                new LabelProject("Guichet numérique « Évian connecté »", "Un guichet unique pour les démarches.",
                        "Description du projet, sur plusieurs lignes.\nDeuxième ligne.", ProjectStage.EN_COURS,
                        "La Poste, le Département", "Ateliers avec les usagers", "Logiciel libre partagé",
                        "Deux agents de moins à l'accueil"),
                Language.FR);
    }

    public static ApplicationForm completeStartupForm(String email) {
        return new ApplicationForm(
                new Applicant("Cityzen SAS", OrganisationKind.STARTUP, "812345673", null,
                        new Contact("Léa Martin", "Fondatrice", email, "+33612345678")),
                new StartupProject("Capteurs de bruit", "Mesure du bruit en ville.", "Une description.",
                        "https://cityzen.example", 2017, "Les communes mesurent le bruit des rues."),
                Language.FR);
    }

    /** Less than a draft needs to be saved (no title, no contact name): what a submission still lacks, in full. */
    public static ApplicationForm bareLabelForm(String email) {
        return new ApplicationForm(
                new Applicant("Commune d'Annecy", OrganisationKind.COMMUNE, null, null, new Contact(null, null, email, null)),
                new LabelProject(null, null, null, null, null, null, null, null), Language.FR);
    }

    /** A draft holding {@code token} as its access token. */
    public static Candidacy draft(String id, String campaignId, ApplicationForm form, String token, Instant createdAt) {
        return Candidacy.newDraft(id, campaignId, form, AccessTokens.hash(token), createdAt).atRevision(1);
    }

    public static Attachment receivedPdf(String id, Instant at) {
        return new Attachment(id, "dossier.pdf", FileType.PDF, 1234, Attachment.State.RECEIVED,
                "candidacies/c/" + id, at, at);
    }

    /** A complete label draft with one received file: ready to submit. */
    public static Candidacy readyToSubmit(String id, String token, Instant at) {
        return readyToSubmitIn(LABEL_CAMPAIGN, id, token, at);
    }

    /** A complete label draft of campaign {@code campaignId} with one received file: ready to submit. */
    public static Candidacy readyToSubmitIn(String campaignId, String id, String token, Instant at) {
        return draft(id, campaignId, completeLabelForm("helene.dupre@cc-pays-evian.fr"), token, at)
                .withAttachments(List.of(receivedPdf("a1", at)), at);
    }

    /** A submitted label dossier with receipt {@code number}. */
    public static Candidacy submitted(String id, String number, Instant at) {
        return submittedIn(LABEL_CAMPAIGN, id, number, at);
    }

    /** A submitted label dossier of campaign {@code campaignId}, with receipt {@code number}. */
    public static Candidacy submittedIn(String campaignId, String id, String number, Instant at) {
        return readyToSubmitIn(campaignId, id, "token-" + id, at).submitted(new Receipt(number, at), at);
    }

    /** A submitted label dossier of {@code organisation}, with receipt {@code number}. */
    public static Candidacy submitted(String id, String number, String organisation, Instant at) {
        ApplicationForm form = completeLabelForm("contact@" + id + ".test");
        Applicant applicant = form.applicant();
        ApplicationForm theirs = new ApplicationForm(new Applicant(organisation, applicant.kind(), applicant.siren(),
                applicant.siret(), applicant.contact()), form.project(), form.language());
        return submitted(id, number, at).withForm(theirs, at);
    }

    /** A complete dossier of {@code campaign}'s track, submitted there with receipt {@code number}. */
    public static Candidacy submittedTo(Campaign campaign, String id, String number, Instant at) {
        String email = "contact@" + id + ".test";
        ApplicationForm form = campaign.track() == Track.STARTUP ? completeStartupForm(email) : completeLabelForm(email);
        return draft(id, campaign.id(), form, "token-" + id, at).withAttachments(List.of(receivedPdf("a1", at)), at)
                .submitted(new Receipt(number, at), at);
    }

    /** {@code candidacy} with a decision already mailed to its applicant. */
    public static Candidacy withSentDecision(Candidacy candidacy, Decision.Outcome outcome, Instant at) {
        return candidacy.withDecision(new Decision(outcome, null, organiser().sub(), at, at));
    }

    /** {@code jurorSub} on the jury of a label dossier, assigned by the national organiser. */
    public static JuryRecord assigned(String candidacyId, String jurorSub) {
        return JuryRecord.assigned(candidacyId, LABEL_CAMPAIGN, jurorSub, organiser().sub(), DURING_CALL);
    }

    /** The same score on every criterion of the common grid. */
    public static Map<String, Integer> evenScores(int each) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        JuryGrid.common().forEach(c -> scores.put(c.id(), each));
        return scores;
    }

    public static Principal organiser() {
        return new Principal("organiser-sub", "orga@interconnectes.test", Set.of(Role.ORGANISER), null);
    }

    public static Principal regionalOrganiser(String region) {
        return new Principal("regional-" + region, "orga-" + region + "@interconnectes.test",
                Set.of(Role.REGIONAL_ORGANISER), region);
    }

    public static Principal juror(String sub) {
        return new Principal(sub, sub + "@jury.test", Set.of(Role.JUROR), "ARA");
    }

    /** Signed in, but in no group that gives a role. */
    public static Principal withoutRole() {
        return new Principal("no-role-sub", "nobody@interconnectes.test", Set.of(), null);
    }

    /** {@code jurorSub} assigned by the national organiser to dossier {@code candidacyId} of the label campaign. */
    public static JuryRecord assigned(String candidacyId, String jurorSub, Instant at) {
        return JuryRecord.assigned(candidacyId, LABEL_CAMPAIGN, jurorSub, organiser().sub(), at);
    }

}
