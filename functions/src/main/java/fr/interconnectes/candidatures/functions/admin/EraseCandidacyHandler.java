package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.privacy.PrivacyJson;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.privacy.DossierErasure;
import fr.interconnectes.candidatures.privacy.EraseCandidacy;
import fr.interconnectes.candidatures.privacy.LinkedDossiers;
import java.time.Clock;

/**
 * {@code POST /admin/candidacies/{candidacyId}/erase} {@code {"reason", "force"}}: an organiser erases the
 * dossier's personal data at its applicant's request, at once (200), or as far as the services allow (202, the
 * rest left to the retention job).
 */
public final class EraseCandidacyHandler extends AdminFunction {

    private final EraseCandidacy eraseCandidacy;

    /** On Lambda: dossiers, jury records and the audit log in DynamoDB, the files in S3. */
    public EraseCandidacyHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private EraseCandidacyHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.juryRecords(), aws.fileStore(), aws.auditLog(), aws.clock());
    }

    public EraseCandidacyHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords, FileStore files,
                                 AuditLog auditLog, Clock clock) {
        Audit audit = new Audit(auditLog, clock);
        this.eraseCandidacy = new EraseCandidacy(campaigns, candidacies, new LinkedDossiers(campaigns, candidacies),
                new DossierErasure(new CandidacyWriter(candidacies), juryRecords, files, audit, clock), audit, clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return PrivacyJson.erased(eraseCandidacy.execute(caller, PrivacyJson.eraseCommand(request)));
    }
}
