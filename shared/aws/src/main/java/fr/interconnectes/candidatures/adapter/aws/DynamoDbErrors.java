package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.domain.Unavailable;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Turns "DynamoDB cannot be reached or is throttling" into {@link Unavailable}. */
final class DynamoDbErrors {

    private DynamoDbErrors() {
    }

    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (SdkClientException e) {
            throw new Unavailable("DynamoDB", e);
        } catch (DynamoDbException e) {
            if (e.isThrottlingException() || e.statusCode() >= 500) {
                throw new Unavailable("DynamoDB", e);
            }
            throw e;
        }
    }
}
