package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.notifications.ApplicantNotifier;
import fr.interconnectes.candidatures.port.Campaigns;
import java.time.Clock;
import java.time.Instant;

/** The applicant withdraws their dossier, even after the deadline; they are told so by mail. */
public record WithdrawCandidacy(ApplicantAccess access, Campaigns campaigns, CandidacyWriter writer,
                                ApplicationForms forms, ApplicantNotifier notifier, Clock clock) {

    public CandidacyView execute(String candidacyId, String authorization) {
        return execute(candidacyId, authorization, ReceivedAt.UNKNOWN);
    }

    public CandidacyView execute(String candidacyId, String authorization, ReceivedAt received) {
        var opened = CandidacyRules.open(access, campaigns, candidacyId, authorization, received, clock);
        Instant now = opened.receivedAt();
        Campaign campaign = opened.campaign();
        if (opened.candidacy().status() == CandidacyStatus.EXPIRED) {
            throw new DomainException(ErrorCode.CANDIDACY_EXPIRED);
        }
        Candidacy stored = writer.apply(opened.candidacy(), current -> current.status() == CandidacyStatus.WITHDRAWN
                ? current : notifier.withdrawal(campaign, current.withdrawn(now), now));
        return forms.view(notifier.deliver(stored), campaign);
    }
}
