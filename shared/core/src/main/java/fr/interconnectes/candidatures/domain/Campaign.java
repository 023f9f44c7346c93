package fr.interconnectes.candidatures.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A call for applications: one track, one region, one edition, open between {@code opensAt} and
 * {@code closesAt} (both instants; a request received at or before {@code closesAt} is in time).
 * {@code reminderOffsets} say how long before the deadline its drafts are reminded (none: no reminder).
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
        reminderOffsets = reminderOffsets == null ? ReminderOffset.DEFAULTS
                : reminderOffsets.stream().distinct().sorted().toList();
    }

    /** A campaign with the default reminders (a week and a day before the deadline). */
    public Campaign(String id, LocalizedText title, Region region, Track track, int edition, Instant opensAt,
                    Instant closesAt, ZoneId timeZone, RegionalSelection regionalSelection, List<Criterion> criteria,
                    UploadLimits uploadLimits) {
        this(id, title, region, track, edition, opensAt, closesAt, timeZone, regionalSelection, criteria, uploadLimits,
                ReminderOffset.DEFAULTS);
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
