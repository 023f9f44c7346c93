package fr.interconnectes.candidatures.archbroken.aws;

import fr.interconnectes.candidatures.http.ApiResponse;

/** Breaks the adapter rule: an adapter shaping an HTTP response. */
public final class ResponseInTheAdapter {

    public ApiResponse answer() {
        return ApiResponse.json(204, null);
    }
}
