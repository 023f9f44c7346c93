package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.notifications.Outbox;
import fr.interconnectes.candidatures.notifications.ApplicantNotifier;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.applications.ApplicationForms;
import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import java.time.Instant;
import java.util.List;

/**
 * The in-memory adapters of the use cases that mail applicants, and the shared pieces built from them as the
 * functions' composition roots build them from real ones: the ARA 2019 campaigns, dossiers, a recording mailer, a
 * test clock, {@link PlainMailTemplates} and the metrics they count.
 */
public record MailTestBench(TestClock clock, InMemoryCampaigns campaigns, InMemoryCandidacies candidacies,
                            InMemoryReceiptCounters counters, InMemoryAuditLog auditLog, RecordingMailer mailer,
                            PlainMailTemplates templates, AccessTokens tokens, DossierLinks links,
                            RecordingMetrics metrics) {

    public static MailTestBench at(Instant now) {
        return new MailTestBench(new TestClock(now),
                new InMemoryCampaigns(Fixtures.labelCampaign(), Fixtures.startupCampaign(),
                        Fixtures.otherRegionCampaign(), Fixtures.nationalLabelCampaign()),
                new InMemoryCandidacies(), new InMemoryReceiptCounters(), new InMemoryAuditLog(),
                new RecordingMailer(), new PlainMailTemplates(), Fixtures.tokens(),
                new DossierLinks(Fixtures.PUBLIC_BASE_URL), new RecordingMetrics());
    }

    public ApplicantAccess access() {
        return new ApplicantAccess(candidacies);
    }

    public ApplicationForms forms() {
        return new ApplicationForms();
    }

    public CandidacyWriter writer() {
        return new CandidacyWriter(candidacies);
    }

    public Outbox outbox() {
        return new Outbox(candidacies, writer(), mailer, templates, tokens, links, clock, metrics);
    }

    /** The notifier a function builds: it records each notice with the change and delivers through the outbox. */
    public ApplicantNotifier notifier() {
        return ApplicantNotifier.delivering(writer(), mailer, templates, tokens, links, clock, metrics);
    }

    public Audit audit() {
        return new Audit(auditLog, clock);
    }

    /** The mails recorded with a dossier as stored now. */
    public List<OutboxMail> outbox(String candidacyId) {
        return candidacies.stored(candidacyId).outbox();
    }

    /** The personal link a mail carries once sent: derived from its nonce, never stored. */
    public String linkOf(Candidacy candidacy, OutboxMail mail) {
        return links.dossier(candidacy.id(), tokens.token(candidacy.id(), mail.linkNonce()));
    }
}
