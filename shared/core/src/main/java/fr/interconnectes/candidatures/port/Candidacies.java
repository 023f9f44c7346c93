package fr.interconnectes.candidatures.port;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.DossierTally;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where dossiers are kept. Every write is a single-item conditional write: all of it happens or none. */
public interface Candidacies {

    Optional<Candidacy> find(String candidacyId);

    /** The dossier, or a 404 {@code candidacy_not_found} (also for an id that cannot be one). */
    default Candidacy require(String candidacyId) {
        if (candidacyId == null || candidacyId.isBlank()) {
            throw new DomainException(ErrorCode.CANDIDACY_NOT_FOUND);
        }
        return find(candidacyId).orElseThrow(() -> new DomainException(ErrorCode.CANDIDACY_NOT_FOUND));
    }

    /** Stores a new dossier; false when one with this id already exists (nothing is written then). */
    boolean create(Candidacy candidacy);

    /**
     * Replaces the dossier if it is still at {@code candidacy.revision()}; returns it at its new revision.
     *
     * @throws StaleRevision when another write came first (nothing is written then)
     */
    Candidacy update(Candidacy candidacy);

    /**
     * {@link #update(Candidacy)} knowing the dossier as stored at {@code changed.revision()}, which spares a store
     * that keeps counters ({@link #tally}) reading it again.
     */
    default Candidacy update(Candidacy stored, Candidacy changed) {
        return update(changed);
    }

    /** The dossiers of a campaign whose contact e-mail is {@code email} (case-insensitive). */
    List<Candidacy> findByContactEmail(String campaignId, String email);

    /** Every dossier of a campaign, whatever its status. */
    List<Candidacy> findByCampaign(String campaignId);

    /** Dossiers of a campaign in a status, oldest first. */
    List<Candidacy> findByStatus(String campaignId, CandidacyStatus status);

    /**
     * At most {@code limit} dossiers of the listing, in its order, after {@code after} (the {@link DossierListing.Slice#next}
     * of the previous page, {@code null} for the first). Reads only the page, through indexes.
     */
    DossierListing.Slice list(DossierListing listing, int limit, String after);

    /** How many dossiers the listing holds. */
    long count(DossierListing listing);

    /**
     * The sum of the campaign's dossiers' {@link DossierTally}s, kept up to date after every write: by the write
     * itself, or (where the store counts from its change stream) by {@link #countWritten} a second or so later.
     */
    DossierTally tally(String campaignId);

    /**
     * Brings the campaign's counters up to date with the dossier as stored now (nothing for one no longer there).
     * Idempotent and ordered by revision: a dossier counted twice, or after a later write, is counted once.
     */
    void countWritten(String candidacyId);

    /** Dossiers holding a mail to send that is due at {@code now}, at most {@code limit}. */
    List<Candidacy> withMailDue(Instant now, int limit);

    /**
     * A page of a campaign's dossiers in a stable order (the order of the campaign index: status, creation, id), the
     * dossiers after {@code cursor} ({@code null}: from the start); a job that stops between two pages goes on from
     * the page's {@code next} cursor. The order holds while the dossiers keep their status, as an erasure does.
     */
    Page page(String campaignId, String cursor, int limit);

    /** Dossiers whose erasure is still pending (something could not be erased yet), at most {@code limit}. */
    List<Candidacy> withErasurePending(int limit);

    /** @param next where the following page starts, {@code null} after the last page */
    record Page(List<Candidacy> items, String next) {

        public Page {
            items = List.copyOf(items);
        }
    }

    class StaleRevision extends RuntimeException {
        public StaleRevision(String candidacyId) {
            super("candidacy " + candidacyId + " changed meanwhile");
        }
    }
}
