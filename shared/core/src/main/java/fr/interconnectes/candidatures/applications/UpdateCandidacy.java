package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.port.Metrics;
import fr.interconnectes.candidatures.port.Metric;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.port.Campaigns;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The applicant replaces their form (full update). Until the deadline; a submitted dossier stays
 * submitted. With If-Match, a stale version is refused rather than silently overwritten.
 */
public record UpdateCandidacy(ApplicantAccess access, Campaigns campaigns, CandidacyWriter writer,
                              ApplicationForms forms, Clock clock, Metrics metrics) {

    /**
     * @param authorization   the Authorization header, for {@link ApplicantAccess}
     * @param expectedVersion the version the applicant last read (If-Match), or empty to overwrite whatever is there
     * @param form            the form as sent, read once the campaign's track is known
     */
    public record Command(String candidacyId, String authorization, OptionalLong expectedVersion,
                          ApplicationFormInput form, ReceivedAt received) {

        public Command {
            Objects.requireNonNull(expectedVersion, "expectedVersion");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(received, "received");
        }

        /** A command with no receipt time: the function's clock decides. */
        public Command(String candidacyId, String authorization, OptionalLong expectedVersion, ApplicationFormInput form) {
            this(candidacyId, authorization, expectedVersion, form, ReceivedAt.UNKNOWN);
        }
    }

    public CandidacyView execute(Command command) {
        return Deadlines.counted(metrics, Metric.DeadlineRefused.Operation.UPDATE, () -> update(command));
    }

    private CandidacyView update(Command command) {
        var opened = CandidacyRules.openForWrite(access, campaigns, command.candidacyId(), command.authorization(),
                command.received(), clock);
        Instant now = opened.receivedAt();
        ApplicationForm form = command.form().readFor(opened.campaign().track());
        OptionalLong expectedVersion = command.expectedVersion();
        Candidacy stored = writer.apply(opened.candidacy(), current -> {
            CandidacyRules.requireEditable(current);
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
                throw new DomainException(ErrorCode.PRECONDITION_FAILED, current.version());
            }
            Candidacy updated = current.withForm(form, now);
            if (current.status() == CandidacyStatus.SUBMITTED) {
                // a submitted dossier must stay complete: edits may not remove what it was accepted with
                forms.requireComplete(updated);
            }
            return updated;
        });
        return forms.view(stored, opened.campaign());
    }
}
