package fr.interconnectes.candidatures.archbroken.http;

import software.amazon.awssdk.regions.Region;

/** Breaks the http rule: it talks to the SDK. */
public final class SdkInTheHttpLayer {

    public String region() {
        return Region.EU_WEST_3.id();
    }
}
