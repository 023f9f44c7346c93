package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationFields;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.FieldErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The form at its two moments: saved as a draft (what is there must be valid, the minimum to reach the
 * applicant must be there: the request's reader checks it, see {@link ApplicationFormInput}), and submitted
 * (everything the jury grid needs, and at least one file).
 */
public final class ApplicationForms {

    public static final String ATTACHMENTS = "attachments";

    /** Every item a submission still lacks, all at once; empty when the dossier can be submitted. */
    public List<FieldError> missingForSubmission(Candidacy candidacy) {
        List<FieldError> missing = new ArrayList<>();
        Map<String, Object> form = candidacy.form().toMap();
        for (String path : ApplicationFields.requiredToSubmit(candidacy.form().track())) {
            if (isBlank(valueAt(form, path))) {
                missing.add(FieldErrorCode.REQUIRED.at(path));
            }
        }
        if (candidacy.receivedAttachments().isEmpty()) {
            missing.add(new FieldError(ATTACHMENTS, "required", new LocalizedText(
                    "Joignez au moins un fichier (le dossier de candidature).",
                    "Attach at least one file (the application dossier).")));
        }
        return missing;
    }

    /** A submitted dossier stays complete: refuses one that lacks anything, listing all it lacks. */
    public void requireComplete(Candidacy candidacy) {
        List<FieldError> missing = missingForSubmission(candidacy);
        if (!missing.isEmpty()) {
            throw new DomainException(ErrorCode.INCOMPLETE, missing, missing.size());
        }
    }

    /** The dossier as its applicant sees it, with what a submission still lacks. */
    public CandidacyView view(Candidacy candidacy, Campaign campaign) {
        return new CandidacyView(candidacy, campaign, missingForSubmission(candidacy));
    }

    private static Object valueAt(Map<String, Object> map, String path) {
        Object current = map;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> nested)) {
                return null;
            }
            current = nested.get(part);
        }
        return current;
    }

    private static boolean isBlank(Object value) {
        return value == null || (value instanceof String text && text.isBlank());
    }
}
