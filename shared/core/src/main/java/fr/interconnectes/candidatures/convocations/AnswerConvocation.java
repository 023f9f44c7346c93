package fr.interconnectes.candidatures.convocations;

import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.applications.ApplicationForms;
import fr.interconnectes.candidatures.applications.CandidacyRules;
import fr.interconnectes.candidatures.applications.ReceivedAt;
import fr.interconnectes.candidatures.applications.CandidacyView;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Convocation;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.port.Campaigns;
import java.time.Clock;
import java.time.Instant;

/**
 * The applicant confirms they will come to their audition, or declines, with an optional note, with their dossier's
 * link. Answering again replaces the answer. Refused without a convocation (404 {@code not_convened}), once it is
 * cancelled (409 {@code convocation_cancelled}), for a dossier no longer submitted (409 {@code candidacy_withdrawn}).
 */
public record AnswerConvocation(ApplicantAccess access, Campaigns campaigns, CandidacyWriter writer,
                                ApplicationForms forms, Clock clock) {

    /** The applicant's answer, read and checked by the http module. */
    public record Answer(Convocation.Attendance attendance, String note) {
    }

    public CandidacyView execute(String candidacyId, String authorization, Answer answer) {
        var opened = CandidacyRules.open(access, campaigns, candidacyId, authorization, ReceivedAt.UNKNOWN, clock);
        Instant now = opened.receivedAt();
        Candidacy stored = writer.apply(opened.candidacy(), current -> {
            CandidacyRules.requireEditable(current);
            if (current.status() != CandidacyStatus.SUBMITTED) {
                throw new DomainException(ErrorCode.NOT_SUBMITTED);
            }
            Convocation convocation = current.convocation();
            if (convocation == null) {
                throw new DomainException(ErrorCode.NOT_CONVENED);
            }
            if (convocation.cancelled()) {
                throw new DomainException(ErrorCode.CONVOCATION_CANCELLED);
            }
            return current.withConvocation(convocation.answered(answer.attendance(), answer.note(), now));
        });
        return forms.view(stored, opened.campaign());
    }
}
