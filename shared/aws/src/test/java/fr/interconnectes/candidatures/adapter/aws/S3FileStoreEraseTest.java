package fr.interconnectes.candidatures.adapter.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.Unavailable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsRequest;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link S3FileStore#eraseAll} against a versioned bucket kept in a list: every version and delete marker under
 * the folder goes, page after page (two entries a page here), each by its version id; nothing outside the folder.
 */
class S3FileStoreEraseTest {

    private static final String FOLDER = "campaigns/aura-2027-label/candidacies/cAbc/";

    /** One version (or delete marker) of a key, in a bucket with versioning on. */
    private record Entry(String key, String versionId, boolean deleteMarker) {
    }

    private static final class VersionedBucket implements S3Client {
        final List<Entry> entries = new ArrayList<>();
        final List<String> deletes = new ArrayList<>();
        int listings;
        S3Exception refuseListing;

        @Override
        public ListObjectVersionsResponse listObjectVersions(ListObjectVersionsRequest request) {
            listings++;
            if (refuseListing != null) {
                throw refuseListing;
            }
            List<Entry> matching = entries.stream().filter(e -> e.key().startsWith(request.prefix())).toList();
            int from = 0;
            if (request.keyMarker() != null) {
                for (int i = 0; i < matching.size(); i++) {
                    if (matching.get(i).key().equals(request.keyMarker())
                            && matching.get(i).versionId().equals(request.versionIdMarker())) {
                        from = i + 1;
                    }
                }
            }
            List<Entry> page = matching.subList(from, Math.min(matching.size(), from + 2));
            boolean truncated = from + 2 < matching.size();
            Entry last = page.isEmpty() ? null : page.get(page.size() - 1);
            return ListObjectVersionsResponse.builder()
                    .versions(page.stream().filter(e -> !e.deleteMarker())
                            .map(e -> ObjectVersion.builder().key(e.key()).versionId(e.versionId()).build()).toList())
                    .deleteMarkers(page.stream().filter(Entry::deleteMarker)
                            .map(e -> DeleteMarkerEntry.builder().key(e.key()).versionId(e.versionId()).build()).toList())
                    .isTruncated(truncated)
                    .nextKeyMarker(truncated ? last.key() : null)
                    .nextVersionIdMarker(truncated ? last.versionId() : null)
                    .build();
        }

        @Override
        public DeleteObjectResponse deleteObject(DeleteObjectRequest request) {
            deletes.add(request.key() + "?versionId=" + request.versionId());
            return DeleteObjectResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "s3";
        }

        @Override
        public void close() {
        }
    }

    private final VersionedBucket bucket = new VersionedBucket();
    private final S3FileStore store = new S3FileStore(bucket, null, "attachments");

    @Test
    void every_version_and_delete_marker_of_the_folder_is_deleted_by_its_version_id() {
        bucket.entries.addAll(List.of(
                new Entry(FOLDER + "a1.pdf", "v3", false), new Entry(FOLDER + "a1.pdf", "v2", false),
                new Entry(FOLDER + "a1.pdf", "v1", false), new Entry(FOLDER + "a2.png", "m1", true),
                new Entry(FOLDER + "a2.png", "v1", false)));

        int erased = store.eraseAll(FOLDER);

        assertThat(erased).isEqualTo(5);
        assertThat(bucket.listings).isEqualTo(3);
        assertThat(bucket.deletes).containsExactlyInAnyOrder(
                FOLDER + "a1.pdf?versionId=v3", FOLDER + "a1.pdf?versionId=v2", FOLDER + "a1.pdf?versionId=v1",
                FOLDER + "a2.png?versionId=m1", FOLDER + "a2.png?versionId=v1");
    }

    @Test
    void a_folder_must_be_named_so_that_no_other_dossier_shares_its_prefix() {
        assertThatThrownBy(() -> store.eraseAll("campaigns/aura-2027-label/candidacies/cAbc"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.eraseAll("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(bucket.listings).isZero();
    }

    @Test
    void an_outage_of_s3_is_reported_as_unavailable_for_the_erasure_to_stay_pending() {
        bucket.refuseListing = (S3Exception) S3Exception.builder().statusCode(503)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("SlowDown").build()).build();

        assertThatThrownBy(() -> store.eraseAll(FOLDER)).isInstanceOf(Unavailable.class);
    }
}
