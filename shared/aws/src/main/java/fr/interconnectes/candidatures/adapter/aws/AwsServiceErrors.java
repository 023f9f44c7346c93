package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.domain.Unavailable;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Turns "the service cannot be reached, times out, throttles or fails on its side" into {@link Unavailable}. */
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
            if (e.isThrottlingException() || e.statusCode() >= 500) {
                throw new Unavailable(service, e);
            }
            throw e;
        }
    }
}
