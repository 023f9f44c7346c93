package fr.interconnectes.candidatures.testing;

import static org.assertj.core.api.Assertions.catchThrowable;

import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.applications.ApplicationForms;
import fr.interconnectes.candidatures.applications.CreateCandidacy;
import fr.interconnectes.candidatures.applications.GetCandidacy;
import fr.interconnectes.candidatures.selectionday.DeclareAvailability;
import fr.interconnectes.candidatures.applications.GrantExtension;
import fr.interconnectes.candidatures.applications.UpdateCandidacy;
import fr.interconnectes.candidatures.attachments.CompleteUpload;
import fr.interconnectes.candidatures.attachments.DeleteAttachment;
import fr.interconnectes.candidatures.attachments.RequestUpload;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The applicant's use cases (and the organiser's extension of a deadline) on in-memory ports, during the ARA
 * 2019 call. One per test: every use case it builds shares its stores and its clock, so a test reads back what
 * its calls wrote.
 */
public final class ApplicantUseCases {

    /** The access token of the dossiers stored with {@link #draft}. */
    public static final String TOKEN = "token-of-the-applicant";
    /** The Authorization header that opens them. */
    public static final String BEARER = "Bearer " + TOKEN;

    private final TestClock clock = new TestClock(Fixtures.DURING_CALL);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(Fixtures.labelCampaign(),
            Fixtures.startupCampaign(), Fixtures.nationalLabelCampaign());
    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys();
    private final InMemoryFileStore files = new InMemoryFileStore(Fixtures.DURING_CALL);
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final ApplicationForms forms = new ApplicationForms();
    private final InMemoryAvailabilities availabilities = new InMemoryAvailabilities();
    private final InMemorySelectionDays selectionDays = new InMemorySelectionDays();
    private final RecordingMetrics metrics = new RecordingMetrics();

    /** What the use cases counted. */
    public RecordingMetrics metrics() {
        return metrics;
    }

    public TestClock clock() {
        return clock;
    }

    public InMemoryCampaigns campaigns() {
        return campaigns;
    }

    public InMemoryCandidacies candidacies() {
        return candidacies;
    }

    public InMemoryIdempotencyKeys idempotencyKeys() {
        return idempotencyKeys;
    }

    public InMemoryFileStore files() {
        return files;
    }

    public InMemoryAuditLog auditLog() {
        return auditLog;
    }

    public InMemoryAvailabilities availabilities() {
        return availabilities;
    }

    public InMemorySelectionDays selectionDays() {
        return selectionDays;
    }

    public DeclareAvailability declareAvailability() {
        return new DeclareAvailability(access(), campaigns, selectionDays, availabilities, clock);
    }

    public ApplicantAccess access() {
        return new ApplicantAccess(candidacies);
    }

    public CreateCandidacy createCandidacy() {
        return new CreateCandidacy(campaigns, candidacies, idempotencyKeys, Fixtures.tokens(), clock, metrics);
    }

    public UpdateCandidacy updateCandidacy() {
        return new UpdateCandidacy(access(), campaigns, new CandidacyWriter(candidacies), forms, clock, metrics);
    }

    public GetCandidacy getCandidacy() {
        return new GetCandidacy(access(), campaigns, forms, availabilities);
    }

    public RequestUpload requestUpload() {
        return new RequestUpload(access(), campaigns, new CandidacyWriter(candidacies), files, clock, metrics);
    }

    public CompleteUpload completeUpload() {
        return new CompleteUpload(access(), campaigns, new CandidacyWriter(candidacies), files, clock, metrics);
    }

    public DeleteAttachment deleteAttachment() {
        return new DeleteAttachment(access(), campaigns, new CandidacyWriter(candidacies), files, forms, clock);
    }

    public GrantExtension grantExtension() {
        return new GrantExtension(campaigns, new CandidacyWriter(candidacies), new Audit(auditLog, clock), clock);
    }

    /** Stores a bare draft of the ARA label campaign, opened by {@link #TOKEN}. */
    public Candidacy draft(String candidacyId) {
        return candidacies.put(Fixtures.draft(candidacyId, Fixtures.LABEL_CAMPAIGN,
                Fixtures.bareLabelForm("mairie@annecy.fr"), TOKEN, Fixtures.DURING_CALL));
    }

    /** Stores {@code candidacy} as it is, as if written earlier. */
    public Candidacy store(Candidacy candidacy) {
        return candidacies.put(candidacy);
    }

    /** The refusal {@code call} ends with; fails the test when it ends otherwise. */
    public static DomainException refusal(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        if (thrown instanceof DomainException refusal) {
            return refusal;
        }
        throw new AssertionError("expected a refusal, got " + thrown, thrown);
    }
}
