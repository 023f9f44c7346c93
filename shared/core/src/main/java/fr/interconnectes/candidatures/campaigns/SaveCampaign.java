package fr.interconnectes.candidatures.campaigns;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.campaigns.CampaignView;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Organisers create or update a campaign (dates, zone, grid, limits, selection day), or start a new
 * edition by copying one. Regional organisers only within their region.
 */
public final class SaveCampaign {

    private final Campaigns campaigns;
    private final Audit audit;
    private final Clock clock;

    public SaveCampaign(Campaigns campaigns, Audit audit, Clock clock) {
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    public record Saved(CampaignView campaign, boolean created) {
    }

    public Saved save(Principal caller, String campaignId, String body) {
        if (!caller.has(Role.ORGANISER) && !caller.has(Role.REGIONAL_ORGANISER)) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        Campaign campaign = CampaignDefinitionParser.parse(campaignId, body);
        Optional<Campaign> existing = campaigns.find(campaignId);
        existing.ifPresent(c -> AdminAccess.requireOrganiser(caller, c));
        AdminAccess.requireOrganiser(caller, campaign);
        campaigns.save(campaign);
        audit.record(caller, campaignId, null, existing.isPresent() ? "campaign_updated" : "campaign_created");
        return new Saved(new CampaignView(campaign, campaign.statusAt(clock.instant())), existing.isEmpty());
    }

    /** A new edition from a previous one: same grid, limits and calendar, shifted by whole years. */
    public Saved copy(Principal caller, String sourceId, String newId, int newEdition) {
        Campaign source = campaigns.require(sourceId);
        AdminAccess.requireOrganiser(caller, source);
        if (newId == null || !CampaignDefinitionParser.CAMPAIGN_ID.matcher(newId).matches()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, java.util.List.of(new fr.interconnectes.candidatures.domain.FieldError(
                    "id", "invalid_id", new fr.interconnectes.candidatures.domain.LocalizedText(
                    "Identifiant : 3 à 64 caractères, minuscules, chiffres et tirets.",
                    "Id: 3 to 64 characters, lower-case letters, digits and dashes."))));
        }
        if (campaigns.find(newId).isPresent()) {
            throw new DomainException(ErrorCode.CAMPAIGN_EXISTS, newId);
        }
        int years = newEdition - source.edition();
        var zone = source.timeZone();
        String oldEdition = Integer.toString(source.edition());
        String edition = Integer.toString(newEdition);
        var title = new fr.interconnectes.candidatures.domain.LocalizedText(
                source.title().fr().replace(oldEdition, edition),
                source.title().en() == null ? null : source.title().en().replace(oldEdition, edition));
        var selection = source.regionalSelection() == null ? null : new fr.interconnectes.candidatures.domain.RegionalSelection(
                source.regionalSelection().date().plusYears(years), source.regionalSelection().place(),
                source.regionalSelection().presentationMinutes(), source.regionalSelection().questionMinutes());
        Campaign copy = new Campaign(newId, title, source.region(), source.track(), newEdition,
                shift(source.opensAt(), zone, years), shift(source.closesAt(), zone, years), zone, selection,
                source.criteria(), source.uploadLimits());
        campaigns.save(copy);
        audit.record(caller, newId, null, "campaign_copied", "from", sourceId);
        return new Saved(new CampaignView(copy, copy.statusAt(clock.instant())), true);
    }

    /** Same local time in the campaign's zone, so "23:59:59.999 Paris time" stays so across DST. */
    private static java.time.Instant shift(java.time.Instant instant, java.time.ZoneId zone, int years) {
        ZonedDateTime local = instant.atZone(zone);
        return local.plusYears(years).toInstant();
    }
}
