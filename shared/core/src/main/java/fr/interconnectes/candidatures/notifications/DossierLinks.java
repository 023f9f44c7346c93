package fr.interconnectes.candidatures.notifications;

/** The applicant's self-service page for a dossier; the token travels in the fragment, never to a server log. */
public record DossierLinks(String publicBaseUrl) {

    public DossierLinks {
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public String dossier(String candidacyId, String accessToken) {
        return publicBaseUrl + "/dossier.html#" + candidacyId + "." + accessToken;
    }

    /** The page that turns a draft's reminders off; its signed token too travels in the fragment. */
    public String reminderUnsubscribe(String unsubscribeToken) {
        return publicBaseUrl + "/unsubscribe.html#" + unsubscribeToken;
    }
}
