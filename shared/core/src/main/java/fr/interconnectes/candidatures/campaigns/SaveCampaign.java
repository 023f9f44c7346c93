package fr.interconnectes.candidatures.campaigns;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.port.Campaigns;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Organisers create or update a campaign (dates, zone, grid, limits, selection day), or start a new
 * edition by copying one. Regional organisers only within their region.
 */
public record SaveCampaign(Campaigns campaigns, Audit audit, Clock clock) {

    public record Saved(CampaignView campaign, boolean created) {
    }

    /** A new edition of {@code sourceId}, stored as {@code newId} (a valid campaign id). */
    public record Copy(String sourceId, String newId, int edition) {
    }

    /** @param campaign the campaign as the organiser defined it, its id included */
    public Saved save(Principal caller, Campaign campaign) {
        if (!caller.has(Role.ORGANISER) && !caller.has(Role.REGIONAL_ORGANISER)) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        Optional<Campaign> existing = campaigns.find(campaign.id());
        existing.ifPresent(c -> AdminAccess.requireOrganiser(caller, c));
        AdminAccess.requireOrganiser(caller, campaign);
        campaigns.save(campaign);
        audit.record(caller, campaign.id(), null, existing.isPresent() ? "campaign_updated" : "campaign_created");
        return new Saved(new CampaignView(campaign, campaign.statusAt(clock.instant())), existing.isEmpty());
    }

    /** A new edition from a previous one: same grid, limits, reminders and calendar, shifted by whole years. */
    public Saved copy(Principal caller, Copy request) {
        Campaign source = campaigns.require(request.sourceId());
        AdminAccess.requireOrganiser(caller, source);
        if (campaigns.find(request.newId()).isPresent()) {
            throw new DomainException(ErrorCode.CAMPAIGN_EXISTS, request.newId());
        }
        int years = request.edition() - source.edition();
        ZoneId zone = source.timeZone();
        String oldEdition = Integer.toString(source.edition());
        String edition = Integer.toString(request.edition());
        var title = new LocalizedText(
                source.title().fr().replace(oldEdition, edition),
                source.title().en() == null ? null : source.title().en().replace(oldEdition, edition));
        var selection = source.regionalSelection() == null ? null : new RegionalSelection(
                source.regionalSelection().date().plusYears(years), source.regionalSelection().place(),
                source.regionalSelection().presentationMinutes(), source.regionalSelection().questionMinutes());
        Campaign copy = new Campaign(request.newId(), title, source.region(), source.track(), request.edition(),
                shift(source.opensAt(), zone, years), shift(source.closesAt(), zone, years), zone, selection,
                source.criteria(), source.uploadLimits(), source.retention(), source.reminderOffsets());
        campaigns.save(copy);
        audit.record(caller, request.newId(), null, "campaign_copied", "from", request.sourceId());
        return new Saved(new CampaignView(copy, copy.statusAt(clock.instant())), true);
    }

    /** Same local time in the campaign's zone, so "23:59:59.999 Paris time" stays so across DST. */
    private static Instant shift(Instant instant, ZoneId zone, int years) {
        return instant.atZone(zone).plusYears(years).toInstant();
    }
}
