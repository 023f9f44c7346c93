package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.applications.ApplicantPorts;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import java.time.Instant;
import java.util.List;

/**
 * The in-memory adapters of the use cases that mail applicants, in the ports records the handlers build from real
 * ones: the ARA 2019 campaigns, dossiers, a recording mailer, a test clock and {@link PlainMailTemplates}.
 */
public record MailTestBench(TestClock clock, InMemoryCampaigns campaigns, InMemoryCandidacies candidacies,
                            InMemoryReceiptCounters counters, InMemoryAuditLog auditLog, RecordingMailer mailer,
                            PlainMailTemplates templates, AccessTokens tokens, DossierLinks links) {

    public static MailTestBench at(Instant now) {
        return new MailTestBench(new TestClock(now),
                new InMemoryCampaigns(Fixtures.labelCampaign(), Fixtures.startupCampaign(),
                        Fixtures.otherRegionCampaign(), Fixtures.nationalLabelCampaign()),
                new InMemoryCandidacies(), new InMemoryReceiptCounters(), new InMemoryAuditLog(),
                new RecordingMailer(), new PlainMailTemplates(), Fixtures.tokens(),
                new DossierLinks(Fixtures.PUBLIC_BASE_URL));
    }

    public ApplicantPorts applicantPorts() {
        return new ApplicantPorts(campaigns, candidacies, new InMemoryIdempotencyKeys(), counters,
                new InMemoryFileStore(clock.instant()), mailer, tokens, links, templates, clock);
    }

    public AdminPorts adminPorts() {
        return new AdminPorts(campaigns, candidacies, new InMemoryJuryRecords(), auditLog, counters,
                new InMemoryFileStore(clock.instant()), mailer, tokens, links, templates, clock);
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
