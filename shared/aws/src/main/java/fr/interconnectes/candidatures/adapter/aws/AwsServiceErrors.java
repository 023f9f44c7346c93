package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.domain.Unavailable;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** Turns "the service cannot be reached, times out, throttles, fails on its side or lacks its table" into {@link Unavailable}. */
final class AwsServiceErrors {

    private AwsServiceErrors() {
    }

    /** @param service names the service in the error, e.g. {@code DynamoDB} */
    static <T> T call(String service, Supplier<T> work) {
        try {
            return work.get();
        } catch (SdkClientException e) {
            throw new Unavailable(service, e);
        } catch (AwsServiceException e) {
            // a table not created yet, or deleted: the deployment is incomplete, not the request wrong
            if (e.isThrottlingException() || e.statusCode() >= 500 || e instanceof ResourceNotFoundException) {
                throw new Unavailable(service, e);
            }
            throw e;
        }
    }
}
