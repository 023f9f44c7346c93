package fr.interconnectes.candidatures.domain.candidacy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Web site addresses: an absolute {@code http} or {@code https} URL with a real host name (see
 * {@link DomainNames}), an optional port, no white space and no user part ({@code https://bank.fr@evil.io}
 * is refused: it reads as one site and leads to another). Kept as typed.
 */
public final class WebAddresses {

    private WebAddresses() {
    }

    public static boolean isValid(String url) {
        if (url == null || url.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null
                || uri.getRawAuthority().contains("@")) {
            return false;
        }
        return DomainNames.isValid(host(uri.getRawAuthority()).toLowerCase(Locale.ROOT));
    }

    /** The host of an authority {@code host[:port]}; java.net.URI leaves it null for Unicode hosts. */
    private static String host(String authority) {
        String host = authority;
        int colon = host.lastIndexOf(':');
        if (colon >= 0) {
            String port = host.substring(colon + 1);
            if (!port.matches("[0-9]{1,5}")) {
                return "";
            }
            host = host.substring(0, colon);
        }
        return host;
    }
}
