package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.jury.JurorState;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.port.SelectionDays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who has scored what ({@code GET /admin/campaigns/{id}/jury-progress}), for organisers of the campaign: per juror,
 * the submitted dossiers assigned to them, scored, in conflict, and those still missing; per dossier, its sheets.
 * The panels' jurors appear even before they are given a dossier.
 */
public record JuryProgress(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords, SelectionDays days) {

    /** One juror's count; {@code missing} are the dossiers they have neither scored nor declared a conflict on. */
    public record Juror(String jurorId, PanelJuror contact, String panelId, int assigned, int scored, int conflicts,
                        List<Candidacy> missing) {
    }

    /** One dossier's sheets: jurors on it, those who scored, those in conflict. */
    public record Dossier(Candidacy candidacy, int jurors, int sheets, int conflicts) {
    }

    public record Result(Campaign campaign, Optional<SelectionDay> day, List<Juror> jurors, List<Dossier> dossiers) {

        /** The jurors who still have a dossier to score. */
        public List<Juror> missing() {
            return jurors.stream().filter(j -> !j.missing().isEmpty()).toList();
        }
    }

    public Result execute(Principal caller, String campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        return of(campaign);
    }

    /** The progress of a campaign as stored now, whoever asks (the reminders' job asks as nobody). */
    Result of(Campaign campaign) {
        Optional<SelectionDay> day = days.find(campaign.id());
        Map<String, Candidacy> submitted = new LinkedHashMap<>();
        candidacies.findByStatus(campaign.id(), CandidacyStatus.SUBMITTED).stream()
                .sorted(Comparator.comparing((Candidacy c) -> c.receipt() == null ? c.id() : c.receipt().number()))
                .forEach(c -> submitted.put(c.id(), c));
        Map<String, List<JuryRecord>> byJuror = new TreeMap<>();
        Map<String, List<JuryRecord>> byDossier = new LinkedHashMap<>();
        day.ifPresent(d -> d.plan().panels().forEach(p -> p.jurorIds().forEach(j -> byJuror.put(j, new ArrayList<>()))));
        for (JuryRecord record : juryRecords.forCampaign(campaign.id())) {
            if (submitted.containsKey(record.candidacyId())) {
                byJuror.computeIfAbsent(record.jurorId(), j -> new ArrayList<>()).add(record);
                byDossier.computeIfAbsent(record.candidacyId(), c -> new ArrayList<>()).add(record);
            }
        }
        List<Juror> jurors = new ArrayList<>();
        byJuror.forEach((jurorId, records) -> {
            Optional<Panel> panel = day.flatMap(d -> d.plan().panelOf(jurorId));
            PanelJuror contact = panel.flatMap(p -> p.jurors().stream().filter(j -> j.id().equals(jurorId)).findFirst())
                    .orElse(PanelJuror.of(jurorId));
            java.util.Set<String> toScore = records.stream().filter(r -> JurorState.of(r) == JurorState.ASSIGNED)
                    .map(JuryRecord::candidacyId).collect(java.util.stream.Collectors.toSet());
            // in the call's order, as the submitted dossiers are
            List<Candidacy> missing = submitted.values().stream().filter(c -> toScore.contains(c.id())).toList();
            jurors.add(new Juror(jurorId, contact, panel.map(Panel::id).orElse(null), records.size(),
                    count(records, JurorState.SCORED), count(records, JurorState.CONFLICT),
                    missing));
        });
        List<Dossier> dossiers = submitted.values().stream().map(c -> {
            List<JuryRecord> records = byDossier.getOrDefault(c.id(), List.of());
            return new Dossier(c, records.size(), count(records, JurorState.SCORED), count(records, JurorState.CONFLICT));
        }).toList();
        return new Result(campaign, day, List.copyOf(jurors), dossiers);
    }

    private static int count(List<JuryRecord> records, JurorState state) {
        return (int) records.stream().filter(r -> JurorState.of(r) == state).count();
    }
}
