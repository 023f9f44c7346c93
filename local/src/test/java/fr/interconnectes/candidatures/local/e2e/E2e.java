package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The applicant-side steps other test packages need: submit a dossier, move the clock, download a file. */
public final class E2e {

    private final Api api;

    public E2e(String baseUrl) {
        this(new Api(baseUrl));
    }

    public E2e(Api api) {
        this.api = api;
    }

    public Api api() {
        return api;
    }

    /** Attaches the sample PDF and submits; returns the receipt number. */
    public String submit(Applicants.Dossier dossier) {
        Api.Response completed = Applicants.attach(api, dossier, "dossier.pdf", "application/pdf", Applicants.pdf());
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        Api.Response submitted = api.post("/candidacies/" + dossier.id() + "/submit", null, "Authorization", dossier.auth());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return submitted.json().at("/receipt/number").asText();
    }

    public void clockAt(String instant) {
        assertThat(api.put("/local/clock", Map.of("now", instant)).status()).isEqualTo(200);
    }

    public void realTime() {
        api.delete("/local/clock");
    }

    public byte[] download(String url) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
