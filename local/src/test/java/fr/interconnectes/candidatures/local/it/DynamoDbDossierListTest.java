package fr.interconnectes.candidatures.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Undeliverable;
import fr.interconnectes.candidatures.local.bench.DossierSeed;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.DossierListing;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The organisers' list read through the list indexes of dynalite gives, page after page, what the reference
 * (every dossier filtered and sorted in memory, as the list did before the indexes) gives: every order, both
 * directions, every filter (the undeliverable one too), one status or all four merged.
 */
class DynamoDbDossierListTest {

    private static final TestEmulators EMULATORS = TestEmulators.get();
    private static final String CAMPAIGN = "it-list-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Instant START = Instant.parse("2030-09-01T06:30:00Z");
    private static final int DOSSIERS = 140;

    private static final DynamoDbCandidacies STORED = new DynamoDbCandidacies(EMULATORS.aws().dynamoDb(),
            EMULATORS.tableName());
    private static final InMemoryCandidacies REFERENCE = new InMemoryCandidacies();

    @BeforeAll
    static void seed() {
        DossierSeed seed = new DossierSeed(CAMPAIGN, START);
        IntStream.range(0, DOSSIERS).parallel().forEach(i -> {
            Candidacy seeded = seed.dossier(i);
            // every ninth applicant's address bounced: what the undeliverable filter keeps
            Candidacy dossier = i % 9 != 0 ? seeded : seeded.withMailing(m -> m.withUndeliverable(new Undeliverable(
                    seeded.contactEmail(), Undeliverable.Reason.BOUNCE, START, "m1", "550 user unknown")));
            assertThat(STORED.create(dossier)).isTrue();
            REFERENCE.put(dossier.atRevision(1));
        });
        // another campaign's dossiers stay out of every listing
        new DossierSeed(CAMPAIGN + "-other", START).dossier(1);
        STORED.create(new DossierSeed(CAMPAIGN + "-other", START).dossier(1));
    }

    @Test
    void every_order_and_filter_pages_through_the_same_dossiers_as_the_reference() {
        List<DossierListing> listings = new ArrayList<>();
        Instant from = START.plusSeconds(86_400);
        Instant before = START.plusSeconds(3 * 86_400 + 7_200);
        for (DossierListing.Order order : DossierListing.Order.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                listings.add(listing(null, null, null, null, null, order, descending));
                listings.add(listing(CandidacyStatus.SUBMITTED, null, null, null, null, order, descending));
                listings.add(listing(CandidacyStatus.DRAFT, "commune", null, null, null, order, descending));
                listings.add(listing(null, "epci", null, null, null, order, descending));
                listings.add(listing(CandidacyStatus.SUBMITTED, null, from, before, null, order, descending));
                listings.add(listing(null, null, null, before, null, order, descending));
                listings.add(listing(null, null, from, null, "evian", order, descending));
                listings.add(listing(CandidacyStatus.WITHDRAWN, null, null, null, "guichet", order, descending));
                listings.add(new DossierListing(CAMPAIGN, null, null, null, null, null, true, order, descending));
                listings.add(new DossierListing(CAMPAIGN, CandidacyStatus.SUBMITTED, null, null, null, null, true, order,
                        descending));
            }
        }
        for (DossierListing listing : listings) {
            for (int pageSize : new int[] {7, 50}) {
                assertThat(walk(STORED, listing, pageSize)).as(listing + " by " + pageSize)
                        .isNotEmpty()
                        .containsExactlyElementsOf(walk(REFERENCE, listing, pageSize));
            }
            assertThat(STORED.count(listing)).as("count of " + listing).isEqualTo(REFERENCE.count(listing));
        }
    }

    @Test
    void the_counters_hold_what_a_count_of_every_dossier_gives() {
        assertThat(STORED.tally(CAMPAIGN)).isEqualTo(REFERENCE.tally(CAMPAIGN));
        assertThat(STORED.tally(CAMPAIGN).get("total")).isEqualTo(DOSSIERS);
    }

    private static DossierListing listing(CandidacyStatus status, String kind, Instant from, Instant before, String text,
                                          DossierListing.Order order, boolean descending) {
        return new DossierListing(CAMPAIGN, status, kind, from, before, text, order, descending);
    }

    private static List<String> walk(Candidacies candidacies, DossierListing listing, int pageSize) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            DossierListing.Slice slice = candidacies.list(listing, pageSize, after);
            slice.items().forEach(c -> ids.add(c.id()));
            assertThat(slice.items().size()).isLessThanOrEqualTo(pageSize);
            after = slice.next();
            assertThat(ids.size()).as("no endless paging").isLessThanOrEqualTo(DOSSIERS);
        } while (after != null);
        return ids;
    }
}
