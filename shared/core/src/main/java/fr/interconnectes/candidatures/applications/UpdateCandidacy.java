package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.dossiers.CandidacyWriter;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The applicant replaces their form (full update). Until the deadline; a submitted dossier stays
 * submitted. With If-Match, a stale version is refused rather than silently overwritten.
 */
public final class UpdateCandidacy {

    private final ApplicantAccess access;
    private final Campaigns campaigns;
    private final ApplicationForms forms;
    private final CandidacyWriter writer;
    private final Clock clock;

    public UpdateCandidacy(ApplicantAccess access, Campaigns campaigns, Candidacies candidacies,
                           ApplicationForms forms, Clock clock) {
        this.access = access;
        this.campaigns = campaigns;
        this.forms = forms;
        this.writer = new CandidacyWriter(candidacies);
        this.clock = clock;
    }

    public CandidacyView execute(String candidacyId, String authorization, OptionalLong ifMatch, String body) {
        var opened = CandidacyRules.openForWrite(access, campaigns, candidacyId, authorization, clock);
        Instant now = opened.receivedAt();
        Candidacy loaded = opened.candidacy();
        Campaign campaign = opened.campaign();
        ApplicationForm form = forms.parseDraft(body, campaign.track());
        Candidacy stored = writer.apply(loaded, current -> {
            CandidacyRules.requireEditable(current);
            if (ifMatch.isPresent() && ifMatch.getAsLong() != current.version()) {
                throw new DomainException(ErrorCode.PRECONDITION_FAILED, current.version());
            }
            if (current.status() == fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus.SUBMITTED) {
                var missing = forms.missingForSubmission(current.withForm(form, now));
                if (!missing.isEmpty()) {
                    // a submitted dossier must stay complete: edits may not remove what it was accepted with
                    throw new DomainException(ErrorCode.INCOMPLETE, missing, missing.size());
                }
            }
            return current.withForm(form, now);
        });
        return new CandidacyView(stored, campaign, forms.missingForSubmission(stored));
    }
}
