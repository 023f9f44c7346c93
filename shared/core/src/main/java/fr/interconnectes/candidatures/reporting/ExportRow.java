package fr.interconnectes.candidatures.reporting;

import fr.interconnectes.candidatures.domain.candidacy.Decision;

import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One dossier of a campaign export, with its jury results. The order of the components is the order of the
 * columns ({@link ExportColumns}); {@code criteria} holds one column per criterion of the grid.
 *
 * <p>Any value may be missing ({@code null}) except {@code candidacyId} and {@code status}: a draft has no
 * receipt, a dossier not yet scored has no rank, score, spread or decision. Numbers are kept exact
 * ({@link BigDecimal}); the writers round score, spread and criterion values to 2 decimals.
 *
 * @param receiptNumber  receipt number (e.g. {@code ARA-2019-L-0042}), {@code null} when never submitted
 * @param candidacyId    the dossier's id
 * @param status         the dossier's status
 * @param organisation   applicant organisation
 * @param kind           applicant kind (commune, EPCI… start-up)
 * @param siren          SIREN, 9 digits
 * @param contactName    contact's name
 * @param contactEmail   contact's e-mail
 * @param contactPhone   contact's phone, E.164 ({@code +33...})
 * @param projectTitle   project title
 * @param summary        project summary
 * @param submittedAt    when the dossier was submitted (written with the offset of the export's zone)
 * @param files          number of files received
 * @param rank           rank in the campaign, {@code null} when not ranked
 * @param score          aggregate score, {@code null} when not scored
 * @param scoresReceived number of jury scores received
 * @param spread         spread of the jury scores, {@code null} when not computed
 * @param criteria       aggregate value per criterion id; a criterion of the grid missing here is empty
 * @param decision       the jury's decision, {@code null} when none yet
 */
public record ExportRow(
        String receiptNumber,
        String candidacyId,
        CandidacyStatus status,
        String organisation,
        OrganisationKind kind,
        String siren,
        String contactName,
        String contactEmail,
        String contactPhone,
        String projectTitle,
        String summary,
        Instant submittedAt,
        int files,
        Integer rank,
        BigDecimal score,
        int scoresReceived,
        BigDecimal spread,
        Map<String, BigDecimal> criteria,
        Decision.Outcome decision) {

    public ExportRow {
        Objects.requireNonNull(candidacyId, "candidacyId");
        Objects.requireNonNull(status, "status");
        // kept in the caller's order; null values allowed (Map.copyOf would reject them)
        criteria = criteria == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
    }

    /**
     * The row of a dossier without jury results: receipt number and submission time from its receipt (the
     * first submission, as on the proof the applicant received), files counted when received.
     */
    public static ExportRow of(Candidacy candidacy) {
        Applicant applicant = candidacy.form() == null ? Applicant.empty() : candidacy.form().applicant();
        Contact contact = applicant.contact();
        var project = candidacy.form() == null ? null : candidacy.form().project();
        var receipt = candidacy.receipt();
        return new ExportRow(
                receipt == null ? null : receipt.number(),
                candidacy.id(),
                candidacy.status(),
                applicant.organisation(),
                applicant.kind(),
                applicant.siren(),
                contact.name(),
                contact.email(),
                contact.phone(),
                project == null ? null : project.title(),
                project == null ? null : project.summary(),
                receipt == null ? null : receipt.submittedAt(),
                candidacy.receivedAttachments().size(),
                null, null, 0, null, Map.of(), candidacy.decision() == null ? null : candidacy.decision().outcome());
    }

    /** The same dossier with jury results. */
    public ExportRow withJury(Integer newRank, BigDecimal newScore, int newScoresReceived, BigDecimal newSpread,
                              Map<String, BigDecimal> newCriteria, Decision.Outcome newDecision) {
        return new ExportRow(receiptNumber, candidacyId, status, organisation, kind, siren, contactName,
                contactEmail, contactPhone, projectTitle, summary, submittedAt, files, newRank, newScore,
                newScoresReceived, newSpread, newCriteria, newDecision);
    }
}
