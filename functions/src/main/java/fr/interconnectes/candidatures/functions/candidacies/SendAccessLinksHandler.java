package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.JsonBody;
import fr.interconnectes.candidatures.applications.ApplicantPorts;
import fr.interconnectes.candidatures.applications.SendAccessLinks;
import java.util.Map;
import java.util.Set;

/** {@code POST /campaigns/{campaignId}/access-links}: always 202, whether or not the address has dossiers. */
public final class SendAccessLinksHandler extends HttpFunction {

    private final SendAccessLinks sendAccessLinks;

    public SendAccessLinksHandler() {
        this(AwsAdapters.fromEnvironment().applicantPorts());
    }

    public SendAccessLinksHandler(ApplicantPorts ports) {
        this.sendAccessLinks = new SendAccessLinks(ports.campaigns(), ports.candidacies(), ports.writer(),
                ports.notifier(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        requireJson(request);
        var body = JsonBody.object(request.body(), Set.of("email"));
        sendAccessLinks.execute(request.pathParameter("campaignId").orElse(""), JsonBody.text(body, "email"));
        Language language = request.language();
        return ApiResponse.json(202, Map.of("message", language == Language.EN
                ? "If this address has dossiers in this campaign, a mail with fresh links is on its way."
                : "Si cette adresse a des dossiers dans cette campagne, un courriel avec de nouveaux liens est en route."));
    }
}
