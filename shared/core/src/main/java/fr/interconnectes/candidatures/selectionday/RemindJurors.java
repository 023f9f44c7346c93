package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.notifications.JurorReminderMail;
import fr.interconnectes.candidatures.notifications.MailHeader;
import fr.interconnectes.candidatures.notifications.MailTemplates;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.JurorReminders;
import fr.interconnectes.candidatures.port.Mailer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reminds by mail each juror who still has dossiers to score, once a day at most per juror ({@link JurorReminders}),
 * with the list of those dossiers: on its own every day from the end of a selection day for
 * {@value #DAYS_OF_REMINDERS} days ({@link #remindDue()}, the scheduled job), or when an organiser of the campaign
 * asks ({@code POST /admin/campaigns/{id}/jury-reminders}). Jurors whose plan gives no address are reported, not
 * mailed; a mail that fails is released for the next run.
 */
public record RemindJurors(Campaigns campaigns, JuryProgress progress, JurorReminders reminders, Mailer mailer,
                           MailTemplates templates, Audit audit, Clock clock) {

    static final int DAYS_OF_REMINDERS = 7;
    /** Longer than any send: a run that died holding a claim gives it up after this. */
    static final Duration LEASE = Duration.ofMinutes(10);

    /** What happened to one juror who had dossiers to score. */
    public enum Outcome {
        MAILED, ALREADY_REMINDED_TODAY, NO_ADDRESS, FAILED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Reminder(String campaignId, String jurorId, int missing, Outcome outcome) {
    }

    public record Result(List<Reminder> reminders) {

        public List<Reminder> mailed() {
            return reminders.stream().filter(r -> r.outcome() == Outcome.MAILED).toList();
        }
    }

    /** An organiser reminds the campaign's jurors now, whether or not the day has ended. Audited. */
    public Result remindCampaign(Principal caller, String campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        JuryProgress.Result state = progress.of(campaign);
        SelectionDay day = state.day().orElseThrow(() ->
                new DomainException(SelectionDayError.SELECTION_DAY_NOT_PLANNED, campaign.id()));
        List<Reminder> reminders = remind(state, day);
        audit.record(caller, campaign.id(), null, "jury_reminders_sent",
                "mailed", String.join(",", reminders.stream().filter(r -> r.outcome() == Outcome.MAILED)
                        .map(Reminder::jurorId).toList()));
        return new Result(reminders);
    }

    /** Every campaign whose selection day ended less than {@value #DAYS_OF_REMINDERS} days ago. */
    public Result remindDue() {
        Instant now = clock.instant();
        List<Reminder> reminders = new ArrayList<>();
        for (Campaign campaign : campaigns.all()) {
            Optional<SelectionDay> day = progress.days().find(campaign.id());
            if (day.isEmpty() || now.isBefore(day.get().plan().dayEnd())
                    || now.isAfter(day.get().plan().dayEnd().plus(Duration.ofDays(DAYS_OF_REMINDERS)))) {
                continue;
            }
            reminders.addAll(remind(progress.of(campaign), day.get()));
        }
        return new Result(reminders);
    }

    private List<Reminder> remind(JuryProgress.Result state, SelectionDay day) {
        Campaign campaign = state.campaign();
        Instant now = clock.instant();
        LocalDate today = now.atZone(campaign.timeZone()).toLocalDate();
        List<Reminder> reminders = new ArrayList<>();
        for (JuryProgress.Juror juror : state.missing()) {
            Outcome outcome;
            if (juror.contact().email() == null) {
                outcome = Outcome.NO_ADDRESS;
            } else if (!reminders().claim(campaign.id(), today, juror.jurorId(), now, now.plus(LEASE))) {
                outcome = Outcome.ALREADY_REMINDED_TODAY;
            } else {
                outcome = send(campaign, day, juror, today);
            }
            reminders.add(new Reminder(campaign.id(), juror.jurorId(), juror.missing().size(), outcome));
        }
        return reminders;
    }

    private Outcome send(Campaign campaign, SelectionDay day, JuryProgress.Juror juror, LocalDate today) {
        PanelJuror contact = juror.contact();
        List<JurorReminderMail.Dossier> dossiers = juror.missing().stream().map(RemindJurors::dossier).toList();
        var mail = templates.render(new JurorReminderMail(new MailHeader(contact.email(), contact.language(),
                campaign.timeZone(), campaign.title().in(contact.language()), null, null), contact.name(),
                day.plan().date(), dossiers));
        String messageId;
        try {
            messageId = mailer.send(mail);
        } catch (Mailer.MailNotSent failed) {
            reminders.release(campaign.id(), today, juror.jurorId());
            return Outcome.FAILED;
        }
        // should this write fail, the claim's lease runs out and a later run may send it again: rather twice than never
        reminders.markSent(campaign.id(), today, juror.jurorId(), clock.instant(), messageId);
        return Outcome.MAILED;
    }

    private static JurorReminderMail.Dossier dossier(Candidacy candidacy) {
        return new JurorReminderMail.Dossier(candidacy.receipt() == null ? candidacy.id() : candidacy.receipt().number(),
                candidacy.form().applicant().organisation(), candidacy.form().project().title());
    }
}
