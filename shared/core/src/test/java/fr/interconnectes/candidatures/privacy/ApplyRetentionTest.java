package fr.interconnectes.candidatures.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.RetentionPolicy;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.Erasure;
import fr.interconnectes.candidatures.port.JobCheckpoints;
import fr.interconnectes.candidatures.reporting.CampaignStatistics;
import fr.interconnectes.candidatures.reporting.ListCandidacies;
import fr.interconnectes.candidatures.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The retention job on the 2019 label call (selection on 17 October 2019, default periods). */
class ApplyRetentionTest {

    /** The end of the selection day, Paris time: the periods count from there. */
    private static final Instant SELECTION_END = Instant.parse("2019-10-17T22:00:00Z");
    private static final Duration BUDGET = Duration.ofMinutes(1);

    private final Campaign label = Fixtures.labelCampaign();
    private final PrivacyBench bench = new PrivacyBench(Fixtures.DURING_CALL, label);

    private void storeThreeOutcomes() {
        bench.store(PrivacyBench.withFile(Fixtures.draft("cDraft", label.id(),
                Fixtures.completeLabelForm("draft@evian.test"), "token-draft", Fixtures.DURING_CALL).expired(Fixtures.AFTER_DEADLINE)));
        bench.store(PrivacyBench.withFile(Fixtures.submittedTo(label, "cNotSelected", "ARA-2019-L-0001", Fixtures.DURING_CALL)));
        bench.store(PrivacyBench.withFile(Fixtures.withSentDecision(
                Fixtures.submittedTo(label, "cFinalist", "ARA-2019-L-0002", Fixtures.DURING_CALL),
                Decision.Outcome.FINALIST, SELECTION_END)));
    }

    private Instant monthsAfterSelection(int months) {
        return SELECTION_END.atZone(Fixtures.PARIS).plusMonths(months).toInstant();
    }

    @Test
    void each_outcome_is_kept_for_its_own_period_then_erased_once() {
        storeThreeOutcomes();

        bench.clock.set(monthsAfterSelection(RetentionPolicy.DEFAULT_UNFILED_MONTHS).minusMillis(1));
        assertThat(bench.retention(10).execute(BUDGET).erased()).isZero();

        bench.clock.set(monthsAfterSelection(RetentionPolicy.DEFAULT_UNFILED_MONTHS));
        assertThat(bench.retention(10).execute(BUDGET).erased()).isEqualTo(1);
        assertThat(bench.completedErasures()).containsExactly("cDraft");
        assertThat(bench.retention(10).execute(BUDGET).erased()).isZero();

        bench.clock.set(monthsAfterSelection(RetentionPolicy.DEFAULT_NOT_SELECTED_MONTHS));
        bench.retention(10).execute(BUDGET);
        assertThat(bench.completedErasures()).containsExactly("cDraft", "cNotSelected");
        assertThat(bench.candidacies.stored("cFinalist").erased()).isFalse();

        bench.clock.set(monthsAfterSelection(RetentionPolicy.DEFAULT_FINALIST_MONTHS));
        var last = bench.retention(10).execute(BUDGET);
        assertThat(last.sweepComplete()).isTrue();
        assertThat(bench.completedErasures()).containsExactly("cDraft", "cNotSelected", "cFinalist");
        assertThat(bench.files.erasedPrefixes()).contains(
                "campaigns/aura-2019-label/candidacies/cDraft/", "campaigns/aura-2019-label/candidacies/cFinalist/");
    }

    @Test
    void the_anonymised_record_keeps_the_statistics_and_loses_the_person() {
        storeThreeOutcomes();
        bench.clock.set(monthsAfterSelection(RetentionPolicy.DEFAULT_FINALIST_MONTHS));

        bench.retention(10).execute(BUDGET);

        Candidacy finalist = bench.candidacies.stored("cFinalist");
        assertThat(finalist.erasure().complete()).isTrue();
        assertThat(finalist.erasure().cause()).isEqualTo(Erasure.Cause.RETENTION);
        assertThat(finalist.contactEmail()).isNull();
        assertThat(finalist.form().applicant().organisation()).isNull();
        assertThat(finalist.form().applicant().contact().name()).isNull();
        assertThat(finalist.form().project().title()).isNull();
        assertThat(finalist.form().project().description()).isNull();
        assertThat(finalist.attachments()).isEmpty();
        assertThat(finalist.outbox()).isEmpty();
        assertThat(finalist.decision().outcome()).isEqualTo(Decision.Outcome.FINALIST);
        assertThat(finalist.receipt().number()).isEqualTo("ARA-2019-L-0002");
        assertThat(bench.files.holds("campaigns/aura-2019-label/candidacies/cFinalist/a1.pdf")).isFalse();

        var statistics = new CampaignStatistics(bench.campaigns, bench.candidacies).execute(Fixtures.organiser(), label.id());
        assertThat(statistics.total()).isEqualTo(3);
        assertThat(statistics.byStatus()).containsEntry("submitted", 2).containsEntry("expired", 1);
        assertThat(statistics.byKind()).containsEntry("epci", 3);
        var search = new ListCandidacies(bench.campaigns, bench.candidacies).execute(Fixtures.organiser(), label.id(),
                new ListCandidacies.Query(null, null, null, null, "Évian", ListCandidacies.Sort.DEFAULT, 50, null));
        assertThat(search.items()).isEmpty();
    }

    @Test
    void a_crash_between_two_pages_resumes_at_the_next_page_without_gaps_or_duplicates() {
        List<String> ids = IntStream.range(0, 7).mapToObj(i -> "c" + i).toList();
        ids.forEach(id -> bench.store(PrivacyBench.withFile(Fixtures.submittedTo(label, id, "ARA-2019-L-000" + id,
                Fixtures.DURING_CALL.plusSeconds(ids.indexOf(id))))));
        bench.clock.set(monthsAfterSelection(RetentionPolicy.DEFAULT_NOT_SELECTED_MONTHS));
        JobCheckpoints crashingAfterFirstPage = new JobCheckpoints() {
            @Override
            public Optional<Checkpoint> find(String job) {
                return bench.checkpoints.find(job);
            }

            @Override
            public void save(Checkpoint checkpoint) {
                bench.checkpoints.save(checkpoint);
                throw new IllegalStateException("the function dies between two pages");
            }

            @Override
            public void clear(String job) {
                bench.checkpoints.clear(job);
            }
        };
        var crashing = new ApplyRetention(bench.campaigns, bench.candidacies, bench.linked, bench.erasure,
                crashingAfterFirstPage, bench.clock, 3);

        assertThatThrownBy(() -> crashing.execute(BUDGET)).hasMessageContaining("dies");
        assertThat(bench.completedErasures()).containsExactly("c0", "c1", "c2");

        var resumed = bench.retention(3).execute(BUDGET);

        assertThat(resumed.scanned()).isEqualTo(4);
        assertThat(resumed.pages()).isEqualTo(2);
        assertThat(resumed.sweepComplete()).isTrue();
        assertThat(bench.completedErasures()).containsExactlyElementsOf(ids);
        assertThat(bench.checkpoints.find(ApplyRetention.JOB)).isEmpty();
    }

    @Test
    void a_crash_in_the_middle_of_an_erasure_leaves_it_pending_and_the_next_run_finishes_it() {
        storeThreeOutcomes();
        bench.clock.set(monthsAfterSelection(RetentionPolicy.DEFAULT_UNFILED_MONTHS));
        var dying = new ApplyRetention(bench.campaigns, bench.candidacies, bench.linked,
                new DossierErasure(new fr.interconnectes.candidatures.dossiers.CandidacyWriter(bench.candidacies),
                        bench.juryRecords, new DyingFileStore(bench.files), new fr.interconnectes.candidatures.audit.Audit(
                        bench.auditLog, bench.clock), bench.clock), bench.checkpoints, bench.clock, 10);

        assertThatThrownBy(() -> dying.execute(BUDGET)).isInstanceOf(OutOfMemoryError.class);
        Candidacy halfway = bench.candidacies.stored("cDraft");
        assertThat(halfway.contactEmail()).isNull();
        assertThat(halfway.erasure().complete()).isFalse();
        assertThat(halfway.erasure().remaining()).contains("files:campaigns/aura-2019-label/candidacies/cDraft/");

        var next = bench.retention(10).execute(BUDGET);

        assertThat(next.finished()).isEqualTo(1);
        assertThat(bench.candidacies.stored("cDraft").erasure().complete()).isTrue();
        assertThat(bench.completedErasures()).containsExactly("cDraft");
        assertThat(bench.files.holds("campaigns/aura-2019-label/candidacies/cDraft/a1.pdf")).isFalse();
    }

    @Test
    void a_storage_outage_leaves_the_erasure_pending_with_what_remains_and_the_next_run_completes_it() {
        storeThreeOutcomes();
        bench.clock.set(monthsAfterSelection(RetentionPolicy.DEFAULT_UNFILED_MONTHS));
        bench.files.failDeletes();

        var first = bench.retention(10).execute(BUDGET);

        assertThat(first.erased()).isEqualTo(1);
        assertThat(first.pending()).isEqualTo(1);
        Erasure pending = bench.candidacies.stored("cDraft").erasure();
        assertThat(pending.remaining()).containsExactly("files:campaigns/aura-2019-label/candidacies/cDraft/");
        assertThat(pending.lastError()).contains("unavailable");
        assertThat(bench.candidacies.withErasurePending(10)).extracting(Candidacy::id).containsExactly("cDraft");

        bench.files.restoreDeletes();
        var second = bench.retention(10).execute(BUDGET);

        assertThat(second.finished()).isEqualTo(1);
        assertThat(second.pending()).isZero();
        assertThat(bench.completedErasures()).containsExactly("cDraft");
        assertThat(bench.auditLog.actions()).containsExactly("erasure_started", "erasure_completed");
    }

    @Test
    void a_campaign_whose_selection_is_recent_is_not_even_read() {
        storeThreeOutcomes();
        bench.clock.set(monthsAfterSelection(1));

        var result = bench.retention(10).execute(BUDGET);

        assertThat(result.pages()).isZero();
        assertThat(bench.candidacies.pagesRead()).isZero();
    }

    @Test
    void a_campaign_keeps_its_dossiers_for_the_periods_it_sets() {
        Campaign shortLived = new Campaign(label.id(), label.title(), label.region(), label.track(), label.edition(),
                label.opensAt(), label.closesAt(), label.timeZone(), label.regionalSelection(), label.criteria(),
                label.uploadLimits(), new RetentionPolicy(1, 2, 3));
        PrivacyBench own = new PrivacyBench(monthsAfterSelection(2), shortLived);
        own.store(PrivacyBench.withFile(Fixtures.submittedTo(shortLived, "cNotSelected", "ARA-2019-L-0001", Fixtures.DURING_CALL)));

        own.retention(10).execute(BUDGET);

        assertThat(own.completedErasures()).containsExactly("cNotSelected");
    }

    /** A store whose second folder erasure kills the function, as a Lambda timeout or a crash would. */
    private record DyingFileStore(fr.interconnectes.candidatures.testing.InMemoryFileStore files)
            implements fr.interconnectes.candidatures.port.FileStore {

        @Override
        public PresignedUpload presignUpload(String key, String contentType, long size, Duration validity) {
            return files.presignUpload(key, contentType, size, validity);
        }

        @Override
        public PresignedDownload presignDownload(String key, String fileName, Duration validity) {
            return files.presignDownload(key, fileName, validity);
        }

        @Override
        public Optional<StoredFile> describe(String key) {
            return files.describe(key);
        }

        @Override
        public byte[] firstBytes(String key, int count) {
            return files.firstBytes(key, count);
        }

        @Override
        public void delete(String key) {
            files.delete(key);
        }

        @Override
        public int eraseAll(String prefix) {
            throw new OutOfMemoryError("the function dies while erasing files");
        }
    }
}
