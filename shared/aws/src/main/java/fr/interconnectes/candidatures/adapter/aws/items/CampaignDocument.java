package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Criterion;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Region;
import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.domain.ReminderOffset;
import fr.interconnectes.candidatures.domain.RetentionPolicy;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.UploadLimits;
import java.util.List;

/** The campaign document of a campaign item ({@code data}); the track and file types by their names. */
final class CampaignDocument {

    private static final Fields CAMPAIGN = Fields.of("campaign", "id", "title", "region", "track", "edition",
            "opensAt", "closesAt", "timeZone", "regionalSelection", "criteria", "uploadLimits", "retention",
            "reminderOffsets");
    private static final Fields RETENTION = Fields.of("retention", "unfiledMonths", "notSelectedMonths",
            "finalistMonths");
    private static final Fields TEXT = Fields.of("localized text", "fr", "en");
    private static final Fields REGION = Fields.of("region", "code", "name");
    static final Fields SELECTION = Fields.of("regional selection", "date", "place", "presentationMinutes",
            "questionMinutes");
    private static final Fields CRITERION = Fields.of("criterion", "id", "label", "scaleMin", "scaleMax", "weight");
    private static final Fields UPLOAD_LIMITS = Fields.of("upload limits", "maxFileBytes", "maxFiles",
            "allowedTypes");

    private CampaignDocument() {
    }

    static String write(Campaign campaign) {
        return DocumentWriter.of(CAMPAIGN)
                .text("id", campaign.id())
                .object("title", campaign.title(), CampaignDocument::text)
                .object("region", campaign.region(), CampaignDocument::region)
                .byName("track", campaign.track())
                .number("edition", campaign.edition())
                .instant("opensAt", campaign.opensAt())
                .instant("closesAt", campaign.closesAt())
                .zone("timeZone", campaign.timeZone())
                .object("regionalSelection", campaign.regionalSelection(), CampaignDocument::selection)
                .objects("criteria", campaign.criteria(), CampaignDocument::criterion)
                .object("uploadLimits", campaign.uploadLimits(), CampaignDocument::uploadLimits)
                .object("retention", campaign.retention().equals(RetentionPolicy.DEFAULTS) ? null : campaign.retention(),
                        CampaignDocument::retention)
                .codes("reminderOffsets", campaign.reminderOffsets().equals(ReminderOffset.DEFAULTS) ? null
                        : campaign.reminderOffsets(), ReminderOffset::code)
                .render();
    }

    static Campaign read(String json, String what) {
        DocumentReader campaign = DocumentReader.parse(json, CAMPAIGN, what);
        return new Campaign(
                campaign.text("id"),
                campaign.object("title", TEXT, CampaignDocument::text),
                campaign.object("region", REGION, CampaignDocument::region),
                campaign.byName("track", Track.values()),
                campaign.requiredInt("edition"),
                campaign.instant("opensAt"),
                campaign.instant("closesAt"),
                campaign.zone("timeZone"),
                campaign.object("regionalSelection", SELECTION, CampaignDocument::selection),
                campaign.objects("criteria", CRITERION, CampaignDocument::criterion),
                campaign.object("uploadLimits", UPLOAD_LIMITS, CampaignDocument::uploadLimits),
                campaign.object("retention", RETENTION, CampaignDocument::retention),
                reminderOffsets(campaign.texts("reminderOffsets"), what));
    }

    /** Missing (written before reminders, or the defaults): the defaults; an empty list: no reminders. */
    private static List<ReminderOffset> reminderOffsets(List<String> codes, String what) {
        if (codes == null) {
            return null;
        }
        return codes.stream().map(code -> ReminderOffset.parse(code).orElseThrow(() ->
                new UnreadableDocument(what + ".reminderOffsets", "\"" + code + "\" is not a reminder offset"))).toList();
    }

    private static DocumentWriter retention(RetentionPolicy retention) {
        return DocumentWriter.of(RETENTION)
                .number("unfiledMonths", retention.unfiledMonths())
                .number("notSelectedMonths", retention.notSelectedMonths())
                .number("finalistMonths", retention.finalistMonths());
    }

    /** The default periods are left out (a missing retention reads as them), as before retention was data. */
    private static RetentionPolicy retention(DocumentReader retention) {
        return new RetentionPolicy(
                retention.requiredInt("unfiledMonths"),
                retention.requiredInt("notSelectedMonths"),
                retention.requiredInt("finalistMonths"));
    }

    private static DocumentWriter text(LocalizedText text) {
        return DocumentWriter.of(TEXT).text("fr", text.fr()).text("en", text.en());
    }

    private static LocalizedText text(DocumentReader text) {
        return new LocalizedText(text.text("fr"), text.text("en"));
    }

    private static DocumentWriter region(Region region) {
        return DocumentWriter.of(REGION).text("code", region.code()).text("name", region.name());
    }

    private static Region region(DocumentReader region) {
        return new Region(region.text("code"), region.text("name"));
    }

    /** Also a confirmation draft's ({@link MailDraftDocument}): the same shape wherever a regional selection is stored. */
    static DocumentWriter selection(RegionalSelection selection) {
        return DocumentWriter.of(SELECTION)
                .date("date", selection.date())
                .text("place", selection.place())
                .number("presentationMinutes", selection.presentationMinutes())
                .number("questionMinutes", selection.questionMinutes());
    }

    static RegionalSelection selection(DocumentReader selection) {
        return new RegionalSelection(
                selection.date("date"),
                selection.text("place"),
                selection.requiredInt("presentationMinutes"),
                selection.requiredInt("questionMinutes"));
    }

    private static DocumentWriter criterion(Criterion criterion) {
        return DocumentWriter.of(CRITERION)
                .text("id", criterion.id())
                .object("label", criterion.label(), CampaignDocument::text)
                .number("scaleMin", criterion.scaleMin())
                .number("scaleMax", criterion.scaleMax())
                .decimal("weight", criterion.weight());
    }

    private static Criterion criterion(DocumentReader criterion) {
        return new Criterion(
                criterion.text("id"),
                criterion.object("label", TEXT, CampaignDocument::text),
                criterion.requiredInt("scaleMin"),
                criterion.requiredInt("scaleMax"),
                criterion.requiredDouble("weight"));
    }

    private static DocumentWriter uploadLimits(UploadLimits limits) {
        return DocumentWriter.of(UPLOAD_LIMITS)
                .number("maxFileBytes", limits.maxFileBytes())
                .number("maxFiles", limits.maxFiles())
                .byNames("allowedTypes", limits.allowedTypes());
    }

    private static UploadLimits uploadLimits(DocumentReader limits) {
        return new UploadLimits(
                limits.requiredLong("maxFileBytes"),
                limits.requiredInt("maxFiles"),
                limits.byNames("allowedTypes", FileType.values()));
    }
}
