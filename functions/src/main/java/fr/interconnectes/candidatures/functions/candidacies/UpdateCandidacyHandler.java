package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.config.Wiring;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CandidacyJson;
import fr.interconnectes.candidatures.applications.ApplicantPorts;
import fr.interconnectes.candidatures.applications.UpdateCandidacy;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code PUT /candidacies/{candidacyId}}: full update of the form, optionally guarded by If-Match. */
public final class UpdateCandidacyHandler extends HttpFunction {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"|(\\d{1,18})");

    private final UpdateCandidacy updateCandidacy;

    public UpdateCandidacyHandler() {
        this(Wiring.fromEnvironment().applicantPorts());
    }

    public UpdateCandidacyHandler(ApplicantPorts ports) {
        this.updateCandidacy = new UpdateCandidacy(ports.access(), ports.campaigns(), ports.candidacies(),
                ports.forms(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        requireJson(request);
        var view = updateCandidacy.execute(candidacyId(request), request.header("Authorization").orElse(null),
                ifMatch(request.header("If-Match").orElse(null)), request.body());
        return ApiResponse.json(200, CandidacyJson.of(view, request.language()),
                Map.of("ETag", CandidacyJson.etag(view.candidacy())));
    }

    static OptionalLong ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher matcher = ETAG.matcher(header.trim());
        if (!matcher.matches()) {
            throw new DomainException(ErrorCode.INVALID_IF_MATCH);
        }
        return OptionalLong.of(Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
    }
}
