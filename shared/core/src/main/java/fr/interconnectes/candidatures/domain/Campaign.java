package fr.interconnectes.candidatures.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A call for applications: one track, one region, one edition, open between {@code opensAt} and
 * {@code closesAt} (both instants; a request received at or before {@code closesAt} is in time).
 * {@code retention} says how long its dossiers' personal data are kept after the selection;
 * {@code reminderOffsets} how long before the deadline its drafts are reminded (none: no reminder).
 */
public record Campaign(
        String id,
        LocalizedText title,
        Region region,
        Track track,
        int edition,
        Instant opensAt,
        Instant closesAt,
        ZoneId timeZone,
        RegionalSelection regionalSelection,
        List<Criterion> criteria,
        UploadLimits uploadLimits,
        RetentionPolicy retention,
        List<ReminderOffset> reminderOffsets) {

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(timeZone, "timeZone");
        if (closesAt.isBefore(opensAt)) {
            throw new IllegalArgumentException("closesAt before opensAt for campaign " + id);
        }
        criteria = List.copyOf(criteria);
        retention = retention == null ? RetentionPolicy.DEFAULTS : retention;
        reminderOffsets = reminderOffsets == null ? ReminderOffset.DEFAULTS
                : reminderOffsets.stream().distinct().sorted().toList();
    }

    /** A campaign with the default reminders (a week and a day before the deadline). */
    public Campaign(String id, LocalizedText title, Region region, Track track, int edition, Instant opensAt,
                    Instant closesAt, ZoneId timeZone, RegionalSelection regionalSelection, List<Criterion> criteria,
                    UploadLimits uploadLimits, RetentionPolicy retention) {
        this(id, title, region, track, edition, opensAt, closesAt, timeZone, regionalSelection, criteria, uploadLimits,
                retention, ReminderOffset.DEFAULTS);
    }

    /** A campaign keeping personal data for the default periods ({@link RetentionPolicy#DEFAULTS}). */
    public Campaign(String id, LocalizedText title, Region region, Track track, int edition, Instant opensAt,
                    Instant closesAt, ZoneId timeZone, RegionalSelection regionalSelection, List<Criterion> criteria,
                    UploadLimits uploadLimits) {
        this(id, title, region, track, edition, opensAt, closesAt, timeZone, regionalSelection, criteria, uploadLimits,
                RetentionPolicy.DEFAULTS);
    }

    /** Whether applicants file here themselves; the national round takes only regional finalists. */
    public boolean acceptsApplications() {
        return !region.national();
    }

    public CampaignStatus statusAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return CampaignStatus.UPCOMING;
        }
        return now.isAfter(closesAt) ? CampaignStatus.CLOSED : CampaignStatus.OPEN;
    }
}
