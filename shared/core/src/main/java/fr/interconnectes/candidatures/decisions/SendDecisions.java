package fr.interconnectes.candidatures.decisions;

import fr.interconnectes.candidatures.port.Metric;
import fr.interconnectes.candidatures.port.Metrics;
import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.dossiers.Dossiers;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.FieldErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.notifications.ApplicantNotifier;
import fr.interconnectes.candidatures.notifications.MailFormats;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.ReceiptCounters;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells applicants the jury's decision, in bulk. For each submitted dossier whose decision is pending, one
 * conditional write marks the decision notified and records the decision mail in the dossier's outbox: a second
 * call, or a concurrent one, finds the decision notified and records nothing (its write on the same revision
 * fails, and the fresh read shows the decision sent), so each applicant gets one mail, never two.
 *
 * <p>With a national campaign, each finalist whose decision was sent is carried into it once: the national
 * dossier's id is derived from both ids, so a concurrent call cannot create a second one (at worst it draws a
 * national receipt number that stays unused).
 *
 * <p>Mails are then sent for as long as {@code deliveryBudget} allows; the rest stay pending for the retry job.
 */
public record SendDecisions(Campaigns campaigns, Candidacies candidacies, CandidacyWriter writer,
                            ReceiptCounters counters, ApplicantNotifier notifier, Audit audit, Clock clock,
                            Duration deliveryBudget, Metrics metrics) {

    private static final System.Logger LOG = System.getLogger(SendDecisions.class.getName());
    /** Longest national forum text, in characters. */
    public static final int MAX_FORUM = 500;
    public static final Duration DEFAULT_DELIVERY_BUDGET = Duration.ofSeconds(10);

    /** One finalist carried into the national campaign by this call. */
    public record Carried(String candidacyId, String nationalCandidacyId, String receiptNumber) {
    }

    /**
     * What this call did.
     *
     * @param mailsRecorded decisions told by this call (one mail each)
     * @param mailsSent     of those, mails already sent; the others are left to the retry job
     * @param alreadySent   dossiers whose decision had been sent before (nothing recorded again)
     * @param undecided     submitted dossiers without a decision (nothing sent)
     * @param skipped       finalists already in the national campaign
     * @param failed        dossiers changed again and again meanwhile: call again to finish them
     */
    public record Result(Campaign campaign, Campaign national, int mailsRecorded, int mailsSent, int alreadySent,
                         int undecided, List<Carried> carried, int skipped, List<String> failed) {

        public Result {
            carried = List.copyOf(carried);
            failed = List.copyOf(failed);
        }
    }

    /**
     * @param nationalCampaignId optional: where finalists go on to (same track)
     * @param nationalForum      optional: written in finalists' mail; by default the national campaign's title,
     *                           date and place, when one is given
     */
    public Result execute(Principal caller, String campaignId, String nationalCampaignId, String nationalForum) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        String forum = nationalForum == null || nationalForum.isBlank() ? null : nationalForum.strip();
        if (forum != null && forum.codePointCount(0, forum.length()) > MAX_FORUM) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    List.of(FieldErrorCode.TOO_LONG.at("nationalForum", String.valueOf(MAX_FORUM))));
        }
        Campaign national = nationalCampaignId == null || nationalCampaignId.isBlank() ? null
                : nationalCampaign(caller, campaign, campaigns.require(nationalCampaignId.strip()));
        Set<String> alreadyCarried = new HashSet<>();
        if (national != null) {
            candidacies.findByCampaign(national.id()).stream()
                    .map(Candidacy::originCandidacyId)
                    .filter(id -> id != null)
                    .forEach(alreadyCarried::add);
        }

        Instant now = clock.instant();
        int alreadySent = 0;
        int undecided = 0;
        int skipped = 0;
        List<Candidacy> toDeliver = new ArrayList<>();
        List<String> recordedMails = new ArrayList<>();
        List<Carried> carried = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<Candidacy> submitted = candidacies.findByStatus(campaign.id(), CandidacyStatus.SUBMITTED).stream()
                .sorted(Dossiers.BY_RECEIPT)
                .toList();
        for (Candidacy listed : submitted) {
            // the index may lag: read the dossier itself
            Optional<Candidacy> fresh = candidacies.find(listed.id());
            if (fresh.isEmpty() || fresh.get().status() != CandidacyStatus.SUBMITTED) {
                continue;
            }
            if (fresh.get().erased()) {
                continue; // erased on request during the selection: nobody left to tell, nothing to carry
            }
            Candidacy dossier = fresh.get();
            if (dossier.decision() == null) {
                undecided++;
                continue;
            }
            String mailId = null;
            Candidacy stored = dossier;
            try {
                if (dossier.decision().pending()) {
                    String[] recorded = {null};
                    stored = writer.apply(dossier, current -> {
                        recorded[0] = null;
                        if (current.status() != CandidacyStatus.SUBMITTED || current.decision() == null
                                || !current.decision().pending()) {
                            return current;
                        }
                        String forumText = forum != null ? forum : defaultForum(national, current.form().language());
                        Candidacy told = notifier.decision(campaign,
                                current.withDecision(current.decision().notified(now)), forumText, now);
                        recorded[0] = ApplicantNotifier.lastMailId(told);
                        return told;
                    });
                    mailId = recorded[0];
                }
            } catch (DomainException e) {
                if (e.code() != ErrorCode.CONCURRENT_MODIFICATION) {
                    throw e;
                }
                LOG.log(Level.WARNING, "decision not sent, dossier busy", "candidacyId", dossier.id());
                failed.add(dossier.id());
                continue;
            }
            if (mailId != null) {
                recordedMails.add(mailId);
                toDeliver.add(stored);
            } else if (stored.decision() != null && !stored.decision().pending()) {
                alreadySent++;
            }

            Carried carriedNow = null;
            boolean finalist = stored.decision() != null && !stored.decision().pending()
                    && stored.decision().outcome() == Decision.Outcome.FINALIST
                    && stored.status() == CandidacyStatus.SUBMITTED;
            if (national != null && finalist) {
                carriedNow = carry(stored, national, alreadyCarried, now).orElse(null);
                if (carriedNow == null) {
                    skipped++;
                } else {
                    carried.add(carriedNow);
                    audit.record(caller, national.id(), carriedNow.nationalCandidacyId(), "candidacy.carried_in",
                            "originCampaignId", campaign.id(), "originCandidacyId", stored.id(),
                            "receiptNumber", carriedNow.receiptNumber());
                }
            }
            if (mailId != null || carriedNow != null) {
                audit.record(caller, campaign.id(), stored.id(), mailId != null ? "decision.sent" : "candidacy.carried",
                        auditDetails(stored, mailId, national, carriedNow));
            }
        }

        metrics.record(new Metric.DecisionsSent(recordedMails.size()));
        int sent = notifier.deliverWithin(deliveryBudget, toDeliver, recordedMails);
        LOG.log(Level.INFO, "decisions sent", "campaignId", campaign.id(), "mailsRecorded", recordedMails.size(),
                "mailsSent", sent, "carried", carried.size(), "skipped", skipped, "failed", failed.size());
        return new Result(campaign, national, recordedMails.size(), sent, alreadySent, undecided, carried, skipped,
                failed);
    }

    /**
     * The campaign finalists are carried into: another campaign, the national round (region {@code FR}) of the same
     * track and edition. Whoever organises the regional campaign may feed its finalists into that round, and only
     * into it: a regional campaign, of another region or not, is never a target (a regional organiser naming one
     * outside their region is refused as out of region, before anything is said about it).
     */
    private static Campaign nationalCampaign(Principal caller, Campaign campaign, Campaign national) {
        if (national.id().equals(campaign.id())) {
            throw invalidNational(new LocalizedText("La campagne nationale doit être une autre campagne que celle-ci.",
                    "The national campaign must be another campaign than this one."), "same_campaign");
        }
        if (!national.region().national()) {
            AdminAccess.requireOrganiser(caller, national);
            throw new DomainException(ErrorCode.NOT_NATIONAL_ROUND, national.id());
        }
        if (national.track() != campaign.track()) {
            throw invalidNational(new LocalizedText(
                    "La campagne nationale doit porter sur le même appel (" + campaign.track().code() + ").",
                    "The national campaign must be of the same track (" + campaign.track().code() + ")."),
                    "track_mismatch");
        }
        if (national.edition() != campaign.edition()) {
            throw invalidNational(new LocalizedText(
                    "La campagne nationale doit être celle de la même édition (" + campaign.edition() + ").",
                    "The national campaign must be of the same edition (" + campaign.edition() + ")."),
                    "edition_mismatch");
        }
        return national;
    }

    private static DomainException invalidNational(LocalizedText message, String code) {
        return new DomainException(ErrorCode.VALIDATION_FAILED, List.of(new FieldError("nationalCampaignId", code, message)));
    }

    /** The mail the notifier just recorded: a new mail goes last, only mails already sent make room. */
    /** « Label Territoires Innovants 2027 – finale nationale, jeudi 2 décembre 2027, Lyon », when known. */
    static String defaultForum(Campaign national, Language language) {
        if (national == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(national.title().in(language));
        var selection = national.regionalSelection();
        if (selection != null && selection.date() != null) {
            text.append(", ").append(MailFormats.date(selection.date(), language));
            if (selection.place() != null && !selection.place().isBlank()) {
                text.append(", ").append(selection.place().strip());
            }
        }
        return text.toString();
    }

    /** Creates the national dossier unless it exists; empty when it did. */
    private Optional<Carried> carry(Candidacy regional, Campaign national, Set<String> alreadyCarried, Instant now) {
        String nationalId = nationalCandidacyId(national.id(), regional.id());
        if (alreadyCarried.contains(regional.id()) || candidacies.find(nationalId).isPresent()) {
            return Optional.empty();
        }
        String number = Receipt.number(national.region().code(), national.edition(), national.track().receiptLetter(),
                counters.next(national.id()));
        boolean created = candidacies.create(regional.carriedInto(nationalId, national.id(), new Receipt(number, now), now));
        if (!created) {
            LOG.log(Level.INFO, "finalist carried meanwhile by another call", "candidacyId", regional.id(),
                    "unusedReceipt", number);
            return Optional.empty();
        }
        alreadyCarried.add(regional.id());
        return Optional.of(new Carried(regional.id(), nationalId, number));
    }

    /** The same for every call: a second carry of the same dossier into the same campaign hits the same item. */
    public static String nationalCandidacyId(String nationalCampaignId, String regionalCandidacyId) {
        byte[] digest = AccessTokens.sha256((nationalCampaignId + "\n" + regionalCandidacyId).getBytes(StandardCharsets.UTF_8));
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        return "c" + encoded.substring(0, 16).replace('-', 'x').replace('_', 'z');
    }

    private static Object[] auditDetails(Candidacy stored, String mailId, Campaign national, Carried carried) {
        List<Object> details = new ArrayList<>(List.of("outcome", stored.decision().outcome().code()));
        if (mailId != null) {
            details.addAll(List.of("mailId", mailId));
        }
        if (carried != null) {
            details.addAll(List.of("nationalCampaignId", national.id(), "nationalCandidacyId",
                    carried.nationalCandidacyId(), "nationalReceipt", carried.receiptNumber()));
        }
        return details.toArray();
    }
}
