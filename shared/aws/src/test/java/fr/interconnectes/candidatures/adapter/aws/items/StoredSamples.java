package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.domain.Correlation;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Criterion;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Region;
import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.domain.ReminderOffset;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.UploadLimits;
import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.Erasure;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.MailOutcome;
import fr.interconnectes.candidatures.domain.candidacy.Undeliverable;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.domain.Laureate;
import fr.interconnectes.candidatures.domain.Palmares;
import fr.interconnectes.candidatures.domain.candidacy.Convocation;
import fr.interconnectes.candidatures.domain.candidacy.MailAttachment;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.domain.candidacy.ProjectStage;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.domain.candidacy.StartupProject;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.notifications.AccessLinkMail;
import fr.interconnectes.candidatures.notifications.ConfirmationMail;
import fr.interconnectes.candidatures.notifications.MailHeader;
import fr.interconnectes.candidatures.notifications.WithdrawalMail;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects behind the golden items in {@code src/test/resources/stored/}: each {@code *-v0.json} there is
 * what the release before the explicit mappers stored for one of these (its Jackson document), so reading
 * the file must give this object back. The files are history and are never regenerated: a changed sample
 * must make their test fail.
 */
public final class StoredSamples {

    private StoredSamples() {
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /** A national-round label dossier carried from its regional one, with every field filled. */
    public static Candidacy labelDossier() {
        ApplicationForm form = new ApplicationForm(
                new Applicant("Ville de Villeurbanne", OrganisationKind.COMMUNE, "216903546", "21690354600019",
                        new Contact("Camille Martin", "Cheffe de projet numérique",
                                "camille.martin@mairie-villeurbanne.fr", "+33478034567")),
                new LabelProject("Guichet numérique des démarches",
                        "Un guichet unique en ligne pour les démarches municipales.",
                        "Première ligne de description.\nDeuxième ligne, avec « guillemets » et \"quotes\".",
                        ProjectStage.REALISE, "Métropole de Lyon, associations de quartier",
                        "Ateliers de co-conception avec les habitants", "Code ouvert, API standard",
                        "Délai de traitement divisé par deux"),
                Language.FR);
        List<Attachment> attachments = List.of(
                new Attachment("aK3x9mQ2pL", "Dossier de candidature.pdf", FileType.PDF, 1_258_291,
                        Attachment.State.RECEIVED,
                        "campaigns/ara-2026-label/candidacies/c7Hk2mQx9aB1c/aK3x9mQ2pL.pdf",
                        at("2026-03-02T09:15:00Z"), at("2026-03-02T09:15:42.123Z")),
                new Attachment("aZ7wz1Rt0y", "photo-équipe.jpg", FileType.JPEG, 524_288, Attachment.State.PENDING,
                        "campaigns/ara-2026-label/candidacies/c7Hk2mQx9aB1c/aZ7wz1Rt0y.jpg",
                        at("2026-03-03T17:40:05Z"), null));
        List<OutboxMail> outbox = List.of(
                new OutboxMail("m8Fq2xK1a", "confirmation", "camille.martin@mairie-villeurbanne.fr",
                        "Votre candidature est déposée / Your application is submitted",
                        "Bonjour,\nVotre dossier : " + OutboxMail.LINK_PLACEHOLDER,
                        "<p>Bonjour,</p><p><a href=\"" + OutboxMail.LINK_PLACEHOLDER + "\">Votre dossier</a></p>",
                        List.of(), "nonce-confirmation-1", OutboxMail.State.SENT, 1, at("2026-03-10T08:00:00Z"), null,
                        at("2026-03-10T08:00:00Z"), at("2026-03-10T08:00:01.5Z"), "0100018e-ses-message-id", null),
                new OutboxMail("m2Lp9zW4b", "decision", "camille.martin@mairie-villeurbanne.fr",
                        "Décision du jury / Jury decision", "Félicitations !", null, List.of(), null,
                        OutboxMail.State.PENDING, 2, at("2026-05-25T10:04:00Z"), at("2026-05-25T10:02:30Z"),
                        at("2026-05-25T10:00:00Z"), null, null, "Throttling: Maximum sending rate exceeded."),
                new OutboxMail("m5Tr7yU3c", "access_link", "ancienne.adresse@mairie-villeurbanne.fr",
                        "Votre lien d'accès / Your access link", "Votre lien : " + OutboxMail.LINK_PLACEHOLDER,
                        null, List.of(), "nonce-access-2", OutboxMail.State.FAILED, 12, at("2026-03-12T06:00:00Z"), null,
                        at("2026-03-09T12:00:00Z"), null, null, "MessageRejected: Email address is not verified."));
        return new Candidacy("c7Hk2mQx9aB1c", "fr-2026-label", CandidacyStatus.SUBMITTED, form,
                List.of("3f1a9c0e2b7d4c6a8e5f1b3d7a9c2e4f6b8d0a1c3e5f7b9d1a3c5e7f9b1d3a5c",
                        "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d"),
                attachments, new Receipt("FR-2026-L-0003", at("2026-05-30T14:00:00Z")),
                at("2026-05-30T14:00:00Z"), null, at("2026-06-05T21:59:59Z"), 7, 12,
                at("2026-05-30T14:00:00Z"), at("2026-06-01T08:30:00.250Z"), outbox,
                new Decision(Decision.Outcome.FINALIST, "Bravo pour ce projet !\nÀ bientôt à Paris.", "organiser-sub-1",
                        at("2026-06-20T16:00:00Z"), null),
                "cR3gion4lXyZ1");
    }

    /** A start-up dossier, submitted then withdrawn by its applicant, in English, with its decision sent. */
    public static Candidacy startupDossier() {
        ApplicationForm form = new ApplicationForm(
                new Applicant("Capteurs Citoyens SAS", OrganisationKind.STARTUP, "732829320", null,
                        new Contact("Alex Durand", "CEO", "alex@capteurs-citoyens.io", "+33612345678")),
                new StartupProject("Capteurs de qualité de l'air", "Des capteurs bon marché pour les écoles.",
                        "Nous fabriquons des capteurs.", "https://capteurs-citoyens.io", 2019,
                        "Suivi de l'air dans les écoles d'une commune"),
                Language.EN);
        return new Candidacy("cS9tartUp0aB2", "ara-2026-startup", CandidacyStatus.WITHDRAWN, form,
                List.of("0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"), List.of(),
                new Receipt("ARA-2026-S-0017", at("2026-03-20T11:11:11Z")), at("2026-03-21T09:00:00Z"),
                at("2026-03-25T18:45:00Z"), null, 5, 9, at("2026-03-01T10:00:00Z"), at("2026-03-25T18:45:00Z"),
                List.of(), new Decision(Decision.Outcome.NOT_SELECTED, null, "organiser-sub-2",
                        at("2026-03-24T10:00:00Z"), at("2026-03-24T12:00:00Z")), null);
    }

    /**
     * A label dossier convened to the selection day, moved once (its invite at SEQUENCE 1, kept with the mail in
     * the outbox) and confirmed by its applicant.
     */
    public static Candidacy convenedDossier() {
        Candidacy submitted = labelDossier();
        OutboxMail convocation = OutboxMail.pending("m9Cv1nV0c", "convocation", "camille.martin@mairie-villeurbanne.fr",
                "Convocation à la journée de sélection", "Bonjour,\nVotre audition : " + OutboxMail.LINK_PLACEHOLDER,
                null, List.of(new MailAttachment("convocation.ics", "text/calendar; method=REQUEST",
                        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")),
                "nonce-convocation-1", at("2026-06-01T08:00:00Z"));
        return new Candidacy(submitted.id(), submitted.campaignId(), submitted.status(), submitted.form(),
                submitted.accessTokenHashes(), submitted.attachments(), submitted.receipt(), submitted.lastSubmittedAt(),
                null, null, submitted.version(), submitted.revision(), submitted.createdAt(), submitted.updatedAt(),
                List.of(convocation), null, null,
                new Convocation("slot-c7Hk2mQx9aB1c", 1, "salle-a", "Salle du Conseil",
                        "Hôtel de Région, 1 esplanade François Mitterrand, 69002 Lyon", at("2026-06-11T07:30:00Z"),
                        at("2026-06-11T07:45:00Z"), Convocation.State.SENT, at("2026-06-01T08:00:00Z"),
                        Convocation.Attendance.CONFIRMED, "Nous viendrons à deux.", at("2026-06-02T09:00:00Z")),
                null);
    }

    /** A draft just created with an almost empty form: a contact e-mail and nothing else. */
    public static Candidacy draftDossier() {
        ApplicationForm form = new ApplicationForm(
                new Applicant(null, null, null, null, new Contact(null, null, "jo@example.fr", null)),
                new LabelProject(null, null, null, null, null, null, null, null), null);
        return Candidacy.newDraft("cDr4ftOnlyX1y", "ara-2026-label", form,
                "5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592", at("2026-02-01T07:30:00Z"))
                .atRevision(1);
    }

    /**
     * Written since schema version 2 (no golden item of its own): a draft reminded a week before its deadline, its
     * reminder bounced and resent, its address marked undeliverable, its applicant having turned reminders off.
     */
    public static Candidacy mailedDraft() {
        OutboxMail reminder = OutboxMail.pending("mR3m1nd7d", "reminder", "jo@example.fr", "Rappel : plus que 7 jours",
                        "Votre dossier : " + OutboxMail.LINK_PLACEHOLDER, null, "nonce-reminder-1", at("2026-03-24T21:59:59Z"))
                .sent(at("2026-03-24T22:00:01Z"), "0100018e-ses-reminder")
                .withOutcome(new MailOutcome(MailOutcome.Type.BOUNCED, at("2026-03-24T22:00:03Z"),
                        "Permanent/General: smtp; 550 5.1.1 user unknown"));
        OutboxMail resent = reminder.resent("rs0123456789abcd", "jo@example.fr", "nonce-resend-1", at("2026-03-25T09:00:00Z"))
                .suppressed(at("2026-03-25T09:00:01Z"), "undeliverable address: bounce");
        return draftDossier().withMailAdded(reminder).withMailAdded(resent)
                .withMailing(m -> m.withRemindersSent(List.of(new ReminderOffset("P7D")))
                        .withRemindersStopped(at("2026-03-25T10:00:00Z"))
                        .withUndeliverable(new Undeliverable("jo@example.fr", Undeliverable.Reason.BOUNCE,
                                at("2026-03-24T22:00:03Z"), "mR3m1nd7d", "Permanent/General")));
    }

    /** Written since schema version 3: {@link #mailedDraft} with its mails recorded under requests' ids. */
    public static Candidacy mailedDraftWithRequestIds() {
        return Correlation.call("Q1w2E3r4T5y6U7i=", StoredSamples::mailedDraft);
    }

    /**
     * Written since schema version 4: the label dossier with the three notices an applicant's request records
     * unwritten (a confirmation with its files and the regional selection, lost links, a withdrawal, in English).
     */
    public static Candidacy unwrittenNotices() {
        MailHeader header = new MailHeader("marie.dupont@annecy.fr", Language.EN, ZoneId.of("Europe/Paris"),
                "Innovative Territories Label 2026", "Ville d'Annecy", "Guichet numérique des familles");
        Instant submittedAt = at("2026-05-20T08:15:00Z");
        Instant deadline = at("2026-06-05T21:59:59Z");
        var confirmation = new ConfirmationMail(header, "FR-2026-L-0003", submittedAt,
                List.of(new ConfirmationMail.Attachment("dossier-technique.pdf", 482_113)),
                new RegionalSelection(LocalDate.of(2026, 6, 18), "Annecy, Impérial Palace", 10, 5), deadline,
                OutboxMail.LINK_PLACEHOLDER);
        var links = new AccessLinkMail(header, AccessLinkMail.Status.SUBMITTED, "FR-2026-L-0003", null,
                OutboxMail.LINK_PLACEHOLDER);
        var withdrawal = new WithdrawalMail(header, null, at("2026-05-21T10:00:00Z"), OutboxMail.LINK_PLACEHOLDER);
        return Correlation.call("Zx9Yw8Vu7Ts6=", () -> labelDossier()
                .withMailAdded(OutboxMail.unwritten("mC0nf1rm4", header.to(), confirmation, "nonce-confirm-1",
                        submittedAt))
                .withMailAdded(OutboxMail.unwritten("mL1nk5a9b", header.to(), links, "nonce-links-1",
                        at("2026-05-20T09:00:00Z")).claim(at("2026-05-20T09:02:00Z")))
                .withMailAdded(OutboxMail.unwritten("mW1thdr4w", header.to(), withdrawal, "nonce-withdraw-1",
                        at("2026-05-21T10:00:00Z"))));
    }

    /** Written since schema version 2: a campaign whose organisers chose their own reminders. */
    public static Campaign campaignWithReminders() {
        Campaign regional = regionalCampaign();
        return new Campaign("ara-2026-startup", regional.title(), regional.region(), Track.STARTUP, 2026,
                regional.opensAt(), regional.closesAt(), regional.timeZone(), null, regional.criteria(),
                regional.uploadLimits(), null, List.of(new ReminderOffset("P3D"), new ReminderOffset("PT6H")));
    }

    /** A dossier whose personal data are being erased: one folder of files still to go after an outage. */
    public static Candidacy erasedDossier() {
        Erasure erasure = new Erasure(Erasure.Cause.REQUEST, "Demande reçue par courriel le 2 mars 2029",
                "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", at("2029-03-03T09:00:00Z"),
                List.of("files:campaigns/ara-2026-label/candidacies/cSt4rtUpX9y/"), at("2029-03-03T09:05:00Z"),
                "S3 unavailable");
        return startupDossier().anonymised(erasure, at("2029-03-03T09:00:00Z"));
    }

    /** The regional campaign keeping its dossiers for periods of its own. */
    public static Campaign campaignWithOwnRetention() {
        Campaign c = regionalCampaign();
        return new Campaign(c.id(), c.title(), c.region(), c.track(), c.edition(), c.opensAt(), c.closesAt(),
                c.timeZone(), c.regionalSelection(), c.criteria(), c.uploadLimits(),
                new fr.interconnectes.candidatures.domain.RetentionPolicy(6, 24, 120));
    }

    /** A regional label campaign with its jury day. */
    public static Campaign regionalCampaign() {
        return new Campaign("ara-2026-label",
                new LocalizedText("Label Territoires Innovants 2026 — Auvergne-Rhône-Alpes",
                        "Innovative Territories Label 2026 — Auvergne-Rhône-Alpes"),
                new Region("ARA", "Auvergne-Rhône-Alpes"), Track.LABEL, 2026,
                at("2026-01-15T08:00:00Z"), at("2026-03-31T21:59:59Z"), ZoneId.of("Europe/Paris"),
                new RegionalSelection(LocalDate.of(2026, 5, 20), "Hôtel de Région, Lyon", 10, 5),
                List.of(new Criterion("impact", new LocalizedText("Impact pour les habitants", "Impact on residents"),
                                0, 5, 2.0),
                        new Criterion("innovation", new LocalizedText("Caractère innovant", "Innovation"), 0, 5, 1.5),
                        new Criterion("pooling", new LocalizedText("Mutualisation", null), 1, 10, 1.0)),
                UploadLimits.defaults());
    }

    /** The national start-up round: no regional jury day, a few file types only. */
    public static Campaign nationalCampaign() {
        return new Campaign("fr-2026-startup", new LocalizedText("Concours start-up 2026 — finale nationale", null),
                new Region("FR", "National"), Track.STARTUP, 2026,
                at("2026-06-01T00:00:00Z"), at("2026-07-15T21:59:59.999Z"), ZoneId.of("Europe/Paris"), null,
                List.of(new Criterion("equipe", new LocalizedText("Équipe", "Team"), 1, 20, 0.25)),
                new UploadLimits(5L * 1024 * 1024, 3, List.of(FileType.PDF, FileType.PNG)));
    }

    /** A juror who declared a conflict of interest on the label dossier. */
    public static JuryRecord conflictedJuryRecord() {
        return new JuryRecord("c7Hk2mQx9aB1c", "fr-2026-label", "juror-sub-7", at("2026-06-02T09:00:00Z"),
                "organiser-sub-1", at("2026-06-03T10:30:00Z"), "Je travaille pour la commune candidate.",
                Map.of(), null, null, 2);
    }

    /** A juror's scores on the label dossier. */
    public static JuryRecord scoredJuryRecord() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("impact", 4);
        scores.put("innovation", 5);
        scores.put("pooling", 7);
        return new JuryRecord("c7Hk2mQx9aB1c", "fr-2026-label", "juror-sub-8", at("2026-06-02T09:00:00Z"),
                "organiser-sub-1", null, null, scores, "Projet solide,\nbien mutualisé.", at("2026-06-10T15:20:00Z"), 3);
    }

    /** An organiser recording a decision on a dossier. */
    public static AuditEntry dossierAuditEntry() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("outcome", "finalist");
        details.put("message", "Bravo pour ce projet !");
        return new AuditEntry("fr-2026-label", "c7Hk2mQx9aB1c", "organiser-sub-1", "ORGANISER,REGIONAL_ORGANISER",
                "decision.recorded", details, at("2026-06-20T16:00:00.042Z"));
    }

    /** A campaign-wide action: no dossier, no details. */
    public static AuditEntry campaignAuditEntry() {
        return new AuditEntry("ara-2026-label", null, "organiser-sub-1", "ORGANISER", "campaign_created", Map.of(),
                at("2025-12-01T08:00:00Z"));
    }

    /** The palmarès of a regional label round: two labelled projects, one without a summary. */
    public static Palmares palmares() {
        return new Palmares("ara-2018-label", List.of(
                new Laureate("Ville de Brignais", OrganisationKind.COMMUNE, "Brignais, ville connectée",
                        "Des démarches en ligne et un accompagnement au numérique pour tous."),
                new Laureate("Communauté de communes du Pays d'Évian", OrganisationKind.EPCI, "Guichet unique", null)),
                at("2018-10-25T08:00:00Z"), "organiser-sub-1");
    }
}
